package handlers

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/village"
)

// idClaimTTL is how long a claim waits for the leader.
const idClaimTTL = 7 * 24 * time.Hour

// idBindingTTL keeps the bindings: as long as the roster.
const idBindingTTL = 10 * 365 * 24 * time.Hour

const (
	idBindingsKey = "ids"
	idClaimsKey   = "idclaims:"
)

// idClaim is one 我是 waiting for the leader.
type idClaim struct {
	From string    `json:"from"` // the name he speaks as (his group name)
	Name string    `json:"name"` // whom he says he is, as the handlers address him
	At   time.Time `json:"at"`
	// Account is the transport's id of the account that said it
	// (bot.Message.Account), and Nick its nickname (bot.Message.Nick);
	// "" where it has none
	Account string `json:"account,omitempty"`
	Nick    string `json:"nick,omitempty"`
	// Again: he said it again while it waited, and was told it waits
	// (iam.waiting); more repeats are not answered
	Again bool `json:"again,omitempty"`
}

// lapse is when c is no longer answerable.
func (c idClaim) lapse() time.Time { return c.At.Add(idClaimTTL) }

// daysLeft is how many days c still waits at now, a part counted whole.
func (c idClaim) daysLeft(now time.Time) int {
	return int((c.lapse().Sub(now) + 24*time.Hour - 1) / (24 * time.Hour))
}

// identities is the bindings as read, per village, kept by the Router.
type identities struct {
	mu sync.Mutex
	of map[string]idsCopy // village → the bindings as read
}

// idsCopy is a village's bindings as read from Redis, with the read that
// guards a commit decided on them (storage.Store.AskedAt).
type idsCopy struct {
	raw   []byte
	bound bindings
	read  storage.IndexRead
}

// binding is one confirmed group name.
type binding struct {
	From    string // the group name (群昵称) confirmed
	Name    string // the roster person, as the handlers address him
	Grid    string // the grid whose leader confirmed it; "": any (an old line)
	Account string // the account that said 我是 (bot.Message.Account); "": any
	// Nick is that account's nickname when it was confirmed or last
	// re-attached (bot.Message.Nick): after a new login, with the group
	// name, what finds him again; "": any
	Nick string
}

// bindings are a village's confirmed group names, one per group name and
// grid.
type bindings map[bindKey]binding

type bindKey struct{ grid, from string }

func (b binding) key() bindKey { return bindKey{b.Grid, b.From} }

// holdsIn reports whether b, found by its group name, holds for a
// message in grid from account showing the nickname nick: not for another
// account, where the transport can tell; a binding confirmed before the
// last login (which the transport cannot compare) holds for the one who
// shows the nickname it was confirmed with.
func (b binding) holdsIn(grid, account, nick string) bool {
	if b.Grid != "" && grid != "" && b.Grid != grid {
		return false
	}
	if same, known := bot.SameAccount(b.Account, account); known {
		return same
	}
	return b.Nick == "" || nick == "" || b.Nick == nick
}

// stale reports whether b, which holds for a message from account, was
// confirmed for an account of an earlier login (or before accounts were
// kept): it is to be re-attached to account (reattach).
func (b binding) stale(account string) bool {
	_, known := bot.SameAccount(b.Account, account)
	return account != "" && !known
}

// of is the binding the sender of m in grid is known by: his account's
// own binding in the grid (under whatever name he shows now), else the
// binding of the name he shows, unless it was confirmed for another
// account (a copied group name), in another grid, or, before the last
// login, for another nickname.
func (bs bindings) of(grid string, m bot.Message) (binding, bool) {
	from := bare(m.From)
	if m.Account != "" {
		for _, b := range bs {
			if same, _ := bot.SameAccount(b.Account, m.Account); same && b.holdsIn(grid, m.Account, m.Nick) {
				return b, true
			}
		}
	}
	for _, k := range []bindKey{{grid, from}, {"", from}} {
		if b, ok := bs[k]; ok && b.holdsIn(grid, m.Account, m.Nick) {
			return b, true
		}
	}
	return binding{}, false
}

// sender is the message a binding's own account sends: what it holds for.
func (b binding) sender() bot.Message {
	return bot.Message{From: b.From, Account: b.Account, Nick: b.Nick}
}

// in is the binding of the group name from in grid, whoever speaks.
func (bs bindings) in(grid, from string) (binding, bool) {
	if b, ok := bs[bindKey{grid, from}]; ok {
		return b, true
	}
	b, ok := bs[bindKey{"", from}]
	return b, ok
}

// named are the bindings of the group name from in any grid.
func (bs bindings) named(from string) []binding {
	var out []binding
	for _, b := range bs {
		if b.From == from {
			out = append(out, b)
		}
	}
	return out
}

// otherNames are the other group names bound to the person name in grid
// (sorted).
func (bs bindings) otherNames(grid, name, from string) []string {
	var out []string
	for _, b := range bs {
		if b.Name == name && b.From != from && (b.Grid == "" || b.Grid == grid) {
			out = append(out, b.From)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// bare is a sender's name without the mark a transport adds to names it
// could not verify ("李四(未核实)"): what a leader types of him.
func bare(from string) string {
	from = strings.TrimPrefix(strings.TrimSpace(words.LineBreaks.Replace(from)), "@")
	if b, ok := strings.CutSuffix(strings.TrimRight(from, "?"), bot.UnverifiedSuffix); ok {
		return b
	}
	return from
}

// sameName reports whether a leader's words name the sender from.
func sameName(said, from string) bool {
	return strings.EqualFold(bare(said), bare(from))
}

// parseBindings reads the stored bindings.
func parseBindings(raw []byte) bindings {
	out := bindings{}
	for line := range bytes.SplitSeq(raw, []byte("\n")) {
		f := strings.Split(string(line), "\t")
		if len(f) < 2 {
			continue
		}
		b := binding{From: f[0], Name: f[1]}
		if len(f) > 2 {
			b.Grid = f[2]
		}
		if len(f) > 3 {
			b.Account = f[3]
		}
		if len(f) > 4 {
			b.Nick = f[4]
		}
		out[b.key()] = b
	}
	return out
}

// formatBindings writes bindings as stored, sorted so that a value read
// back equals the one written; a binding with no grid and no account is
// written as the old lines were.
func formatBindings(bs bindings) []byte {
	lines := make([]string, 0, len(bs))
	for _, b := range bs {
		line := words.LineBreaks.Replace(b.From) + "\t" + words.LineBreaks.Replace(b.Name)
		if b.Grid != "" || b.Account != "" || b.Nick != "" {
			line += "\t" + words.LineBreaks.Replace(b.Grid) + "\t" + words.LineBreaks.Replace(b.Account)
		}
		if b.Nick != "" {
			line += "\t" + words.LineBreaks.Replace(b.Nick)
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	return []byte(strings.Join(lines, "\n"))
}

// bindingsOf returns villageName's bindings: this process's copy, read
// once and again only after a change (its own, or one another process
// made, which a commit guarded by the copy's read finds: idsGuard), or
// fresh from Redis.
func (r *Router) bindingsOf(ctx context.Context, villageName string, fresh bool) (idsCopy, error) {
	if cp, ok := r.idsCopy(villageName); ok && !fresh {
		return cp, nil
	}
	raw, read, err := r.store.AskedAt(ctx, storage.VillageScope(villageName), idBindingsKey)
	if err != nil {
		return idsCopy{}, err
	}
	return r.ids.put(villageName, raw, read), nil
}

// put keeps villageName's bindings as read.
func (x *identities) put(villageName string, raw []byte, read storage.IndexRead) idsCopy {
	cp := idsCopy{raw: raw, bound: parseBindings(raw), read: read}
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.of == nil {
		x.of = map[string]idsCopy{}
	}
	x.of[villageName] = cp
	return cp
}

// idsCopy is this process's copy of villageName's bindings, if it holds one.
func (r *Router) idsCopy(villageName string) (idsCopy, bool) {
	r.ids.mu.Lock()
	defer r.ids.mu.Unlock()
	cp, ok := r.ids.of[villageName]
	return cp, ok
}

// forgetBindings drops the copy after a change of the bindings: the next
// use reads them again, with their generation.
func (r *Router) forgetBindings(villageName string) {
	r.ids.mu.Lock()
	defer r.ids.mu.Unlock()
	delete(r.ids.of, villageName)
}

// boundIn is the roster person the sender of m in grid was confirmed as
// in the bindings cp (bindings.of), and the binding; never a role holder.
func (r *Router) boundIn(cp idsCopy, villageName, grid string, m bot.Message) (village.Person, binding, bool) {
	b, ok := cp.bound.of(grid, m)
	if !ok {
		return village.Person{}, b, false
	}
	p, err := r.roster.Lookup(villageName, b.Name)
	if err != nil || words.Privileged(p) {
		return village.Person{}, b, false
	}
	return p, b, true
}

// Bound reports whether the sender of m (From: a name the transport gives
// a sender it could not verify; Account, Nick) in grid's group was
// confirmed as a villager of villageName (bindings.of: a namesake's
// binding in another grid, or another account's, is not his), as far as
// this process has read: false before the first read.
func (r *Router) Bound(villageName, grid string, m bot.Message) bool {
	cp, _ := r.idsCopy(villageName)
	_, ok := cp.bound.of(grid, m)
	return ok
}

// BoundAs is the name the sender of m in grid's group is handled as (a
// roster name, qualified among namesakes) when a leader confirmed it; ""
// when none did, as far as this process has read. The transport @s him by
// the name he shows.
func (r *Router) BoundAs(villageName, grid string, m bot.Message) string {
	cp, _ := r.idsCopy(villageName)
	if b, ok := cp.bound.of(grid, m); ok {
		return b.Name
	}
	return ""
}

// linked is the roster as the handlers look names up: a name the roster
// does not know may be a group name confirmed as a villager ("@幸福一家人"
// in a leader's 指派, "积分 幸福一家人"), as far as this process's copy of
// the village's bindings says (read for the turn that needs it:
// Router.linkTurn). A role holder is never found this way.
type linked struct {
	People
	r *Router
}

func (l linked) Lookup(villageName, who string) (village.Person, error) {
	p, err := l.People.Lookup(villageName, who)
	if err == nil || !errors.Is(err, roster.ErrUnknown) {
		return p, err
	}
	cp, _ := l.r.idsCopy(villageName)
	// a group name written: the person it was confirmed as, when it is
	// bound to one person only (of two grids' namesakes, to neither)
	var found []village.Person
	for _, b := range cp.bound.named(bare(who)) {
		if q, _, ok := l.r.boundIn(cp, villageName, b.Grid, b.sender()); ok && !slices.ContainsFunc(found, func(f village.Person) bool { return f.Key() == q.Key() }) {
			found = append(found, q)
		}
	}
	if len(found) == 1 {
		return found[0], nil
	}
	return p, err
}

// idsGuard makes the first commit in the village's scope of a turn decided
// on a copy of the bindings (who the sender is, whom a name he wrote is)
// carry the copy's read: another process's 确认身份 or 拒绝身份 since
// refuses it, and the turn is handled again on the bindings as stored
// (errIDsChanged).
type idsGuard struct {
	village string
	scope   storage.Scope
	read    storage.IndexRead
	done    bool
}

type idsGuardKey struct{}

// errIDsChanged says a turn was decided on a copy of the bindings that
// another process had changed; nothing was committed in its village.
var errIDsChanged = errors.New("handlers: the confirmed group names changed: handle again")

// guarding is ctx's identity guard still to commit in scope sc; nil when none.
func guarding(ctx context.Context, sc storage.Scope) *idsGuard {
	g, _ := ctx.Value(idsGuardKey{}).(*idsGuard)
	if g == nil || g.done || g.scope != sc {
		return nil
	}
	return g
}

// linkTurn decides, for a message in a grid group, what the village's
// bindings say: who a sender the roster does not know is (a group name a
// leader confirmed), and whom the names he @mentions are. They are read
// from Redis only for a turn that needs them and this process has no copy
// of (a stranger's, or an @ of a name the roster does not know); a turn
// decided on the copy is guarded (idsGuard).
func (r *Router) linkTurn(ctx context.Context, t *turn) context.Context {
	if t.where.Kind != words.InGrid || t.where.Village == "" {
		return ctx
	}
	cp, ok := r.idsCopy(t.where.Village)
	if !ok && (t.stranger || r.mentionsUnknown(t)) {
		var err error
		if cp, err = r.bindingsOf(ctx, t.where.Village, false); err != nil {
			r.log.WarnContext(ctx, "identity: read the confirmed group names", "village", t.where.Village, "err", err)
			return ctx
		}
		ok = true
	}
	if !ok {
		return ctx
	}
	if t.stranger {
		p, b, ok := r.boundIn(cp, t.where.Village, t.where.Grid, t.m)
		if ok && b.stale(t.m.Account) {
			// his first message since a new login: the binding is now
			// his new account's
			if again, err := r.reattach(ctx, t.where.Village, t.where.Grid, cp, b, t.m); err != nil {
				r.log.WarnContext(ctx, "identity: re-attach a confirmed group name after a new login", "village", t.where.Village, "from", b.From, "err", err)
			} else {
				cp = again
			}
		}
		if ok {
			t.who, t.stranger = p, false
		}
	} else if !namesAny(t.text, cp.bound) {
		return ctx // a roster person naming no confirmed group name
	}
	return context.WithValue(ctx, idsGuardKey{}, &idsGuard{village: t.where.Village, scope: storage.VillageScope(t.where.Village), read: cp.read})
}

// reattach makes b, a binding of an earlier login that holds for the
// sender of m in grid (bindings.of: his group name and nickname), the
// binding of m's account from now on: one commit, guarded by cp's read.
// Another account of the login showing the same name is a stranger then.
func (r *Router) reattach(ctx context.Context, villageName, grid string, cp idsCopy, b binding, m bot.Message) (idsCopy, error) {
	bs := maps.Clone(cp.bound)
	delete(bs, b.key())
	// the account is known by one name of the grid
	maps.DeleteFunc(bs, func(_ bindKey, x binding) bool {
		same, _ := bot.SameAccount(x.Account, m.Account)
		return same && x.Grid == grid
	})
	nb := binding{From: b.From, Name: b.Name, Grid: grid, Account: m.Account, Nick: cmp.Or(m.Nick, b.Nick)}
	bs[nb.key()] = nb
	if err := r.commitBindings(ctx, villageName, storage.Change{Scope: storage.VillageScope(villageName)}, cp, bs); err != nil {
		return cp, err
	}
	r.log.InfoContext(ctx, "identity: a confirmed group name re-attached to its account after a new login", "from", b.From, "name", b.Name, "grid", grid)
	again, _ := r.idsCopy(villageName)
	return again, nil
}

// namesAny reports whether text holds one of the group names bound.
func namesAny(text string, bound bindings) bool {
	for k := range bound {
		if strings.Contains(text, k.from) {
			return true
		}
	}
	return false
}

// mentionsUnknown reports whether t's text @mentions a name the roster
// does not know (a group name, maybe one a leader confirmed).
func (r *Router) mentionsUnknown(t *turn) bool {
	if !strings.ContainsAny(t.text, "@＠") {
		return false
	}
	for _, m := range words.AtName.FindAllStringSubmatch(t.text, -1) {
		if m[1] == r.cfg.BotName {
			continue
		}
		if _, err := r.roster.Lookup(t.where.Village, m[1]); errors.Is(err, roster.ErrUnknown) {
			return true
		}
	}
	return false
}

// claimsOf reads the claims waiting in a grid: from this process's copy
// when it has one (copied: a commit on it must check it), else from Redis.
func (r *Router) claimsOf(ctx context.Context, sc storage.Scope, grid string, fresh bool) (raw []byte, copied bool, err error) {
	if !fresh {
		if b, ok := r.store.AskedCopy(sc, idClaimsKey+grid); ok {
			return b, true, nil
		}
	}
	raw, err = r.store.Asked(ctx, sc, idClaimsKey+grid)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, false, nil
	}
	return raw, false, err
}

// claimLine is one stored claim: the line as kept, and what it says.
type claimLine struct {
	line []byte
	c    idClaim
}

// parseClaims reads the claims still answerable at now.
func parseClaims(raw []byte, now time.Time) (live, lapsed []claimLine) {
	for line := range bytes.SplitSeq(raw, []byte("\n")) {
		var c idClaim
		if len(line) == 0 || json.Unmarshal(line, &c) != nil {
			continue
		}
		if now.Before(c.lapse()) {
			live = append(live, claimLine{line: line, c: c})
		} else {
			lapsed = append(lapsed, claimLine{line: line, c: c})
		}
	}
	return live, lapsed
}

// saysWhoHeIs reads "我是 姓名 [户号]" in a grid group, or written together
// as villagers type it ("我是陈二", "我是陈二。") when what follows 我是 is
// a name the village's roster has, so that "我是新来的" and "我是三组的，
// 路灯坏了" stay ordinary messages; or a name followed by his coming home
// or being new ("我是刘大 刚从广东回来过年", IamHome).
func (r *Router) saysWhoHeIs(t *turn) ([]string, bool) {
	text := t.text
	rest, ok := strings.CutPrefix(text, string(words.VIam))
	if !ok || t.where.Kind != words.InGrid {
		return nil, false
	}
	if name, ok := words.IamHome(text); ok {
		// "我是刘大 刚从广东回来过年": a villager home for the Spring
		// Festival says who he is, as "我是 刘大" would
		return []string{name}, true
	}
	fields := words.IamFields(text)
	if strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "\u3000") {
		return fields, true
	}
	if len(fields) == 0 || len(fields) > 2 { // "我是陈二 QS-302": the household after
		return nil, false
	}
	_, err := r.roster.Lookup(t.where.Village, fields[0])
	return fields, err == nil || errors.Is(err, roster.ErrAmbiguous)
}

// kinOf reads a stranger's "我是陈二家的闺女", "我是王奶奶的孙子": he says
// whose relative he is (someone on the roster), not who he is. Said alone,
// he is told how to be known; said with a matter ("我是王奶奶的孙子，她家
// 水管冻裂了"), the matter is handled as anyone's.
func (r *Router) kinOf(t *turn) (village.Person, bool) {
	if !t.stranger || t.where.Kind != words.InGrid {
		return village.Person{}, false
	}
	m := words.KinIntro.FindStringSubmatch(t.text)
	if m == nil {
		return village.Person{}, false
	}
	p, err := r.roster.Lookup(t.where.Village, m[1])
	return p, err == nil && !words.Privileged(p)
}

// kinReport reads a relative's report for a villager of the roster in a
// grid group ("我是王奶奶的孙子，她家水管冻裂了"): the villager, and the
// matter with her name for "她家", "她" at its start, when it reads as a
// report. He is trusted as far as anyone who reports is (the item is
// filed, the relative its reporter); whose relative he is stays
// unconfirmed: he becomes no one, and her caretaker, told, checks by
// phone. A role holder is never spoken for this way.
func (r *Router) kinReport(ctx context.Context, t *turn) (p village.Person, rel, matter string, ok bool) {
	if t.where.Kind != words.InGrid || !strings.HasPrefix(t.text, string(words.VIam)) {
		return village.Person{}, "", "", false
	}
	m := words.KinSays.FindStringSubmatch(t.text)
	if m == nil {
		return village.Person{}, "", "", false
	}
	p, err := r.roster.Lookup(t.where.Village, m[1])
	if err != nil || words.Privileged(p) || (!t.stranger && t.who.Key() == p.Key()) {
		return village.Person{}, "", "", false
	}
	matter = strings.TrimSpace(m[3])
	for _, pron := range []string{"她们家", "他们家", "她家", "他家", "她", "他"} {
		if rest, ok := strings.CutPrefix(matter, pron); ok {
			if strings.HasSuffix(pron, "家") {
				rest = "家" + rest
			}
			matter = p.Name + rest
			break
		}
	}
	if rd := r.read(ctx, t, matter); rd.Intent != village.IntentReport && rd.Type != village.Emergency {
		return village.Person{}, "", "", false
	}
	return p, words.KinRel(m), matter, true
}

// iam handles 我是: the claim is kept for the grid's leaders, who are told
// in the group how to confirm or refuse it; a claim he made before is
// replaced.
func (r *Router) iam(ctx context.Context, t *turn, fields []string) error {
	if len(fields) == 0 || len(fields) > 2 {
		return r.reply(ctx, t, "iam.usage", nil)
	}
	name := fields[0]
	if len(fields) == 2 { // 我是 王芳 QS-205: the household tells namesakes apart
		name += "·" + fields[1]
	}
	p, err := r.roster.Lookup(t.where.Village, name)
	switch {
	case errors.Is(err, roster.ErrAmbiguous):
		return r.reply(ctx, t, "iam.ambiguous", map[string]any{"Name": name})
	case err != nil:
		if n, ok := words.NewcomerFields(fields); ok {
			// "我是 李富贵", no one of the roster: a newcomer, welcomed,
			// his leader told; a name one off is still asked
			if done, err := r.newcomerNamed(ctx, t, n); done {
				return err
			}
		}
		data := map[string]any{"Name": fields[0]}
		if len(fields) == 2 {
			// "我是 李海 HX-999": 李海 is on the roster, of another
			// household; "no 李海" would send him to look for his name
			if _, e := r.roster.Lookup(t.where.Village, fields[0]); e == nil || errors.Is(e, roster.ErrAmbiguous) {
				data["Household"] = fields[1]
			}
		}
		return r.reply(ctx, t, "iam.unknown", data)
	case words.Privileged(p):
		r.log.WarnContext(ctx, "identity: 我是 for a role holder refused", "from", t.m.From, "name", name)
		return r.reply(ctx, t, "iam.cadre", nil)
	case !p.UsesWeChat && t.stranger:
		// 王奶奶 has no WeChat: whoever speaks as her in the group is a
		// relative speaking for her, whom a binding would make her
		return r.reply(ctx, t, "iam.nowechat", map[string]any{"From": bare(t.m.From), "Name": p.Name,
			"Leaders": r.leaderNames(p.Village, p.Grid)})
	case !t.stranger && t.who.Key() == p.Key():
		return r.reply(ctx, t, "iam.known", map[string]any{"Name": r.shown(p)})
	case !t.stranger:
		// his group name is someone on the roster (a binding could never
		// win over it), or one a leader confirmed as someone else, which
		// only the leader undoes
		_, err := r.roster.Lookup(t.where.Village, t.m.From)
		return r.reply(ctx, t, "iam.rename", map[string]any{"From": bare(t.m.From), "Name": t.who.Name,
			"Bound": err != nil, "Leaders": r.leaderNames(t.where.Village, t.where.Grid)})
	}
	sc := storage.VillageScope(t.where.Village)
	from := bare(t.m.From)
	claim := idClaim{From: from, Name: r.shown(p), At: t.at, Account: t.m.Account, Nick: t.m.Nick}
	line, err := json.Marshal(claim)
	if err != nil {
		return fmt.Errorf("identity: claim: %w", err)
	}
	raw, _, err := r.claimsOf(ctx, sc, t.where.Grid, true)
	if err != nil {
		return err
	}
	live, lapsed := parseClaims(raw, t.at)
	if i := slices.IndexFunc(live, func(cl claimLine) bool { return cl.c.From == from && cl.c.Name == claim.Name }); i >= 0 {
		return r.iamAgain(ctx, t, live[i], p)
	}
	var gone [][]byte // his earlier claim, and those that lapsed
	for _, cl := range append(live, lapsed...) {
		if cl.c.From == from || !t.at.Before(cl.c.lapse()) {
			gone = append(gone, cl.line)
		}
	}
	cp, err := r.bindingsOf(ctx, t.where.Village, false)
	if err != nil {
		return err
	}
	also := cp.bound.otherNames(t.where.Grid, claim.Name, from) // other group names already bound to him
	leaders := r.people.InGrid(p.Village, p.Grid, village.RoleLeader)
	data := map[string]any{"Leaders": words.Names(leaders), "From": from, "Name": p.Name, "Household": p.Household,
		"Also": also, "Days": int(idClaimTTL / (24 * time.Hour))}
	for _, b := range cp.bound.named(from) {
		if b.Grid == t.where.Grid && !b.holdsIn(t.where.Grid, t.m.Account, t.m.Nick) {
			// the name was confirmed for another account: this one
			// took it on (a copied nickname)
			r.log.WarnContext(ctx, "identity: 我是 from another account showing a confirmed group name", "from", from, "bound", b.Name, "name", claim.Name)
			data["Copied"] = b.Name
		}
	}
	if r.friends != nil {
		// the named villager already speaks from his own account, which
		// the operator bound by remark name: this may be someone else
		if friend, _ := r.friends(p.Village, r.shown(p)); friend {
			r.log.WarnContext(ctx, "identity: 我是 names a villager known by remark name", "from", from, "name", claim.Name)
			data["Taken"] = true
		}
	}
	t.out = append(t.out, r.back(t, r.textsFor(t).Render("iam.ask", data)))
	lapse := bot.Outbound{To: t.m.Chat, Kind: bot.Group, Priority: bot.Normal,
		Text: r.groupTexts.Render("iam.lapsed", data), NotBefore: r.awake(claim.lapse())}
	kept := storage.Ask(idClaimsKey+t.where.Grid, line, idClaimTTL+24*time.Hour)
	kept.After = "{"
	keep := []storage.Kept{kept}
	if len(gone) > 0 {
		keep = append([]storage.Kept{storage.AskAnswered(idClaimsKey+t.where.Grid, gone...)}, keep...)
	}
	_, err = r.commit(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Out: append(t.out, lapse), Keep: keep,
		About: words.IdAbout(from), Withdraw: []string{words.IdAbout(from)}})
	return err
}

// iamAgain answers the same 我是 said again while the claim cl waits: to
// him, once, that it waits (the leaders heard it the first time); the
// claim, marked, keeps its time and its lapse notice.
func (r *Router) iamAgain(ctx context.Context, t *turn, cl claimLine, p village.Person) error {
	if cl.c.Again {
		return nil
	}
	again := cl.c
	again.Again = true
	line, err := json.Marshal(again)
	if err != nil {
		return fmt.Errorf("identity: claim: %w", err)
	}
	t.out = append(t.out, r.back(t, r.textsFor(t).Render("iam.waiting", map[string]any{"From": cl.c.From, "Name": p.Name,
		"Leaders": r.leaderNames(p.Village, p.Grid), "Left": cl.c.daysLeft(t.at)})))
	kept := storage.Ask(idClaimsKey+t.where.Grid, line, idClaimTTL+24*time.Hour)
	kept.After = "{"
	_, err = r.commit(ctx, t, storage.Change{Scope: storage.VillageScope(t.where.Village), MsgID: t.m.ID, Out: t.out,
		Keep: []storage.Kept{storage.AskAnswered(idClaimsKey+t.where.Grid, cl.line), kept}})
	return err
}

// quotedClaim reads 确认 or 驳回 that quotes the bot's 我是 notice, naming
// no item, as 确认身份 or 拒绝身份 of the group name it names: a leader
// answers the bot's message as he answers the others.
func (r *Router) quotedClaim(t *turn, cmd command) command {
	if (cmd.verb != words.VAccept && cmd.verb != words.VReject) || len(cmd.refs) > 0 || t.quote == nil || t.quote.Name != r.cfg.BotName {
		return cmd
	}
	m := words.QuotedClaimRe.FindStringSubmatch(t.quote.Text)
	if m == nil {
		return cmd
	}
	if cmd.verb == words.VAccept {
		return command{verb: words.VConfirmID, word: string(words.VConfirmID), args: m[1]}
	}
	return command{verb: words.VRefuseID, word: string(words.VRefuseID), args: m[1]}
}

// awake is at, or when quiet hours around it end.
func (r *Router) awake(at time.Time) time.Time {
	if until := r.cfg.QuietHours.Until(at.In(r.cfg.Location())); !until.IsZero() {
		return until
	}
	return at
}

// answerID handles 确认身份 and 拒绝身份 by a leader of the grid (or an
// admin of the village): the claim of the group name he names is taken,
// and bound (確认) or not; 拒绝身份 of a name already bound undoes the
// binding. One commit each, decided on the claims and bindings as last
// seen and checking both; refused, read again and decided again.
func (r *Router) answerID(ctx context.Context, t *turn, cmd command) error {
	said := strings.TrimSpace(strings.TrimPrefix(cmd.args, "@"))
	if t.where.Kind != words.InGrid {
		return r.reply(ctx, t, "id.ingroup", map[string]any{"Word": cmd.word})
	}
	if !t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) && !(t.who.Has(village.RoleAdmin) && t.who.Village == t.where.Village) {
		return r.reply(ctx, t, "id.refused", map[string]any{"Leaders": r.leaderNames(t.where.Village, t.where.Grid)})
	}
	if said == "" {
		return r.reply(ctx, t, "id.usage", map[string]any{"Word": cmd.word})
	}
	return decideAgain(3, changedMeanwhile, func(fresh bool) error {
		if fresh {
			t.out = nil // the refused attempt's replies were not sent
		}
		return r.answerIDOnce(ctx, t, cmd.verb, said, fresh)
	})
}

func (r *Router) answerIDOnce(ctx context.Context, t *turn, v words.Verb, said string, fresh bool) error {
	sc := storage.VillageScope(t.where.Village)
	grid := t.where.Grid
	raw, copied, err := r.claimsOf(ctx, sc, grid, fresh)
	if err != nil {
		return err
	}
	cp, err := r.bindingsOf(ctx, t.where.Village, fresh)
	if err != nil {
		return err
	}
	bindings := maps.Clone(cp.bound)
	live, lapsed := parseClaims(raw, t.at)
	i := slices.IndexFunc(live, func(cl claimLine) bool { return sameName(said, cl.c.From) })
	if i < 0 {
		b, ok := bindings.in(grid, bare(said))
		if ok && v == words.VRefuseID {
			return r.unbind(ctx, t, b, cp)
		}
		late := slices.ContainsFunc(lapsed, func(cl claimLine) bool { return sameName(said, cl.c.From) })
		return r.reply(ctx, t, "id.none", map[string]any{"From": said, "Lapsed": late, "Bound": b.Name,
			"Waiting": claimFroms(live)})
	}
	cl := live[i]
	taken := storage.AskAnswered(idClaimsKey+grid, cl.line)
	if copied {
		taken = taken.DecidedOn(raw)
	}
	c := storage.Change{Scope: sc, MsgID: t.m.ID, Keep: []storage.Kept{taken}, Withdraw: []string{words.IdAbout(cl.c.From)}}
	p, err := r.roster.Lookup(t.where.Village, cl.c.Name)
	if err != nil || words.Privileged(p) {
		// the roster changed since he asked
		v = words.VRefuseID
	}
	data := map[string]any{"From": cl.c.From, "Name": p.Name, "Shown": cl.c.Name, "Leader": t.who.Name, "Remaining": claimFroms(append(live[:i:i], live[i+1:]...))}
	if v == words.VRefuseID {
		t.out = append(t.out, r.back(t, r.textsFor(t).Render("id.refusedclaim", data)))
		c.Out = t.out
		_, err = r.commit(ctx, t, c)
		return err
	}
	also := bindings.otherNames(grid, cl.c.Name, cl.c.From)
	delete(bindings, bindKey{"", cl.c.From}) // an old line of the name: now this grid's
	if cl.c.Account != "" {
		// the account is known by one name of the grid: the one confirmed last
		maps.DeleteFunc(bindings, func(_ bindKey, b binding) bool { return b.Grid == grid && b.Account == cl.c.Account })
	}
	nb := binding{From: cl.c.From, Name: cl.c.Name, Grid: grid, Account: cl.c.Account, Nick: cl.c.Nick}
	bindings[nb.key()] = nb
	// what he filed under the group name is now the person's
	relinked, read, err := r.relink(ctx, t, cl.c.From, p)
	if err != nil {
		return err
	}
	c = read.Guard(c)
	if len(relinked) > 0 {
		c.Report, c.Also = relinked[0], relinked[1:]
	}
	data["Also"], data["Relinked"] = also, relinked
	t.out = append(t.out, r.back(t, r.textsFor(t).Render("id.confirmed", data)))
	c.Out, c.Sent = t.out, t.sent
	if err := r.commitBindings(ctx, t.where.Village, c, cp, bindings); err != nil {
		return err
	}
	r.log.InfoContext(ctx, "identity: confirmed", "from", cl.c.From, "name", cl.c.Name, "by", t.who.Name, "relinked", len(relinked))
	return nil
}

// claimFroms are the group names of claims.
func claimFroms(cls []claimLine) []string {
	out := make([]string, 0, len(cls))
	for _, cl := range cls {
		out = append(out, cl.c.From)
	}
	return out
}

// relink makes p the reporter (or follower) of the reports of the turn's
// grid filed under the group name from: the open ones, and the closed
// ones among the village's newest, so that 查 and the lists show the
// roster name; the read, which the commit checks, is mostly this
// process's copy.
func (r *Router) relink(ctx context.Context, t *turn, from string, p village.Person) ([]*village.Report, storage.ReportsRead, error) {
	reps, read, err := r.store.FollowedReports(ctx, storage.VillageScope(t.where.Village), t.where.Grid, words.RelinkNewest)
	if err != nil {
		return nil, read, err
	}
	// his: filed under the name (maybe marked unverified), and keyed as
	// a stranger's, not a roster person's of that name
	his := func(name, key string) bool {
		return bare(name) == from && (key == "" || key == village.Person{Name: name, Village: t.where.Village}.Key())
	}
	var out []*village.Report
	for _, rep := range reps {
		if rep.Grid != t.where.Grid {
			continue
		}
		changed := false
		if his(rep.Reporter, rep.ReporterKey) {
			rep.SetReporter(p, r.shown(p))
			changed = true
		}
		for i, f := range rep.Followers {
			if his(f, rep.FollowerKey(i)) {
				rep.Followers[i] = r.shown(p)
				if i < len(rep.FollowerKeys) {
					rep.FollowerKeys[i] = p.Key()
				}
				changed = true
			}
		}
		if changed && slices.ContainsFunc(rep.History, func(e village.Entry) bool { return bare(e.By) == from }) {
			rep.History = slices.Clone(rep.History)
			for i, e := range rep.History {
				if bare(e.By) == from {
					rep.History[i].By = r.shown(p) // "幸福一家人 确认满意"
				}
			}
		}
		if changed {
			out = append(out, &rep)
		}
	}
	return out, read, nil
}

// unbind undoes a binding (拒绝身份 of a confirmed group name).
func (r *Router) unbind(ctx context.Context, t *turn, b binding, cp idsCopy) error {
	t.out = append(t.out, r.back(t, r.textsFor(t).Render("id.unbound", map[string]any{"From": b.From, "Name": b.Name})))
	bindings := maps.Clone(cp.bound)
	delete(bindings, b.key())
	c := storage.Change{Scope: storage.VillageScope(t.where.Village), MsgID: t.m.ID, Out: t.out, Sent: t.sent}
	return r.commitBindings(ctx, t.where.Village, c, cp, bindings)
}

// commitBindings commits c (made for a message when c.Sent names it),
// which stores bindings decided on the copy cp and checks cp's read; the copy is then the bindings stored, at the
// generation the commit left (forgotten when it failed).
func (r *Router) commitBindings(ctx context.Context, villageName string, c storage.Change, cp idsCopy, bindings bindings) error {
	c.Keep = append(c.Keep, bindingsKept(bindings))
	c.Reads = append(c.Reads, cp.read)
	if _, err := r.store.Commit(ctx, c); err != nil {
		r.forgetBindings(villageName)
		return err
	}
	r.ids.put(villageName, formatBindings(bindings), cp.read.Raised())
	return nil
}

// Unbind drops the binding of from in villageName, and any claim of his
// waiting in grid: the member left the group, and whoever shows that name
// next must say who he is again. One commit.
func (r *Router) Unbind(ctx context.Context, villageName, grid, from string) error {
	from = bare(from)
	err := decideAgain(3, changedMeanwhile, func(fresh bool) error {
		cp, err := r.bindingsOf(ctx, villageName, fresh)
		if err != nil {
			return err
		}
		sc := storage.VillageScope(villageName)
		raw, _, err := r.claimsOf(ctx, sc, grid, true)
		if err != nil {
			return err
		}
		c := storage.Change{Scope: sc}
		live, lapsed := parseClaims(raw, time.Time{})
		for _, cl := range append(live, lapsed...) {
			if cl.c.From == from {
				c.Keep = append(c.Keep, storage.AskAnswered(idClaimsKey+grid, cl.line))
				c.Withdraw = []string{words.IdAbout(from)}
			}
		}
		if b, ok := cp.bound.in(grid, from); ok {
			bindings := maps.Clone(cp.bound)
			delete(bindings, b.key())
			err = r.commitBindings(ctx, villageName, c, cp, bindings)
		} else if len(c.Keep) > 0 {
			_, err = r.store.Commit(ctx, c)
		} else {
			return nil
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("identity: unbind %s: %w", from, err)
	}
	return nil
}

// bindingsKept is the change that stores bindings, raising their
// generation (storage.Kept.Followed); none left removes the key.
func bindingsKept(bindings bindings) storage.Kept {
	ttl := idBindingTTL
	if len(bindings) == 0 {
		ttl = 0 // the key goes
	}
	k := storage.Ask(idBindingsKey, formatBindings(bindings), ttl)
	k.Followed = true
	return k
}

// pendingIDs are the claims a grid's leader still has to answer, for his
// 待办: from this process's copy when it has one; none when this process
// last saw none (noneSeen: the list's commit checks it, and the turn is
// handled again when one waits after all); else from Redis, at most once
// per noClaimsFor while there are none, so that the common 待办 (nobody
// waiting) stays one round trip.
func (r *Router) pendingIDs(ctx context.Context, t *turn, villageName, grid string) ([]words.PendingID, error) {
	sc := storage.VillageScope(villageName)
	k := string(sc) + "\x00" + grid
	raw, copied := r.store.AskedCopy(sc, idClaimsKey+grid)
	if until, ok := r.noClaims.Get(k); !copied && ok && t.at.Before(until) {
		return nil, nil
	}
	if !copied && r.noneSeen(ctx, sc, idClaimsKey+grid) {
		return nil, nil
	}
	if !copied {
		var err error
		if raw, _, err = r.claimsOf(ctx, sc, grid, true); err != nil {
			return nil, err
		}
		if len(raw) == 0 {
			r.noClaims.Put(k, t.at.Add(words.NoClaimsFor))
		}
	}
	live, _ := parseClaims(raw, t.at)
	var out []words.PendingID
	for _, cl := range live {
		out = append(out, words.PendingID{From: cl.c.From, Name: cl.c.Name, Left: cl.c.daysLeft(t.at)})
	}
	return out, nil
}
