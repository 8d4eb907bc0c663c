package scheduler

import (
	"context"
	"slices"
	"time"

	"gridbot/village"
)

// itemCovers says, for the reminders of one run, who has the items of a
// handler away (village.Away: 「我这两天发烧住院了」, 「王五病了 他的事我先
// 管着」) until he is back: his grid's leader or the leader standing in
// (village.ItemsCover), reminded in his place (rep103). Each village's
// absences are read once, when its first reminder is addressed.
type itemCovers struct {
	j    *jobs
	ctx  context.Context
	at   time.Time
	read map[string]standIns
}

func (j *jobs) itemCovers(ctx context.Context, at time.Time) *itemCovers {
	return &itemCovers{j: j, ctx: ctx, at: at, read: map[string]standIns{}}
}

// of is r as its reminder addresses it: each handler away replaced by
// who has his items (never committed: r's own copy is), and a line for
// each (Who, Cover, Last, Now) for the reminder to say why. An absence
// unreadable leaves the handlers as they are.
func (c *itemCovers) of(r village.Report) (village.Report, []map[string]any) {
	if c == nil || len(r.Handlers) == 0 {
		return r, nil
	}
	s, ok := c.read[r.Village]
	if !ok {
		var err error
		if s, err = c.j.readStandIns(c.ctx, r.Village); err != nil {
			c.j.Logger.WarnContext(c.ctx, "absences unread: reminders go to the handlers", "village", r.Village, "err", err)
		}
		c.read[r.Village] = s
	}
	var handlers []string
	var lines []map[string]any
	for _, h := range r.Handlers {
		to := h
		if p, err := c.j.People.Lookup(r.Village, h); err == nil {
			if a, ok := s[p.Key()]; ok && a.On(c.at) {
				if q, ok := village.ItemsCover(c.j.People.All(), r.Village, a, s.awayAt(c.at)); ok {
					to = c.j.address(q)
					lines = append(lines, map[string]any{"Who": h, "Cover": to, "Last": a.LastDay(), "Now": c.at})
				}
			}
		}
		if !slices.Contains(handlers, to) {
			handlers = append(handlers, to)
		}
	}
	if lines == nil {
		return r, nil
	}
	r.Handlers = handlers
	return r, lines
}

// cover fills d.Covered: each listed item a handler away has names who
// has it meanwhile (village.HandlersLine), as its reminder does (rep104).
func (c *itemCovers) cover(d *village.GridDigest) {
	for _, r := range d.Shown {
		_, lines := c.of(r)
		if len(lines) == 0 {
			continue
		}
		covers := map[string]string{}
		for _, l := range lines {
			covers[l["Who"].(string)] = l["Cover"].(string)
		}
		if d.Covered == nil {
			d.Covered = map[string]string{}
		}
		d.Covered[r.ID] = village.HandlersLine(r.Handlers, covers)
	}
}
