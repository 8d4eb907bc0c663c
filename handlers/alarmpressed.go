package handlers

// A villager's press of an alarm nobody confirmed (rep108): it reaches
// everyone the alarm asked to come, and the duty chat once overdue.

import (
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/village"
)

// alarmResponders are the names an alarm nobody confirmed asked to come,
// as its first post did: its handlers and the grid's workers, or, when a
// cadre of the grid is missing or hurt, those its AlarmAsk asks.
func (r *Router) alarmResponders(rep village.Report) []string {
	if ask := r.alarmAsk(rep); ask.Set() {
		return ask.Names()
	}
	names := words.CmpOrNames(rep.Handlers, r.leaderNames(rep.Village, rep.Grid))
	return words.AppendNew(names, words.Names(r.people.InGrid(rep.Village, rep.Grid, village.RoleWorker))...)
}

// alarmPressed is tellHandlers for rep, an alarm nobody confirmed that a
// villager presses: block privately to each of its responders (each away
// replaced by who has his items), and, once it has waited past
// sla.emergency.accept, block+".duty" to the duty chat.
func (r *Router) alarmPressed(t *turn, rep *village.Report, block string, data map[string]any) []bot.Outbound {
	var out []bot.Outbound
	me := r.shown(t.who)
	for _, to := range r.reached(t.at, *rep, r.alarmResponders(*rep)) {
		if to != me {
			out = append(out, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Urgent, Text: r.textsTo(rep.Village, to).Render(block, data)})
		}
	}
	if chat := r.cfg.Township.EmergencyChat; chat != "" && t.at.Sub(rep.CreatedAt) >= r.cfg.SLA.Emergency.Accept.Std() {
		d := map[string]any{"Phone": t.who.Phone, "Waited": t.at.Sub(rep.CreatedAt).Truncate(time.Minute)}
		for k, v := range data {
			d[k] = v
		}
		out = append(out, bot.Outbound{To: chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render(block+".duty", d)})
	}
	return out
}
