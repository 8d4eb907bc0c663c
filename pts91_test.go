package main

import (
	"strings"
	"testing"
)

// TestYearEndShortPostWhereNothingScored (pts91): at the year end a grid
// where nobody has counted points but something of the year still waits
// gets the short post, not nothing: 一组's claim still pending (it counts
// in 2026 when approved, no need to claim again), 二组's only points frozen
// by an objection (left out until checked). 三组 gets the full ranking.
// The objection upheld in January is told in 二组, which had the post.
func TestYearEndShortPostWhereNothingScored(t *testing.T) {
	out, _ := replayOut(t, `
{"at":"2026-11-02T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 20"}
{"at":"2026-11-02T09:01:00+08:00","chat":"青山村二组网格群","from":"赵六","text":"加分 黄晓东 志愿服务 10"}
{"at":"2026-12-01T09:00:00+08:00"}
{"at":"2026-12-03T09:00:00+08:00","chat":"青山村二组网格群","from":"杨春花","text":"异议 #C2 他那天没去"}
{"at":"2026-12-28T10:00:00+08:00","chat":"青山村一组网格群","from":"刘洋","text":"申请积分 义务劳动 打扫村口 证明人 何俊"}
{"at":"2026-12-31T18:00:00+08:00"}
{"at":"2027-01-03T09:00:00+08:00","chat":"青山村二组网格群","from":"赵六","text":"维持 #C2"}
`)
	yearEnd := func(chat string) string {
		var b strings.Builder
		for _, l := range out {
			if text, ok := strings.CutPrefix(l, "2026-12-31T18:00:00+08:00 "+chat+": 【2026年度积分排行】"); ok {
				text = "【2026年度积分排行】" + text
				b.WriteString(text + "\n")
			}
		}
		return b.String()
	}
	one, two, three := yearEnd("青山村一组网格群"), yearEnd("青山村二组网格群"), yearEnd("青山村三组网格群")
	for _, c := range []struct{ what, got, want string }{
		{"一组", one, "【2026年度积分排行】青山村一组\n本群2026年还没有审核通过的积分，全村的年终排行请发「积分排行 2026」查看。\n" +
			"本群另有 1 项2026年的积分申请还在审核，通过后也计入2026年、不清零，不用重新申请；排行有变动会在群里更正。\n2027年的积分从零算起。\n"},
		{"二组", two, "【2026年度积分排行】青山村二组\n本群2026年还没有审核通过的积分，全村的年终排行请发「积分排行 2026」查看。\n" +
			"黄永红户有异议待定的 10 分（未计入），核实后如有变动会在群里更正。\n2027年的积分从零算起。\n"},
	} {
		if c.got != c.want {
			t.Errorf("%s's year-end post:\n%s\nwant:\n%s", c.what, c.got, c.want)
		}
	}
	if !strings.Contains(three, "1. 张三户") || strings.Contains(three, "还在审核") || strings.Contains(three, "有异议待定") {
		t.Errorf("三组's year-end post:\n%s", three)
	}
	expectOut(t, out, "2027-01-03T09:00:00+08:00 青山村二组网格群: 【2026年度积分排行更正】")
}
