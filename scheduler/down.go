package scheduler

import (
	"context"
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
// who reported meanwhile would otherwise never know. Run outside quiet
// hours (daytime); per village, the post and its mark are one commit,
// deduplicated per downtime, so replicas and reruns post it once.
func (j *jobs) downNotice(ctx context.Context, at, now time.Time) error {
	from, to, down, err := lastDown(ctx, j.Store, storage.TownshipScope(j.Config.Township.Name))
	if err != nil || !down {
		return err
	}
	for _, v := range j.Config.Villages {
		sc := storage.VillageScope(v.Name)
		runs, err := j.Store.Counters(ctx, sc, digestRunsHash)
		if err != nil {
			return err
		}
		if to.Unix() <= runs[downToldGroups] {
			continue
		}
		data := map[string]any{"From": from, "To": to, "Now": now}
		var out []bot.Outbound
		for _, g := range v.Grids {
			out = append(out, j.toGroup(g.Group, "down.group", data, bot.Normal))
		}
		_, err = j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("down_notice", to, v.Name), Out: out,
			Incr: []storage.Incr{{Hash: digestRunsHash, Field: downToldGroups, By: to.Unix() - runs[downToldGroups]}}})
		if err != nil {
			return err
		}
	}
	return nil
}
