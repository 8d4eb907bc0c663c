package handlers_test

import (
	"slices"
	"testing"
)

// TestOwnFamilyOfferedAsYours: a mistyped name of the sender's own family
// is offered as 「您家的张明」, not by grid, household and 户号; a cadre of
// another household is offered the long form, as before.
func TestOwnFamilyOfferedAsYours(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("张三", "申请积分 给 张名 参加义务劳动 证明人 王五")
	has(t, "own family", got, "名单里没有「张名」，这条还没有登记。是您家的张明吗？是的话回「是」就登记（或发：申请积分 给 张明 参加义务劳动 证明人 王五）")
	lacks(t, "own family", got, "户号", "三组 张三户")
	// 张名 sounds like 张明 alone (not 张三, one character off too): he is asked (score68)
	has(t, "cadre", b.privately("李四", "积分 张名"), "是三组 张三户·张明（户号 QS-301）吗？是的话回「是」就查（或发：积分 张明）")
}

// TestWithdrawOthersClaimSaysWhatToDo: 撤回 of someone else's claim is not
// pointed to 驳回 (the scorers' word): a neighbour is told to object, with
// the window while the item is in 公示; a reviewer is told 驳回; one of the
// claim's household is told who may withdraw it.
func TestWithdrawOthersClaimSaysWhatToDo(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claimed", b.say("张三", "申请积分 参加义务劳动 清理河道 证明人王五"), "#C1")
	got := b.say("陈二", "撤回 #C1")
	has(t, "neighbour, pending", got, "只有申请人张三自己能撤回", "请回复「异议 #C1 理由」，会私信转给评分小组核实")
	lacks(t, "neighbour, pending", got, "驳回")
	has(t, "household", b.say("刘芳", "撤回 #C1"), "#C1 是张三提的申请，要撤回请张三本人发「撤回 #C1」。")
	has(t, "scorer", b.say("赵六", "撤回 #C1"), "您是评分人，不能通过请回复「驳回 #C1 理由」")
	has(t, "approved", b.say("赵六", "同意 #C1 5"), "#C1")
	publishClaims(t, b.st, b.now, 1)
	got = b.say("陈二", "撤回 #C1")
	has(t, "neighbour, in 公示", got, "正在公示，如有异议请在", "前回复「异议 #C1 理由」，评分小组会核实")
	lacks(t, "neighbour, in 公示", got, "驳回")
}

// TestRepeatClaimPhotosGoToFirst: photos sent with the same deed claimed
// again today go to the first claim, which is still not filed twice;
// photos sent next go there too.
func TestRepeatClaimPhotosGoToFirst(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "first", b.say("张三", "申请积分 参加义务劳动 清理河道 证明人王五"), "#C1")
	got := b.sayWith("张三", "申请积分 参加义务劳动 清理河道 证明人王五", "a.jpg")
	has(t, "again", got, "今天已经申请过 #C1", "这条没有重复登记", "已把照片附到 #C1")
	lacks(t, "again", got, "#C2")
	if c := b.claim("C1"); !slices.Equal(c.Images, []string{"a.jpg"}) {
		t.Errorf("C1 images %q, want [a.jpg]", c.Images)
	}
	b.photo("img-b", g3, "张三", "b.jpg")
	if c := b.claim("C1"); !slices.Equal(c.Images, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("C1 images %q, want [a.jpg b.jpg]", c.Images)
	}
}
