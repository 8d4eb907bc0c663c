package handlers

import (
	"context"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// fallAsked asks back a villager in a grid group who tells of someone who
// fell and nothing of how he is (understand.FellUntold: 「俺爹骑摩托车在冰
// 上摔了」), which nothing else took: whether he is hurt, with 120 and what
// to say for the alarm (emergency.fall.ask). Nothing is registered; the
// reply is its one commit (alarm104: such words got silence in the ice).
// A question whether to lift him (understand.FallAsked: 「老人摔了能不能
// 扶」, a query) is answered the same way, how to tell first (alarm105).
func (r *Router) fallAsked(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	asked := reading.Intent == village.IntentQuery && understand.FallAsked(t.said())
	if t.where.Kind != words.InGrid || reading.Intent != village.IntentNoise && !asked || t.who.Tends(t.where.Village, t.where.Grid) ||
		!understand.FellUntold(t.said()) {
		return false, nil
	}
	return true, r.reply(ctx, t, "emergency.fall.ask", map[string]any{"Who": t.who.Name, "Asked": asked,
		"Ice": words.ContainsAnyOf(t.text, "冰", "雪", "滑"), "Ride": understand.SceneOf(t.said(), village.HazardMedical).Crash})
}
