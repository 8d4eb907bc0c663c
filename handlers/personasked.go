package handlers

import (
	"context"

	"gridbot/handlers/words"
	"gridbot/village"
)

// personAsked answers an officer's question on one open item about how a
// person in it is now ("R3 王奶奶人怎么样了", "#R5 老人现在咋样了"): the
// record holds only the item's last step, so the grid is asked, as 「R3
// 电工几点到？」 is (镇里问), and the officer is told that last step
// meanwhile (town105: it was answered as 查 alone, nobody asked). A
// closed item, or none found, is left to 查 as before. done is false for
// any other note.
func (r *Router) personAsked(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	if len(n.refs) != 1 || !officerHere(t) {
		return false, nil
	}
	if !words.AsksAfterPerson(n.note, r.onRoster) {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil || !ok || !rep.Status.Open() || rep.Status == village.StatusResolved {
		return err != nil, err
	}
	return true, r.lifecycleOf(ctx, t, command{verb: words.VAsk, word: string(words.VAsk), args: n.note, refs: n.refs}, n.refs)
}
