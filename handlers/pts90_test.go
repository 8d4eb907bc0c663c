package handlers_test

import (
	"testing"
	"time"
)

// TestDecemberPointsYearAnswered (pts90): 「12月的分怎么算」 in December and
// 「12月份加的分算今年还是明年」 in January are answered with the rule
// pts89 built: December's points count in that year, a claim made before
// the 12-31 18:00 clearing counts there when approved later, the clearing
// leaves December's approvals. Before, neither got an answer.
func TestDecemberPointsYearAnswered(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 10, 10, 0, 0, 0, b.now.Location())
	got := b.say("张三", "12月的分怎么算")
	has(t, "December's question", got, "2026年12月的积分都算2026年", "12月31日", "18:00年终结算前提的申请",
		"不会在年终清零", "结算后提的申请计入2027年", "发「我的积分」")
	b.now = time.Date(2027, 1, 5, 10, 0, 0, 0, b.now.Location())
	got = b.say("陈二", "12月份加的分算今年还是明年")
	has(t, "January's question", got, "2026年12月的积分都算2026年", "没有在年终清零", "按申请的年份计入2026年")
}
