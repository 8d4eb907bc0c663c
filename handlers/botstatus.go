package handlers

import (
	"context"

	"gridbot/understand"
	"gridbot/village"
)

// modelHealth is a Reader that tells the state of its language model
// (understand.Pipeline).
type modelHealth interface {
	Health() understand.Health
}

// botStatus answers whether the bot works ("机器人运行正常吗", 「状态」):
// to anyone that it is here and what to send; to those who run it (an
// admin, a township officer) also what does not work now, the transport's
// troubles and a language model paused, or that nothing is wrong. No
// commit: a reply and nothing else.
func (r *Router) botStatus(ctx context.Context, t *turn) error {
	operator := t.who.Has(village.RoleAdmin) || t.who.Has(village.RoleOfficer)
	data := map[string]any{"Operator": operator}
	if !operator {
		return r.reply(ctx, t, "bot.status", data)
	}
	if r.troubles != nil {
		data["Troubles"], data["Known"] = r.troubles(ctx), true
	}
	data["LLM"] = r.cfg.LLM.Enabled
	if m, ok := r.reader.(modelHealth); ok && r.cfg.LLM.Enabled {
		h := m.Health()
		data["Model"] = h.State
		if !h.RetryAt.IsZero() {
			data["RetryAt"] = h.RetryAt.In(r.cfg.Location()).Format("15:04")
		}
	}
	return r.reply(ctx, t, "bot.status", data)
}
