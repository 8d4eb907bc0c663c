package scheduler

import (
	"context"
	"slices"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// askReminder reminds a grid, once, of the township's question about one
// of its items (镇里问) that it left unanswered sla.ask_remind_after
// (village.Report.OpenAsk): privately, whom the question went to (the
// grid's leaders and the item's other handlers but the township's), as
// the question did; the 早报 lists the ones still waiting. A question
// asked again after the reminder is reminded of again. An order (督办) on
// an item the township holds now (Report.AskHolders) goes to whoever
// holds it, not to the grid: the officers among its handlers but the
// asker.
func (j *jobs) askReminder(ctx context.Context, at, now time.Time) error {
	after := j.Config.SLA.AskRemindAfter.Std()
	return j.eachReportCopied(ctx, func(sc storage.Scope, r village.Report) *storage.Change {
		ask, ok := r.OpenAsk()
		if !ok || !r.AskRemindedAt.Before(ask.At) || at.Before(ask.At.Add(after)) {
			return nil
		}
		var out []bot.Outbound
		if town := r.AskHolders(ask, j.People.Lookup); len(town) > 0 {
			// the township holds it now (taken over by a way that did not
			// make the order moot: 指派 to another officer): the order is
			// its holders' to answer, not the grid's, which only helps;
			// one the asker holds himself is his own work
			data := map[string]any{"R": r, "Ask": ask, "Now": now, "Holder": true}
			for _, o := range town {
				if o != ask.By {
					out = append(out, j.privately(r.Village, o, "ask.remind", data))
				}
			}
		} else {
			data := map[string]any{"R": r, "Ask": ask, "Now": now}
			officers := r.Officers(j.People.Lookup)
			var sent []string
			tell := func(to string) {
				if to != "" && !slices.Contains(sent, to) && !slices.Contains(officers, to) {
					sent = append(sent, to)
					out = append(out, j.privately(r.Village, to, "ask.remind", data))
				}
			}
			for _, p := range j.People.InGrid(r.Village, r.Grid, village.RoleLeader) {
				tell(j.address(p))
			}
			for _, h := range r.Handlers {
				tell(h)
			}
		}
		if len(out) == 0 {
			return nil // nobody of the grid to remind: the 早报 lists it
		}
		r.AskRemindedAt = now
		return &storage.Change{Scope: sc, MsgID: runID("ask_reminder", at, r.ID), Report: &r, Out: out,
			Audit: storage.Audit{At: at, By: village.SystemActor, Action: "ask_reminder", Note: ask.Note}}
	})
}
