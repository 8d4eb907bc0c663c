package understand

import "gridbot/village"

// caution is one kind of danger a general report may leave in the open
// until it is fixed: the thing (words) in the state (with) that makes it
// one. A report of it gets a one-line safety hint (see village.Caution).
type caution struct {
	hazard village.Hazard
	words  lexicon
	with   lexicon
}

// cautions are the dangers, the first that fits wins: a line touched or
// down before a hole in the road ("树枝断了挂在电线上" is the power's).
var cautions = []caution{
	{hazard: village.HazardPower, words: newLexicon("电线", "高压线", "电缆", "电杆", "线杆", "变压器"),
		with: newLexicon("树枝", "树杈", "枝丫", "枝桠", "竹子", "树", "断了", "掉", "垂", "耷拉", "挂在", "搭在", "压着", "压到", "压弯", "倒了", "歪", "打火", "火花", "滋滋")},
	{hazard: village.HazardRoad, words: newLexicon("井盖", "窨井", "下水道口"),
		with: newLexicon("没了", "不见", "丢了", "被偷", "坏了", "破了", "碎了", "翻了", "掉", "缺", "烂了", "塌")},
	{hazard: village.HazardRoad, words: newLexicon("护栏", "栏杆", "围栏", "扶手"),
		with: newLexicon("断了", "坏了", "倒了", "掉了", "没了", "松了", "断", "撞坏", "撞断", "烂了", "缺了")},
	{hazard: village.HazardRoad, words: newLexicon("路", "桥", "涵洞", "路基", "路面"),
		with: newLexicon("冲垮", "冲坏", "冲毁", "冲断", "冲烂", "冲没", "冲走", "冲塌", "冲出", "掏空", "塌了", "塌陷", "垮了", "陷下去", "大坑", "深坑", "断了")},
}

// Caution is the danger text tells of that a passer-by could come to
// harm by before it is fixed (village.HazardRoad, village.HazardPower),
// or HazardNone. It reads any report, whoever classified it: the safety
// hint a report's reply carries depends on it.
func Caution(text string) village.Hazard {
	t := Canon(text)
	x := sketchOf(t)
	for _, c := range cautions {
		if containsAnyIn(t, &x, c.words) && containsAnyIn(t, &x, c.with) {
			return c.hazard
		}
	}
	return village.HazardNone
}
