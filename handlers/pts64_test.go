package handlers_test

import (
	"testing"
)

// TestClaimDeedDayByWeekday: a claim naming the weekday of its deed
// (「上周三…」, 「周日…」, read from the message's day, never ahead of it)
// is of that day: last Wednesday's 义务劳动 is not yesterday's claimed
// this morning, and filed; a bare 周日 said on a Monday is yesterday, the
// same deed as 「昨天…」, and not filed twice.
func TestClaimDeedDayByWeekday(t *testing.T) {
	b := examplePointsBot(t) // Monday 2 March 2026
	has(t, "yesterday's deed", b.say("张三", "申请积分 昨天参加义务劳动 清理河道 证明人 王五"), "已登记积分申请 #C1")
	has(t, "last Wednesday's", b.say("张三", "申请积分 上周三参加义务劳动 打扫村口 证明人 王五"), "已登记积分申请 #C2")
	got := b.say("张三", "申请积分 周日参加义务劳动 搬石头 证明人 王五")
	has(t, "Sunday is yesterday", got, "今天已经申请过 #C1")
	lacks(t, "Sunday is yesterday", got, "#C3")
	has(t, "a Wednesday two weeks back", b.say("张三", "申请积分 上上周三参加义务劳动 修水渠 证明人 王五"), "已登记积分申请 #C3")
}
