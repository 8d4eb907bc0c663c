package handlers_test

import (
	"testing"
	"time"
)

// TestMinePointsRedeemedThisYearOnly: 「今年已兑换」 in January counts
// January's redemptions, not December's.
func TestMinePointsRedeemedThisYearOnly(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 20, 9, 0, 0, 0, at.Location())
	b.fund("QS-301", 50)
	has(t, "december", b.say("周八", "兑换 张三 洗衣液 1"), "已兑换 #L1")
	has(t, "in december", b.privately("张三", "我的积分"), "可兑换：30 分（今年已兑换 20 分）")
	b.now = time.Date(2027, 1, 10, 9, 0, 0, 0, at.Location())
	got := b.privately("张三", "我的积分")
	has(t, "in january", got, "张三户2027年积分", "可兑换：30 分")
	lacks(t, "in january", got, "今年已兑换")
}
