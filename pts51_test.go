package main

import (
	"strings"
	"testing"
)

// TestPointsAnswersOnYearEndEvening: after the year-end run (31 December
// 18:00) the points year is the next one, but to a villager 今年 is still
// the year just closed: 积分排行 and 我的积分 that evening name the years
// (「2026年已年终结算，2027年还没有哪一户得分」, 「2027年从零算起，…可查2026年
// 的排行」); before the run, and in January, they say 今年 and 去年.
func TestPointsAnswersOnYearEndEvening(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-12-10T10:00", "赵六", "加分 张三 志愿服务 10"},
		[3]string{"2026-12-31T17:00", "张三", "积分排行"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2026-12-31T20:00", "陈二", "积分排行"},
		[3]string{"2026-12-31T20:01", "张三", "我的积分"},
		[3]string{"2027-01-01T08:00", "陈二", "积分排行"},
		[3]string{"2027-01-01T08:01", "张三", "我的积分"}))
	expectOut(t, out,
		"2026-12-31T17:00:00+08:00 青山村三组网格群: 青山村2026年积分排行（按户均分）：\n1. 张三户",
		"2026-12-31T20:00:00+08:00 青山村三组网格群: 青山村2027年积分排行（按户均分）：\n"+
			"2026年已年终结算，2027年还没有哪一户得分。2026年的年终排行请发「积分排行 2026」。做了好事可以发「申请积分 做了什么」，评分小组审核通过后就计入排行。\n"+
			"您家2027年户总分 0 分，发「积分帮助」看怎么挣积分。",
		"2026-12-31T20:01:00+08:00 张三: 张三户2027年还没有积分；2026年已年终结算",
		"2026年已年终结算：户总分 10 分，全村第 1 名，积分荣誉户（暂定",
		"，发「积分排行 2026」可查2026年的排行。",
		"2027-01-01T08:00:00+08:00 青山村三组网格群: 青山村2027年积分排行（按户均分）：\n"+
			"还没有哪一户得分。2026年的年终排行请发「积分排行 2026」。",
		"您家今年户总分 0 分，发「积分帮助」看怎么挣积分。",
		"2027-01-01T08:01:00+08:00 张三: 张三户2027年还没有积分；",
		"，发「积分排行 2026」可查去年的排行。")
	for _, line := range out {
		if strings.HasPrefix(line, "2026-12-31T20:0") && strings.Contains(line, "今年") {
			t.Errorf("on the evening of 31 December, 今年 is the closed year to a villager:\n%s", line)
		}
	}
}
