package handlers

import (
	"context"
	"errors"
	"slices"

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
	danger, err := r.store.Report(ctx, a.sc, ref)
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if danger.Status.Open() && danger.Status != village.StatusResolved {
		a.data["DangerOpen"] = &danger
	}
	return nil
}
