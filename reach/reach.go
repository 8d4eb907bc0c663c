// Package reach keeps the bot from queuing a private message to a person
// of the roster who uses no WeChat (the elderly, mostly): such a message
// goes to the grid worker who phones him, asking to pass it on, as the
// plan has these villagers reached by phone or in person.
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

// Guard rewrites outbound messages before they are queued (see Out).
type Guard struct {
	people People
	texts  *tmpl.Set
	log    *slog.Logger
	// offline are the people without WeChat by the address a private
	// message to them bears; an address that also reaches someone who
	// uses WeChat (a namesake in another village) is left alone.
	offline map[string]village.Person
}

// New indexes the roster's people without WeChat; with people nil, no one
// is known to lack it. texts must hold the shared blocks (every tmpl.Set
// does).
func New(people People, texts *tmpl.Set, log *slog.Logger) *Guard {
	g := &Guard{people: people, texts: texts, log: log, offline: map[string]village.Person{}}
	if people == nil {
		return g
	}
	online := map[string]bool{}
	for _, p := range people.All() {
		a := people.Address(p.Key(), p.Name)
		switch _, seen := g.offline[a]; {
		case p.UsesWeChat:
			online[a] = true
		case !seen:
			g.offline[a] = p
		}
	}
	for a := range online {
		delete(g.offline, a)
	}
	return g
}

// Out returns out with every private message to a person without WeChat
// sent instead to the grid worker who looks after him (his 责任网格员, else
// a worker of his grid on WeChat), headed by a request to tell him by
// phone or in person; with no such worker it is left out, with a warning.
func (g *Guard) Out(ctx context.Context, out []bot.Outbound) []bot.Outbound {
	var kept []bot.Outbound
	for i, o := range out {
		p, ok := g.offline[o.To]
		if o.Kind != bot.Private || !ok {
			if kept != nil {
				kept = append(kept, o)
			}
			continue
		}
		if kept == nil {
			kept = append(make([]bot.Outbound, 0, len(out)), out[:i]...)
		}
		w, ok := g.worker(p)
		if !ok {
			g.log.WarnContext(ctx, "private message to a person who uses no WeChat, and no grid worker on WeChat to pass it on: not sent",
				"to", o.To, "village", p.Village, "grid", p.Grid, "text", o.Text)
			continue
		}
		g.log.InfoContext(ctx, "private message to a person who uses no WeChat goes to his grid worker",
			"to", o.To, "worker", w)
		o.To, o.Text = w, g.texts.Render("reach.relay", map[string]any{"P": p, "Text": o.Text})
		kept = append(kept, o)
	}
	if kept == nil {
		return out
	}
	return kept
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

// worker is the address of who passes messages on to p.
func (g *Guard) worker(p village.Person) (string, bool) {
	if w, ok := village.CaretakerOf(g.people.All(), p); ok && w.UsesWeChat {
		return g.people.Address(w.Key(), w.Name), true
	}
	for _, w := range g.people.InGrid(p.Village, p.Grid, village.RoleWorker) {
		if w.UsesWeChat {
			return g.people.Address(w.Key(), w.Name), true
		}
	}
	return "", false
}
