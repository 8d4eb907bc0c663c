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

// TestDeductionAskedNotReported: a question about a deduction is answered
// from the household's claims, not offered for filing as an environment
// report: one's own household's (privately, with the group told so); a
// cadre any household's; a villager asking of another household is
// pointed to the 公示 and to 积分 名字's rule, and hears no amount.
func TestDeductionAskedNotReported(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "recorded", b.say("赵六", "扣分 陈二 焚烧秸秆 5 田边烧的"), "#C1")
	got := b.say("张三", "陈二焚烧秸秆扣了几分")
	has(t, "another household", got, "村民只能查本户的积分和扣分", "【积分公示】", "评分小组赵六")
	lacks(t, "another household", got, "-5分", "回复「1」", "登记")
	got = b.say("陈二", "我家为啥扣了5分")
	has(t, "his own, disputed", got, "#C1")
	lacks(t, "his own, disputed", got, "回复「1」")
	got = b.say("陈二", "陈二焚烧秸秆扣了几分")
	has(t, "his own, asked", got, "陈二: 陈二户的扣分记录（共扣 5 分）：\n#C1 陈二「焚烧秸秆、垃圾」-5分", "理由：田边烧的；还没有公示",
		g3+": 陈二，陈二户的扣分记录已私信发给您")
	has(t, "a cadre asks", b.say("李四", "陈二焚烧秸秆扣了几分"), "李四: 陈二户的扣分记录（共扣 5 分）")
	has(t, "none", b.say("张三", "我家扣分了吗"), "张三户2025年、2026年都没有扣分记录")
}

// TestVillagerWantsItemByShortName: 「我想用积分换袋米」 is told the price
// of 大米, the item whose name ends in what he said; 「换包盐」 of 食用盐;
// 「两桶油」 of 食用油, the oil sold by the 桶; a bare 「换点油」 names
// both oils, each with its price.
func TestVillagerWantsItemByShortName(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "rice", b.say("张三", "我想用积分换袋米"), "当面记录（大米每袋（5公斤） 90 分）")
	has(t, "salt", b.say("张三", "我想用积分换包盐"), "当面记录（食用盐每袋 3 分）")
	got := b.say("张三", "我想用积分换两桶油")
	has(t, "oil by the 桶", got, "当面记录（食用油每桶（5升） 80 分）")
	lacks(t, "oil by the 桶", got, "酱油")
	has(t, "either oil", b.say("张三", "我想用积分换点油"), "当面记录（酱油每瓶 8 分，食用油每桶（5升） 80 分）")
}
