package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestClaimResentDeclinedAsVillager: a villager's 「2」 to the question
// about a claim resent in the same words is told how a claim is made, not
// the scorer's 「没有记…第2次」; his 「1」 files it, and the scorers told
// privately see the deed without the 「再记一次」 it was run with, nor a
// typed 又一次. A scorer's 「2」 keeps the scorer's wording.
func TestClaimResentDeclinedAsVillager(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim", c.private("张三", "申请积分 义务劳动 打扫村口 证明人 陈二"), "已登记积分申请 #C1")
	c.say("赵六", "同意 #C1 8")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "resent", c.private("张三", "申请积分 义务劳动，打扫村口 证明人 陈二"), "这条先没有登记")
	got := c.private("张三", "2")
	expect(t, "declined", got, "张三: 好的，这条没有登记，原来那条申请照旧，不受影响。以后又做了同样的事，申请时写上是哪天做的（如「3月3日」），就会直接登记。")
	lacks(t, "declined", got, "没有记。", "第2次", "再记一次")
	has(t, "resent again", c.private("张三", "申请积分 义务劳动，打扫村口 证明人 陈二"), "这条先没有登记")
	got = c.private("张三", "1")
	has(t, "meant", got, "已登记积分申请 #C2", "【积分申请】张三户·张三 #C2「参加义务劳动、集体劳动」5–10分：义务劳动，打扫村口 证明人 陈二\n")
	lacks(t, "meant", got, "再记一次")
	got = c.private("陈二", "申请积分 义务劳动 又一次 打扫村口 证明人 王五")
	has(t, "typed", got, "#C3", "5–10分：义务劳动 打扫村口 证明人 王五\n")
	lacks(t, "typed", got, "又一次")

	has(t, "scorer", c.say("赵六", "加分 陈二 义务劳动 6"), "已记录")
	has(t, "scorer again", c.say("赵六", "加分 陈二 义务劳动 6"), "这条还没有记录")
	has(t, "scorer declined", c.say("赵六", "2"), "好的，没有记。", "第2次")
}

// TestCoverageLeadersPressedOnlyWhenLate: the township's picture of this
// month's calls asks the grid leaders to press their workers only when a
// call is past its day; the calls listed this morning are not late yet.
func TestCoverageLeadersPressedOnlyWhenLate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	coverageMonth(t, c)
	got := c.office("回访覆盖率多少")
	has(t, "today", got, "还没有过了日子没打的，网格员打完回复后再问我就能看到。")
	lacks(t, "today", got, "督促")
	c.now = c.now.Add(24 * time.Hour)
	got = c.office("回访覆盖率多少")
	has(t, "next day", got, "其中 2 位过了该打的日子还没联系上，请各网格长督促负责的网格员本月补上。")
	lacks(t, "next day", got, "还没有过了日子")
}
