package main

import "testing"

// TestYearEndBalanceSaysWhence: on 8 January 我的积分 showed 「2027年积分：
// 户总分 0 分」 beside 「可兑换：10 分」 without saying those 10 are last
// year's December points, final after the clearing; in December the
// shopkeeper's 「积分不够」 said what the balance buys but not that it is
// cleared on 31 December at 18:00 (pts86).
func TestYearEndBalanceSaysWhence(t *testing.T) {
	out, _ := transcriptConfig(t, exampleConfig(t),
		`{"at":"2026-11-02T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 10"}`,
		`{"at":"2026-12-01T09:00:00+08:00"}`,
		`{"at":"2026-12-08T09:00:00+08:00"}`,
		`{"at":"2026-12-10T10:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 10"}`,
		`{"at":"2026-12-20T10:00:00+08:00","chat":"青山村三组网格群","from":"周八","text":"兑换 张三 食用油 1"}`,
		`{"at":"2026-12-31T18:00:00+08:00"}`,
		`{"at":"2027-01-01T09:00:00+08:00"}`,
		`{"at":"2027-01-08T09:00:00+08:00"}`,
		`{"at":"2027-01-08T10:00:00+08:00","kind":"private","from":"张三","text":"我的积分"}`,
		`{"at":"2027-01-09T10:00:00+08:00","chat":"青山村三组网格群","from":"周八","text":"兑换 张三 香皂 1"}`,
		`{"at":"2027-01-09T10:01:00+08:00","kind":"private","from":"张三","text":"我的积分"}`,
	)
	expectOut(t, out,
		"12-20T10:00 周八 | 积分不够，没有兑换：张三户可兑换积分 10 分",
		"10 分够换：香皂、牙膏、食用盐、酱油、毛巾、洗洁精，12月31日 18:00年终清零前请兑换完。",
		"01-08T10:00 张三 | 张三户2027年还没有积分；",
		"可兑换：10 分（2026年的积分，年终结算后才生效，今年照样能兑换），到积分超市找周八兑换。",
		"可兑换：5 分（2026年的积分，年终结算后才生效，今年照样能兑换；今年已兑换 5 分），到积分超市找周八兑换。")
	expectNoLine(t, out, "01-08", "年终清零前请兑换完", "January's balance told to hurry")
}
