package words

import (
	"gridbot/village"
)

// HazardNames are, per hazard, words that name it even where they deny
// or end it ("不是真着火", "没漏气", "人找到了"): what tells which of
// several emergencies words of their end are about.
var HazardNames = map[village.Hazard][]string{
	village.HazardFire:     {"火", "烧", "烟"},
	village.HazardFlood:    {"淹", "涨水", "进水", "洪水", "发水", "水漫", "漫水", "水退", "水库", "决堤", "溃堤", "河水", "大水", "水位", "山洪"},
	village.HazardGas:      {"煤气", "燃气", "天然气", "液化气", "漏气", "气味", "气罐"},
	village.HazardMissing:  {"找到", "找着", "找回", "不见", "走丢", "走失", "回来了", "回家了"},
	village.HazardMedical:  {"受伤", "伤着", "撞", "摔", "晕", "流血", "出血", "医院", "病"},
	village.HazardCrime:    {"偷", "抢", "打人", "砍", "行凶", "小偷"},
	village.HazardCollapse: {"塌", "倒了", "垮"},
}
