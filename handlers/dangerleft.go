package handlers

import (
	"context"
	"errors"
	"slices"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// dangerLeft puts in a's data (DangerOpen) the safety danger its alarm
// was raised at (Report.Danger, town108) when it is still open: 「办结
// #R2」 of 老刘家's house come down tells its handlers that #R1, the
// cracked wall reported before, waits for its own 办结 (town109: nothing
// reminded them). Not when the same command closes it too (「办结 #R2
// #R1」). The danger is read from this process's copy when it holds one;
// one read otherwise, on this rare path only.
func (r *Router) dangerLeft(ctx context.Context, a *lifecycle) error {
	ref := a.rep.Danger
	if slices.ContainsFunc(a.refs, func(x village.Ref) bool { return x.String() == ref }) {
		return nil
	}
	danger, ok, err := r.alarmsDanger(ctx, a)
	if ok && danger.Status.Open() && danger.Status != village.StatusResolved {
		a.data["DangerOpen"] = &danger
	}
	return err
}

// alarmsDanger is the safety danger a's alarm was raised at
// (Report.Danger): this process's copy when it holds one, else read; not
// ok when it is gone.
func (r *Router) alarmsDanger(ctx context.Context, a *lifecycle) (village.Report, bool, error) {
	danger, err := r.store.Report(ctx, a.sc, a.rep.Danger)
	if errors.Is(err, storage.ErrNotFound) {
		return village.Report{}, false, nil
	}
	return danger, err == nil, err
}

// dangerRelinked keeps the danger an alarm was raised at (Report.Danger)
// naming a true alarm (Report.CameTrue, town109): 「驳回 #R2 误报」 leaves
// it naming none, 「重复 #R3 #R2」 the alarm #R3 joins; written in the same
// commit (a.also). Nothing for any other verb, or when the danger names
// another alarm since.
func (r *Router) dangerRelinked(ctx context.Context, a *lifecycle) error {
	if a.rep.Type != village.Emergency || a.rep.Danger == "" || a.action != village.ActReject && a.action != village.ActDuplicate {
		return nil
	}
	danger, ok, err := r.alarmsDanger(ctx, a)
	if !ok || danger.CameTrue != a.rep.ID {
		return err
	}
	switch {
	case a.action == village.ActReject:
		danger.CameTrue, danger.CameTrueAt = "", time.Time{}
	case len(a.also) > 0 && a.also[0].ID == danger.ID:
		// merged into the danger itself: it names no alarm
		a.also[0].CameTrue, a.also[0].CameTrueAt = "", time.Time{}
		return nil
	case len(a.also) > 0 && a.also[0].Type == village.Emergency:
		danger.CameTrue, danger.CameTrueAt = a.also[0].ID, a.also[0].CreatedAt
	default:
		return nil
	}
	a.also = append(a.also, &danger)
	return nil
}
