package handlers

// A newcomer the roster does not have yet: someone in a grid group whose
// group name is nobody's says he is new ("你好 我是新搬来的 住在村东头")
// and who he is ("我是 李富贵"). He is welcomed and told he may report
// already; the grid's leader is told privately, once a person a day, who
// he says he is, what he said, and how he is added to the roster (the
// roster file, re-imported with `gridbot roster`). A name one character
// off someone of the grid is a typo, not a newcomer: asked as before.

import (
	"context"
	"errors"
	"slices"
	"time"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// newcomerKept is how long a newcomer's words wait for his name.
const newcomerKept = 24 * time.Hour

// newcomerKey is the kept key of the words a newcomer with group name
// from said in grid's group.
func newcomerKey(grid, from string) string { return "newcomer:" + grid + ":" + from }

// saysNew reports whether a stranger in a grid group says, in a short
// message that reports nothing, that he is new here.
func (r *Router) saysNew(ctx context.Context, t *turn) bool {
	if !t.stranger || t.where.Kind != words.InGrid || t.quote != nil || utf8.RuneCountInString(t.text) > 40 ||
		!words.ContainsAnyOf(t.text, words.NewcomerWords...) || len(village.FindRefs(t.text)) > 0 {
		return false
	}
	rd := r.read(ctx, t, t.text)
	return rd.Intent != village.IntentReport && rd.Type != village.Emergency
}

// newcomer answers a stranger who says he is new (saysNew): welcomed,
// asked for his name (我是 名字), his words kept a day for the leader's
// notice then. Said again while kept: silence.
func (r *Router) newcomer(ctx context.Context, t *turn) error {
	sc, key := storage.VillageScope(t.where.Village), newcomerKey(t.where.Grid, bare(t.m.From))
	out := t.out
	return r.keptSaid(ctx, sc, key, func(said []byte, guard []storage.Kept) error {
		if said != nil && guard != nil {
			// silence commits nothing that checks the copy: it is
			// decided on the question as stored
			return storage.ErrAskChanged
		}
		if said != nil {
			return nil // said before, answered then
		}
		data := map[string]any{"From": bare(t.m.From), "Leaders": r.leaderNames(t.where.Village, t.where.Grid)}
		t.out = append(slices.Clip(out), r.back(t, r.textsFor(t).Render("newcomer.hello", data)))
		_, err := r.commit(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Out: t.out,
			Keep: append(guard, storage.Ask(key, []byte(words.ShortText(t.text)), newcomerKept))})
		return err
	})
}

// keptSaid runs act on the value kept under key of sc (nil when none is
// kept: what a stranger said of himself before, a farm loss told), as
// this process's copy has it when it knows (AskedKnown: no round trip),
// guard then being what act's commit must carry (the key as copied:
// none, or taken as it was); refused (the copy was stale), or with no
// copy, act runs again on it as stored (Asked), guard nil (rt64).
func (r *Router) keptSaid(ctx context.Context, sc storage.Scope, key string, act func(said []byte, guard []storage.Kept) error) error {
	if said, known := r.store.AskedKnown(sc, key); known {
		guard := storage.AskAbsent(key)
		if said != nil {
			guard = storage.AskTaken(key).DecidedOn(said)
		}
		if err := act(said, []storage.Kept{guard}); !errors.Is(err, storage.ErrAskChanged) || noneRefused(ctx) {
			// refused for the turn's question that none waits, the
			// turn is handled again as a whole (Handle), not here
			return err
		}
	}
	said, err := r.store.Asked(ctx, sc, key)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return err
	}
	return act(said, nil)
}

// newcomerNamed answers a stranger's 我是 name where the roster has no
// one of name, nor one a character off among his grid's people (a typo:
// ok false, answered as before). He is welcomed; the grid's leaders are
// told privately, once a person a day (the notice's own message id),
// with what he said of himself before.
func (r *Router) newcomerNamed(ctx context.Context, t *turn, name string) (ok bool, err error) {
	var known []string
	for _, p := range r.people.All() {
		if p.Village == t.where.Village && p.Grid == t.where.Grid {
			known = append(known, p.Name)
		}
	}
	leaders := r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader)
	if !t.stranger || len(leaders) == 0 || words.MistypedName(known, name) != "" {
		return false, nil
	}
	from := bare(t.m.From)
	sc, key := storage.VillageScope(t.where.Village), newcomerKey(t.where.Grid, from)
	var admins []string
	for _, p := range r.people.All() {
		if p.Has(village.RoleAdmin) {
			admins = append(admins, r.shown(p))
		}
	}
	out := t.out
	_, home := words.IamHome(t.text)
	return true, r.keptSaid(ctx, sc, key, func(said []byte, guard []storage.Kept) error {
		data := map[string]any{"From": from, "Name": name, "Said": string(said), "Chat": t.m.Chat, "Leaders": words.Names(leaders),
			"Roster": r.cfg.Roster, "Admins": admins}
		if home && said == nil {
			data["Said"], data["Now"] = t.text, true // "我是刘大 刚从广东回来过年": his words, for the leader's check
		}
		t.out = append(slices.Clip(out), r.back(t, r.textsFor(t).Render("newcomer.welcome", data)))
		tell := storage.Change{Scope: sc, MsgID: "newcomer:" + t.where.Grid + ":" + from + ":" + t.at.In(r.cfg.Location()).Format(time.DateOnly)}
		text := r.texts.Render("newcomer.leader", data)
		for _, l := range leaders {
			tell.Out = append(tell.Out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal, Text: text})
		}
		if guard != nil {
			// the leader's notice is committed after the welcome, even
			// when a stale copy refused it: it waits for the question
			// gone, as the welcome leaves it (none, or taken)
			tell.Keep = []storage.Kept{storage.AskAbsent(key)}
		}
		c := storage.Change{Scope: sc, MsgID: t.m.ID, Out: t.out, Then: &tell, Keep: guard}
		if said != nil && guard == nil {
			c.Keep = []storage.Kept{storage.AskTaken(key)}
		}
		_, err := r.commit(ctx, t, c)
		return err
	})
}
