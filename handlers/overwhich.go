package handlers

import (
	"slices"

	"gridbot/village"
)

// hazardNames are, per hazard, words that name it even where they deny
// or end it ("不是真着火", "没漏气", "人找到了"): what tells which of
// several emergencies words of their end are about.
var hazardNames = map[village.Hazard][]string{
	village.HazardFire:     {"火", "烧", "烟"},
	village.HazardFlood:    {"淹", "涨水", "进水", "洪水", "发水", "水漫", "漫水", "水退", "水库", "决堤", "溃堤", "河水", "大水", "水位", "山洪"},
	village.HazardGas:      {"煤气", "燃气", "天然气", "液化气", "漏气", "气味", "气罐"},
	village.HazardMissing:  {"找到", "找着", "找回", "不见", "走丢", "走失", "回来了", "回家了"},
	village.HazardMedical:  {"受伤", "伤着", "撞", "摔", "晕", "流血", "出血", "医院", "病"},
	village.HazardCrime:    {"偷", "抢", "打人", "砍", "行凶", "小偷"},
	village.HazardCollapse: {"塌", "倒了", "垮"},
}

// overOfWhich narrows the emergencies (newest first) words that one is
// over or was a false alarm ("火灭了", "刚才是演练", "#R3 是误报 没漏气")
// may be of, when there are several, to those the words name: by #R,
// place or home (spreadFrom: "演练" names the alarm "演练着火了"), then by
// hazard ("没漏气" the gas leak), then to his own (hisOwn). What narrows to none leaves them all, to
// be asked which: a guess would stop the watchdog of another.
func overOfWhich(t *turn, open []village.Report) []village.Report {
	if len(open) < 2 {
		return open
	}
	open = spreadFrom(t, open)
	said := t.said().Canon
	if named := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		return !containsAnyOf(said, hazardNames[rep.Hazard]...)
	}); len(named) > 0 {
		open = named
	}
	return hisOwn(t, open)
}

// hisOwn narrows emergencies the sender's words fit alike to the one he
// raised or told of too, when there is one such: 张三's 「水退了」 with
// his yard's flood and the village entrance's open is of his yard. None
// or several of his: all are left, to be asked which.
func hisOwn(t *turn, open []village.Report) []village.Report {
	if len(open) < 2 {
		return open
	}
	own := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool { return !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) })
	if len(own) == 1 {
		return own
	}
	return open
}
