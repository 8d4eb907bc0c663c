package scheduler

import (
	"context"
	"slices"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// downNoticeSpec is when downNotice looks for a downtime not yet told to
// the grid groups: often, so that the first tick outside quiet hours
// after the bot is back tells it.
const downNoticeSpec = "*/5 * * * *"

// downToldGroups is the field of digestRunsHash, in a village's scope,
// holding the end (Unix seconds) of the last downtime (lastDown) told to
// the village's grid groups.
const downToldGroups = "down_told_groups"

// downNotice tells each grid group, once per downtime, that what was said
// there while the bot was down (RunDue noted it: no job ran for more than
// DownAfter) was never registered, and asks the villagers to say it again.
// The 早报 tells the township office the same (digest.down); the villagers
// who reported meanwhile would otherwise never know. A shorter real stop
// (StopAfter; pts106) is told the same way, shorter, when it could have
// lost somebody something: it reached the day (toldStop). Run outside
// quiet hours (daytime); per village, the post and its mark are one
// commit, deduplicated per downtime, so replicas and reruns post it once.
func (j *jobs) downNotice(ctx context.Context, at, now time.Time) error {
	down, stop, err := j.Store.Gaps(ctx, storage.TownshipScope(j.Config.Township.Name))
	if err != nil {
		return err
	}
	if !j.toldStop(stop) {
		stop = storage.Gap{}
	}
	if !down.Noted && !stop.Noted {
		return nil
	}
	for _, v := range j.Config.Villages {
		sc := storage.VillageScope(v.Name)
		runs, err := j.Store.Counters(ctx, sc, digestRunsHash)
		if err != nil {
			return err
		}
		name, data, to := j.untold(down, stop, runs[downToldGroups], now)
		if name == "" {
			continue
		}
		var out []bot.Outbound
		for _, g := range v.Grids {
			out = append(out, j.toGroup(g.Group, name, data, bot.Normal))
		}
		_, err = j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("down_notice", to, v.Name), Out: out,
			Incr: []storage.Incr{{Hash: digestRunsHash, Field: downToldGroups, By: to.Unix() - runs[downToldGroups]}}})
		if err != nil {
			return err
		}
	}
	return nil
}

// untold is the notice downNotice posts to a village whose groups were
// last told of a gap ending at told (Unix seconds): the downtime or the
// stop (one told by toldStop) ending after told, or both in one post when
// both do (pts107: a night's downtime and a short stop the next morning,
// both before the first tick outside quiet hours, told only the stop).
// to is the later end, the mark to keep; name is "" when nothing is new.
func (j *jobs) untold(down, stop storage.Gap, told int64, now time.Time) (name string, data map[string]any, to time.Time) {
	gap := func(g storage.Gap) map[string]any { return j.gapData(g, now) }
	newDown, newStop := down.Noted && down.To.Unix() > told, stop.Noted && stop.To.Unix() > told
	switch {
	case newDown && newStop:
		data = gap(down)
		data["Stop"], data["StopFirst"] = gap(stop), stop.To.Before(down.From)
		return "down.both", data, maxTime(down.To, stop.To).In(j.loc)
	case newStop:
		return "down.stop", gap(stop), stop.To.In(j.loc)
	case newDown:
		return "down.group", gap(down), down.To.In(j.loc)
	}
	return "", nil, time.Time{}
}

// toldStop reports whether a stop noted under a day could have lost the
// villagers something, so that the grid groups hear of it: some of it was
// outside quiet hours, when people write to the groups and the bot. A stop
// wholly in the night is not told (whoever wrote then is rare, and a
// morning post of it would mostly be noise).
func (j *jobs) toldStop(g storage.Gap) bool {
	if !g.Noted || g.To.Sub(g.From) > DownAfter {
		return false // a downtime is told as one (down.group)
	}
	for t := g.From; t.Before(g.To); t = t.Add(5 * time.Minute) {
		if !j.quiet(t) {
			return true
		}
	}
	return !j.quiet(g.To)
}

// untoldGaps are the downtime and the stop (one told by toldStop) noted in
// scope sc that end after told (Unix seconds), earlier first, as the 早报
// tells them (digest.down: the stop "又停了一阵" after the downtime or
// before it); nil when none; last is the later end, the mark to keep.
// One round trip (Gaps).
func (j *jobs) untoldGaps(ctx context.Context, sc storage.Scope, told int64, now time.Time) (out []map[string]any, last time.Time, err error) {
	down, stop, err := j.Store.Gaps(ctx, sc)
	if err != nil {
		return nil, time.Time{}, err
	}
	type gap struct {
		storage.Gap
		stop bool
	}
	var gaps []gap
	for _, g := range []gap{{down, false}, {stop, true}} {
		if g.Noted && g.To.Unix() > told && (!g.stop || j.toldStop(g.Gap)) {
			gaps = append(gaps, g)
		}
	}
	slices.SortFunc(gaps, func(a, b gap) int { return a.To.Compare(b.To) })
	for _, g := range gaps {
		d := j.gapData(g.Gap, now)
		d["Stop"], last = g.stop, g.To.In(j.loc)
		out = append(out, d)
	}
	return out, last, nil
}

// gapData is a gap's data for the texts that tell it: its ends in the
// local zone, now, and whether it began and ended the same day.
func (j *jobs) gapData(g storage.Gap, now time.Time) map[string]any {
	from, to := g.From.In(j.loc), g.To.In(j.loc)
	return map[string]any{"From": from, "To": to, "Now": now, "SameDay": from.YearDay() == to.YearDay() && from.Year() == to.Year()}
}
