// Package reach keeps the bot from queuing a private message that cannot
// reach its person: to a person of the roster who uses no WeChat (the
// elderly, mostly), or to a villager whom the bot account cannot write to
// (no friend of it with his remark name). Such a message goes to the grid
// worker who looks after him, asking to pass it on, as the plan has these
// villagers reached by phone or in person.
package reach

import (
	"context"
	"log/slog"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/village"
)

// People is the roster as the guard sees it.
type People interface {
	All() []village.Person
	InGrid(villageName, grid string, role village.Role) []village.Person
	// Address is the name that reaches the person with a Person.Key.
	Address(key, name string) string
}

// Friends reports whether a private message to address, a person of
// villageName, can reach him (the WeChat transport's Friend): known is
// false while it cannot tell, and friend then means nothing.
type Friends func(villageName, address string) (friend, known bool)

// Guard rewrites outbound messages before they are queued (see Out).
type Guard struct {
	people People
	texts  *tmpl.Set
	log    *slog.Logger
	// offline are the people without WeChat by the address a private
	// message to them bears; an address that also reaches someone who
	// uses WeChat (a namesake in another village) is left alone.
	offline map[string]village.Person
	// villagers are the people on WeChat with no role but villager, by
	// address (an address of several people left out), and friends tells
	// which of them the bot can write to: nil, all of them. A cadre is
	// left out: his roles need him to be the bot's friend, so a message to
	// him is never passed on (the operator is alerted instead).
	villagers map[string]village.Person
	friends   Friends
}

// New indexes the roster's people without WeChat; with people nil, no one
// is known to lack it. texts must hold the shared blocks (every tmpl.Set
// does).
func New(people People, texts *tmpl.Set, log *slog.Logger) *Guard {
	g := &Guard{people: people, texts: texts, log: log, offline: map[string]village.Person{}, villagers: map[string]village.Person{}}
	if people == nil {
		return g
	}
	online := map[string]bool{}
	several := map[string]bool{}
	for _, p := range people.All() {
		a := people.Address(p.Key(), p.Name)
		switch _, seen := g.offline[a]; {
		case p.UsesWeChat:
			online[a] = true
		case !seen:
			g.offline[a] = p
		}
		if _, seen := g.villagers[a]; seen || several[a] {
			several[a] = true
		} else if p.UsesWeChat && !p.IsCadre() {
			g.villagers[a] = p
		}
	}
	for a := range online {
		delete(g.offline, a)
	}
	for a := range several {
		delete(g.villagers, a)
	}
	return g
}

// WithFriends has the guard also pass on a private message to a villager
// whom friends says the bot cannot write to; it returns g.
func (g *Guard) WithFriends(friends Friends) *Guard {
	g.friends = friends
	return g
}

// Out returns out with every private message to a person without WeChat
// sent instead to the grid worker who looks after him (his 责任网格员, else
// a worker of his grid on WeChat), headed by a request to tell him by
// phone or in person; with no such worker it is left out, with a warning.
// A private message to a villager on WeChat whom the bot cannot write to
// (see WithFriends) goes to that worker alike; with no such worker it is
// left as it is (its failure is alerted).
func (g *Guard) Out(ctx context.Context, out []bot.Outbound) []bot.Outbound {
	var kept []bot.Outbound
	for i, o := range out {
		o, keep, changed, why := g.route(o)
		if why.msg != "" {
			g.log.Log(ctx, why.level, why.msg, why.args...)
		}
		if !changed {
			if kept != nil {
				kept = append(kept, o)
			}
			continue
		}
		if kept == nil {
			kept = append(make([]bot.Outbound, 0, len(out)), out[:i]...)
		}
		if keep {
			kept = append(kept, o)
		}
	}
	if kept == nil {
		return out
	}
	return kept
}

// route is Out for one message: the message to queue, whether to queue
// one, and whether it is not o as it was; and the log line that says why
// it was changed (msg empty: none), which Out writes and PassesOn, a mere
// question, does not.
func (g *Guard) route(o bot.Outbound) (_ bot.Outbound, keep, changed bool, why logLine) {
	if o.Kind != bot.Private {
		return o, true, false, why
	}
	if p, ok := g.offline[o.To]; ok {
		_, w, ok := g.worker(p)
		if !ok {
			return o, false, true, logLine{slog.LevelWarn, "private message to a person who uses no WeChat, and no grid worker on WeChat to pass it on: not sent",
				[]any{"to", o.To, "village", p.Village, "grid", p.Grid, "text", o.Text}}
		}
		why = logLine{slog.LevelInfo, "private message to a person who uses no WeChat goes to his grid worker", []any{"to", o.To, "worker", w}}
		o.To, o.Text = w, g.texts.Render("reach.relay", map[string]any{"P": p, "Text": o.Text})
		return o, true, true, why
	}
	p, ok := g.villagers[o.To]
	if !ok || g.friends == nil {
		return o, true, false, why
	}
	if friend, known := g.friends(p.Village, o.To); !known || friend {
		return o, true, false, why
	}
	_, w, ok := g.worker(p)
	if !ok {
		return o, true, false, logLine{slog.LevelWarn, "private message to a villager who is no friend of the bot, and no grid worker on WeChat to pass it on: queued as it is",
			[]any{"to", o.To, "village", p.Village, "grid", p.Grid}}
	}
	why = logLine{slog.LevelInfo, "private message to a villager who is no friend of the bot goes to his grid worker", []any{"to", o.To, "worker", w}}
	o.To, o.Text = w, g.texts.Render("reach.relay.friend", map[string]any{"P": p, "Text": o.Text})
	return o, true, true, why
}

// logLine is a log record to write.
type logLine struct {
	level slog.Level
	msg   string
	args  []any
}

// PassesOn reports whether a private message to address goes to a grid
// worker (or his 责任网格员, who may be a leader) to pass on (see Out),
// and to whom: the sender of a question can be told who will bring him
// the answer. It logs nothing: no message is routed.
func (g *Guard) PassesOn(address string) (worker village.Person, ok bool) {
	_, keep, changed, _ := g.route(bot.Outbound{To: address, Kind: bot.Private})
	if !changed || !keep {
		return village.Person{}, false
	}
	p, ok := g.offline[address]
	if !ok {
		p = g.villagers[address]
	}
	worker, _, _ = g.worker(p)
	return worker, true
}

// Committer commits a change to the store (storage.Store.Commit).
type Committer interface {
	Commit(ctx context.Context, c storage.Change) (storage.Result, error)
}

// Commit commits c through next with its messages passed through Out
// first: whatever flow or job made a private message to a person who uses
// no WeChat, it is queued to his grid worker. A store that wraps another
// calls it from its own Commit.
func (g *Guard) Commit(ctx context.Context, next Committer, c storage.Change) (storage.Result, error) {
	c.Out = g.Out(ctx, c.Out)
	return next.Commit(ctx, c)
}

// worker is who passes messages on to p, and his address.
func (g *Guard) worker(p village.Person) (village.Person, string, bool) {
	if w, ok := village.CaretakerOf(g.people.All(), p); ok && w.UsesWeChat {
		return w, g.people.Address(w.Key(), w.Name), true
	}
	for _, w := range g.people.InGrid(p.Village, p.Grid, village.RoleWorker) {
		if w.UsesWeChat {
			return w, g.people.Address(w.Key(), w.Name), true
		}
	}
	return village.Person{}, "", false
}
