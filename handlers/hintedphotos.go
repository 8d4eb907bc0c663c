package handlers

import (
	"context"
	"errors"
	"fmt"

	"gridbot/storage"
	"gridbot/village"
)

// withPhotos adds the turn's photos to rep, as the item's evidence: an
// explicit 办结 or 进展 sent with them does (prepareAct), and so do plain
// words that it is done which only hint the 办结 (the reporter's 「灯好了」,
// saysFixed; a handler's 「修好了」, hintDone): the photo of the lamp lit
// is the best proof there is, and the bare 办结 after carries none.
// data["Photos"] counts them; false when the message has none.
func withPhotos(t *turn, rep *village.Report, data map[string]any) bool {
	n := len(t.m.Images)
	if n == 0 {
		return false
	}
	rep.Images = append(rep.Images, t.m.Images...)
	data["Photos"] = n
	return true
}

// photosAudit is the audit entry of photos added to rep by the turn.
func photosAudit(t *turn, rep village.Report) storage.Audit {
	return storage.Audit{At: t.at, By: t.who.Name, Action: "evidence", Note: fmt.Sprintf("#%s +%d", rep.ID, len(t.m.Images))}
}

// hintDone answers a handler's plain words that rep, the one item they
// fit, is done (progress.which with Fixed: the 办结 to send): sent with
// photos, they are added to rep in the reply's commit (withPhotos), one
// round trip. rep is as the open reports were read (a copy): changed
// meanwhile, the commit is refused and rep is read once and the photos
// added to it as stored; closed meanwhile, he gets the hint alone.
func (r *Router) hintDone(ctx context.Context, t *turn, rep village.Report, data map[string]any) error {
	if len(t.m.Images) == 0 {
		return r.reply(ctx, t, "progress.which", data)
	}
	sc := storage.VillageScope(rep.Village)
	for try := 0; ; try++ {
		withPhotos(t, &rep, data)
		c := storage.Change{Scope: sc, MsgID: t.m.ID, Report: &rep, Out: r.replyOut(t, "progress.which", data), Audit: photosAudit(t, rep)}
		err := r.commitTurn(ctx, t, t.copies.guard(c), nil)
		if !errors.Is(err, storage.ErrConflict) || try > 0 || t.copies.any() {
			// copies refused: the message is handled again on Redis's (Router.Handle)
			return err
		}
		fresh, err := r.store.Report(ctx, sc, rep.ID)
		if err != nil {
			return err
		}
		if !fresh.Status.Open() || fresh.Status == village.StatusResolved {
			delete(data, "Photos")
			return r.reply(ctx, t, "progress.which", data)
		}
		rep = fresh
	}
}
