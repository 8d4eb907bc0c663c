package handlers_test

import (
	"testing"
	"time"
)

// TestClaimDuplicateByDeedDay: a claim is refused as the same deed only
// when it tells of a deed of the same day (the day its words name, else
// the day it was sent), not because another claim of the item was sent
// that day: 「我今天把路上的石头搬开了」 after this morning's claim of
// yesterday's 义务劳动 is filed. The same words sent again, or the 「1」
// retried, still never count twice.
func TestClaimDuplicateByDeedDay(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "yesterday's deed", b.say("张三", "申请积分 昨天参加义务劳动 清理河道 证明人 王五"), "#C1")
	today := "申请积分 我今天把路上的石头搬开了 参加义务劳动 证明人 王五"
	has(t, "today's deed", b.sayID("one", "张三", today), "已登记积分申请 #C2")
	lacks(t, "the message retried", b.sayID("one", "张三", today), "#C3")
	has(t, "the same words again", b.say("张三", today), "今天已经申请过 #C2", "这条没有重复登记")
	has(t, "yesterday named by its date", b.say("张三", "申请积分 3月1日参加义务劳动 修水渠 证明人 王五"), "今天已经申请过 #C1")
	has(t, "another date", b.say("张三", "申请积分 2月27日参加义务劳动 打扫村口 证明人 王五"), "已登记积分申请 #C3")
	has(t, "a day of the month alone", b.say("张三", "申请积分 参加义务劳动 28号修路 证明人 王五"), "已登记积分申请 #C4")
	b.now = b.now.Add(24 * time.Hour)
	has(t, "today's deed told the next day", b.say("张三", "申请积分 昨天参加义务劳动 搬石头 证明人 王五"), "3月2日已经申请过 #C2")
	has(t, "the next day's deed", b.say("张三", "申请积分 参加义务劳动 打扫卫生 证明人 王五"), "已登记积分申请 #C5")
}
