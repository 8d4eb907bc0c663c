package main

import (
	"testing"

	"gridbot/village"
)

// yearEndRush is a household's year end as it happens: November's 20
// points final on 8 December, December's 10 approved (listed 1 January),
// a sale at 17:59 on 31 December whose message is delivered again at
// 18:01, after the year-end run cleared what was left (pts85).
const yearEndRush = `
{"at":"2026-11-02T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 20"}
{"at":"2026-12-01T09:00:00+08:00"}
{"at":"2026-12-08T09:00:00+08:00"}
{"at":"2026-12-10T10:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 10"}
{"at":"2026-12-20T10:00:00+08:00","kind":"private","from":"张三","text":"我的积分"}
{"at":"2026-12-20T10:01:00+08:00","chat":"青山村三组网格群","from":"张三","text":"这个月批的分年底前能换东西吗"}
{"at":"2026-12-31T17:59:00+08:00","id":"sale-1","chat":"青山村三组网格群","from":"周八","text":"兑换 张三 香皂 1"}
{"at":"2026-12-31T18:00:00+08:00"}
{"at":"2026-12-31T18:01:00+08:00","id":"sale-1","chat":"青山村三组网格群","from":"周八","text":"兑换 张三 香皂 1"}
{"at":"2027-01-01T09:00:00+08:00"}
{"at":"2027-01-02T10:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"去年的分还能换吗"}
{"at":"2027-01-02T10:01:00+08:00","chat":"青山村三组网格群","from":"张三","text":"积分排行 2026"}
{"at":"2027-01-08T09:00:00+08:00"}
{"at":"2027-01-08T10:00:00+08:00","chat":"青山村三组网格群","from":"周八","text":"兑换 张三 香皂 1"}
{"at":"2027-06-01T10:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"积分过期吗"}
`

// TestYearEndRushAndReset: December's balance says when it clears; the
// question whether December's points can be spent before the year end
// is answered (it was ignored): listed 1 January, not cleared; in January
// 「去年的分还能换吗」 says the clearing happened and what it left (it
// said 「会在12月31日…清零，请在那之前兑换」, as if still to come); a sale
// delivered again across the reset is charged once, and the points the
// clearing left are spent after their window.
func TestYearEndRushAndReset(t *testing.T) {
	out, st := replayOut(t, yearEndRush)
	expectOut(t, out,
		"2026-12-20T10:00:00+08:00 张三: 张三户2026年积分：户总分 30 分",
		"可兑换：20 分，到积分超市找周八兑换，12月31日 18:00年终清零前请兑换完。",
		"2026-12-20T10:01:00+08:00 青山村三组网格群: 没兑换的积分会在12月31日 18:00年终结算时清零，请在那之前兑换；现在通过的积分1月1日才公示，不在这次清零，公示期满没有异议照样能兑换；",
		"2026-12-31T17:59:00+08:00 青山村三组网格群: 已兑换 #D1：张三户·张三 香皂 1块，用 5 分。",
		"2027-01-02T10:00:00+08:00 青山村三组网格群: 2026年没兑换的积分已在2026年12月31日 18:00年终结算时清零，不能再兑换了；当时还没生效的积分不清零（1月1日公示的那些，和结算后才审核通过的2026年申请），公示期满没有异议就可以兑换。2027年的积分没兑换的，会在12月31日 18:00年终结算时清零。",
		// honours named 暂定 (this config honours any score): their
		// settlement is posted, as the 暂定 answer says
		"2027-01-02T10:01:00+08:00 青山村三组网格群: 青山村2026年年终积分排行（暂定，按户均分）：",
		"2026年还有积分在公示或待核实，以上排行和荣誉户暂定；都确定后会在群里说。",
		"2027-01-08T09:00:00+08:00 青山村三组网格群: 【2026年积分荣誉户已确定】",
		"2027-01-08T10:00:00+08:00 青山村三组网格群: 已兑换 #D2：张三户·张三 香皂 1块，用 5 分。",
		"2027-06-01T10:00:00+08:00 青山村三组网格群: 没兑换的积分会在12月31日 18:00年终结算时清零（清零前一个月会在群里提醒），请在那之前兑换；积分排名每年从零算起。")
	expectNoLine(t, out, "2026-12-31T18:01", "", "the sale delivered again is answered")
	expectNoLine(t, out, "2027-06-01", "已在", "a question in June is about the next clearing")
	var sold, cleared int
	for _, e := range st.Ledger {
		switch {
		case e.Household != "" && e.Event == village.EventRedeem:
			sold += e.Points
		case e.Event == village.EventClear:
			cleared += e.Points
		}
	}
	// 20 final: 5 sold before the clearing, 15 cleared; the 10 it left: 5 sold after
	if sold != 10 || cleared != 15 {
		t.Errorf("sold %d, cleared %d; want 10 sold (once before, once after the reset), 15 cleared", sold, cleared)
	}
}

// TestQuietSettlementPromisesNoPost: on the example village (honours
// need a household average of 20) nobody is honoured at the year end nor
// after, so the settlement posts nothing; the 暂定 answers (积分排行 2026,
// 我的积分's line about last year) promised 「都确定后会在群里说」 and
// nothing came. They now promise what does come: a correction when the
// ranking changes (pts85).
func TestQuietSettlementPromisesNoPost(t *testing.T) {
	out, _ := transcriptConfig(t, exampleConfig(t),
		`{"at":"2026-12-10T10:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 10"}`,
		`{"at":"2026-12-31T18:00:00+08:00"}`,
		`{"at":"2027-01-01T09:00:00+08:00"}`,
		`{"at":"2027-01-02T10:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"积分排行 2026"}`,
		`{"at":"2027-01-02T10:01:00+08:00","kind":"private","from":"张三","text":"我的积分"}`,
		`{"at":"2027-01-08T09:00:00+08:00"}`,
		`{"at":"2027-01-08T10:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"积分排行 2026"}`,
	)
	expectOut(t, out,
		"01-02T10:00 青山村三组网格群 | 青山村2026年年终积分排行（暂定，按户均分）：",
		"2026年还有积分在公示或待核实，以上排行和荣誉户暂定；排名有变动会在群里更正。",
		"（暂定：还有积分在公示或待核实，排名有变动会在群里更正）",
		"01-08T10:00 青山村三组网格群 | 青山村2026年年终积分排行（按户均分）：")
	expectNoLine(t, out, "", "都确定后会在群里说", "a post promised that never comes")
	expectNoLine(t, out, "", "荣誉户已确定", "a settlement with no honours is posted")
}
