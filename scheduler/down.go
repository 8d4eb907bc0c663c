package scheduler

import (
	"context"
	"slices"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
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

// downToldShop is the field of digestRunsHash, in a village's scope,
// holding the end (Unix seconds) of the last stop told to the village's
// shopkeepers (shopStopNotice).
const downToldShop = "down_told_shop"

// shopDayFrom and shopDayTo bound the hours a points shop may record
// redemptions in (08:00–18:00): a stop of the night alone lost none.
const shopDayFrom, shopDayTo = 8, 18

// shopStopNotice tells each village's shopkeepers privately, once per
// stop, that the bot did not run from from to to (the last stop of an
// hour or more the scheduler noted, a downtime's included): the 兑换, 补货
// and 撤销兑换 they sent meanwhile were never recorded, and a household
// whose goods went unrecorded keeps points it has spent (pts105). Only a
// stop that reached into the shop's day (shopDayFrom–shopDayTo); the
// grid groups hear of a downtime of a day (downNotice), not of a short
// stop. Per village, the messages and the mark are one commit,
// deduplicated per stop. One read, and a read per village only after a
// stop.
func (j *jobs) shopStopNotice(ctx context.Context, now time.Time) error {
	from, to, ok, err := j.Store.LastDown(ctx, storage.TownshipScope(j.Config.Township.Name))
	if err != nil || !ok || !inShopDay(from, to, now.Location()) {
		return err
	}
	for _, v := range j.Config.Villages {
		var keepers []string
		for _, g := range v.Grids {
			for _, k := range j.People.InGrid(v.Name, g.Name, village.RoleShopkeeper) {
				if !slices.Contains(keepers, k.Name) {
					keepers = append(keepers, k.Name)
				}
			}
		}
		if len(keepers) == 0 {
			continue
		}
		sc := storage.VillageScope(v.Name)
		runs, err := j.Store.Counters(ctx, sc, digestRunsHash)
		if err != nil {
			return err
		}
		if to.Unix() <= runs[downToldShop] {
			continue
		}
		data := map[string]any{"From": from, "To": to, "Now": now}
		var out []bot.Outbound
		for _, k := range keepers {
			out = append(out, j.privately(v.Name, k, "down.shop", data))
		}
		_, err = j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("down_shop", to, v.Name), Out: out,
			Incr: []storage.Incr{{Hash: digestRunsHash, Field: downToldShop, By: to.Unix() - runs[downToldShop]}}})
		if err != nil {
			return err
		}
	}
	return nil
}

// inShopDay reports whether from–to (a stop) reaches into a shop's day,
// shopDayFrom to shopDayTo in loc, of any day it spans.
func inShopDay(from, to time.Time, loc *time.Location) bool {
	from, to = from.In(loc), to.In(loc)
	for d := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, loc); d.Before(to); d = d.AddDate(0, 0, 1) {
		open, shut := d.Add(shopDayFrom*time.Hour), d.Add(shopDayTo*time.Hour)
		if from.Before(shut) && to.After(open) {
			return true
		}
	}
	return false
}
