package handlers_test

import (
	"strings"
	"testing"
)

// TestScorerRejectsBareNumber: 赵六 scores and leads no grid, so his
// "驳回 #1 …" is about claim #C1, as "驳回 1 …" already was; he was told
// that 驳回 needs the grid leader.
func TestScorerRejectsBareNumber(t *testing.T) {
	b := examplePointsBot(t)
	b.say("陈二", "申请积分 参加义务劳动 清理河道")
	got := b.say("赵六", "驳回 #1 没有证明人")
	has(t, "bare number", got, "#C1 没有通过：陈二户·陈二「参加义务劳动、集体劳动」。理由：没有证明人。")
	lacks(t, "bare number", got, "网格长")
	b.say("陈二", "申请积分 参加义务劳动 修水渠")
	has(t, "bare number, no reason", b.say("赵六", "驳回 #2"), "驳回要写理由")
}

// TestScorerUnknownClaimSaysReviewList: a scorer who mistypes a claim's
// number is sent to 「待审」 (what waits for him), not to 「我的积分」,
// which lists his own household's claims.
func TestScorerUnknownClaimSaysReviewList(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("赵六", "同意 #C6 5")
	has(t, "scorer", got, "没有找到 #C6，请核对积分编号；发「待审」可看还没审核的申请。")
	lacks(t, "scorer", got, "我的积分")
	has(t, "villager", b.say("陈二", "查 #C6"), "发「我的积分」可看本户待审核的申请。")
}

// TestDisputeNamesTheDeduction: a household with a deduction and a veto
// item that disputes one in words hears about that one: "我根本没烧秸秆"
// is the 焚烧秸秆 deduction, "凭什么不让我家参加评优" the veto item.
func TestDisputeNamesTheDeduction(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "扣分 陈二 焚烧秸秆")
	b.say("赵六", "扣分 陈小龙 拘留 打架被治安拘留")
	got := b.say("陈二", "凭什么扣我分 我根本没烧秸秆")
	has(t, "the deduction named", got, "陈二，#C1 还没有公示")
	lacks(t, "the deduction named", got, "#C2", "2 项扣分记录")
	got = b.say("胡秀芝", "凭什么不让我家参加评优")
	has(t, "the veto", got, "胡秀芝，#C2 还没有公示", "这项否决项就先冻结")
	lacks(t, "the veto", got, "#C1", "2 项扣分记录")
	has(t, "nothing named", b.say("陈二", "凭什么扣我家的分"), "您家有 2 项扣分记录")
}

// TestRedeemSentTwice: the shopkeeper who sends the same 兑换 again the
// same day (the first seemed not to go through, or a retry after a
// network hiccup) is asked whether the household took it twice, and
// nothing is charged until he answers 是; sent a third time it is asked
// again, and a 是 said twice charges once; "好的" (as likely "ok, it was
// a retry") is asked back. A different item, or the same
// one after the first was undone, is not asked about.
func TestRedeemSentTwice(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 50)
	first := b.say("周八", "兑换 张三 一包食用盐")
	has(t, "first", first, "已兑换 #L1：张三户·张三 食用盐 1袋，用 3 分。")
	lacks(t, "first", first, "提醒")
	again := b.say("周八", "兑换 张三 食用盐 1")
	has(t, "again", again,
		"这条还没有兑换：今天09:01已经给张三户兑换过食用盐 1袋。如果是又拿了一份，请回复「是」；如果是刚才那条重发的，回复「不是」或不用管，不会重复记。")
	lacks(t, "again", again, "已兑换 #L2", "张三: ")
	if got := b.account("QS-301").Redeemable(); got != 47 {
		t.Fatalf("after the repeat: redeemable %d, want 47 (charged once)", got)
	}
	has(t, "a third time", b.say("周八", "兑换 张三 食用盐 1"), "这条还没有兑换")
	if got := b.account("QS-301").Redeemable(); got != 47 {
		t.Fatalf("after the third: redeemable %d, want 47", got)
	}
	has(t, "好的 is no yes", b.say("周八", "好的"), "「兑换 张三 食用盐 1」还没有兑换。要兑换请回复「是」；不要请回复「不是」。")
	if got := b.account("QS-301").Redeemable(); got != 47 {
		t.Fatalf("after 好的: redeemable %d, want 47", got)
	}
	has(t, "yes", b.say("周八", "是"), "已兑换 #L2：张三户·张三 食用盐 1袋，用 3 分。", "张三: 您家在积分超市兑换了食用盐 1袋，用 3 分，还可兑换 44 分。")
	b.say("周八", "是")
	if got := b.account("QS-301").Redeemable(); got != 44 {
		t.Fatalf("after 是 twice: redeemable %d, want 44 (the second 兑换 once)", got)
	}
	has(t, "no", b.say("周八", "兑换 张三 食用盐 1"), "这条还没有兑换")
	has(t, "no", b.say("周八", "不是"), "没有兑换")
	if got := b.account("QS-301").Redeemable(); got != 44 {
		t.Fatalf("after 不是: redeemable %d, want 44", got)
	}
	lacks(t, "another item", b.say("周八", "兑换 张三 牙膏 1"), "提醒", "还没有兑换")
	b.say("周八", "撤销兑换 #L3 拿错了")
	lacks(t, "after an undo", b.say("周八", "兑换 张三 牙膏 1"), "提醒", "还没有兑换")
}

// TestPhotoCaptionAfterClaim: "这是垃圾分类的照片" said about the photo
// just sent for a claim (or just before sending it) is no new matter: it
// was offered as a report of 环境卫生. Without a claim or report of his
// just made, the same words are read as before.
func TestPhotoCaptionAfterClaim(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张明", "申请积分 垃圾分类")
	has(t, "photo", b.photo("p1", g3, "张明", "a.jpg"), "已把照片附到 #C1")
	if got := b.say("张明", "这是垃圾分类的照片"); len(got) != 0 {
		t.Errorf("caption after the photo: %q, want silence", got)
	}
	b.say("刘芳", "申请积分 打扫院子")
	if got := b.say("刘芳", "这是我家院子的照片"); len(got) != 0 {
		t.Errorf("caption before the photo: %q, want silence", got)
	}
	has(t, "no item of his", b.say("陈二", "这是后山垃圾堆的照片"), "我理解为")
}

// TestApprovedToldWithoutReviewNotes: a villager whose private claim is
// approved hears the result, not the scorer's notes (that the witness was
// missing "已记入审核记录", or how to revoke a twin): those are the
// scorer's business and ask nothing of him.
func TestApprovedToldWithoutReviewNotes(t *testing.T) {
	b := examplePointsBot(t)
	b.privately("胡秀芝", "申请积分 参加义务劳动 清理河道")
	got := b.say("赵六", "同意 #C1 8")
	has(t, "the group", got, g3+": #C1 已通过", "提醒：此项要求证明人，申请里没有，已记入审核记录。")
	has(t, "the claimant", got, "胡秀芝: #C1 已通过：陈二户·胡秀芝「参加义务劳动、集体劳动」+8分")
	for _, line := range got {
		if strings.HasPrefix(line, "胡秀芝: ") && strings.Contains(line, "审核记录") {
			t.Errorf("the claimant hears the scorer's note: %q", line)
		}
	}
}

// TestRedeemShortSaysWhatFits: the shopkeeper told privately that a
// household's points are short also hears what they do buy: fewer of the
// same, or the cheaper goods, so the villager at the counter can choose.
func TestRedeemShortSaysWhatFits(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 15)
	has(t, "fewer", b.say("周八", "兑换 张三 毛巾 3"), "周八: 积分不够，没有兑换：张三户可兑换积分 15 分，毛巾 3条要 24 分。\n15 分够换毛巾 1条。")
	has(t, "cheaper", b.say("周八", "兑换 张三 洗衣液 1"), "15 分够换：香皂、牙膏、食用盐、酱油、毛巾、洗洁精、卫生纸。")
	b.fund("QS-302", 2)
	lacks(t, "nothing fits", b.say("周八", "兑换 陈二 香皂 1"), "够换")
}
