package handlers_test

import (
	"testing"
	"time"
)

// TestClaimDateOfLastYearSaysIt: a claim made in December and still
// waiting in January is listed to its scorer (待审) with its year,
// 「2026年12月20日申请」; read in the same December, the date alone.
// Claims' dates are read at the data's Now (dateIn), as every other
// date is (village.Dated).
func TestClaimDateOfLastYearSaysIt(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 20, 10, 0, 0, 0, at.Location())
	has(t, "claimed", b.say("张三", "申请积分 义务劳动 打扫村口"), "#C1")
	same := b.privately("赵六", "待审")
	has(t, "read in December", same, "12月20日申请")
	lacks(t, "read in December", same, "2026年")

	b.now = time.Date(2027, 1, 5, 10, 0, 0, 0, at.Location())
	has(t, "read in January", b.privately("赵六", "待审"), "2026年12月20日申请")
}
