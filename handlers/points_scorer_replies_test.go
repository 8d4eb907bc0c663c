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

// TestApprovedToldWithoutReviewNotes: a villager whose private claim is
// approved (in the group) hears the result, and the group with her, not the scorer's notes (that the witness was
// missing "已记入审核记录", or how to revoke a twin): those are the
// scorer's business and ask nothing of him.
func TestApprovedToldWithoutReviewNotes(t *testing.T) {
	b := examplePointsBot(t)
	b.privately("胡秀芝", "申请积分 参加义务劳动 清理河道")
	got := b.say("赵六", "同意 #C1 8")
	has(t, "the group", got, g3+": #C1 已通过", "胡秀芝，如果有，请发「证明人 王五」，会补记到 #C1 上。")
	has(t, "the scorer", got, "没有证明人也已通过，已记入审核记录")
	for _, line := range got {
		if strings.HasPrefix(line, g3+": ") && strings.Contains(line, "审核记录") {
			t.Errorf("the group hears the scorer's note: %q", line)
		}
	}
	has(t, "the claimant", got, "胡秀芝: #C1 已通过：陈二户·胡秀芝「参加义务劳动、集体劳动」+8分")
	for _, line := range got {
		if strings.HasPrefix(line, "胡秀芝: ") && strings.Contains(line, "审核记录") {
			t.Errorf("the claimant hears the scorer's note: %q", line)
		}
	}
}

// TestScorerRecordsOwnHousehold: a scorer's 扣分 or 加分 for his own
// household is not recorded, and he is told whom to ask and the command
// to pass on, not to have someone "审核" a record that does not exist.
func TestScorerRecordsOwnHousehold(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("赵六", "扣分 赵六 乱扔垃圾 3")
	expect(t, "own deduction", got, g3+": 按规定，评分小组成员不能给自家记分（回避），这条没有记录。请告诉孙七来发「扣分 赵六 乱扔垃圾 3」。")
	has(t, "own award", b.say("赵六", "加分 钱桂英 志愿服务 10"), "请告诉孙七来发「加分 钱桂英 志愿服务 10」")
	if a := b.account("QS-306"); a.Year("2026").Score != 0 {
		t.Errorf("own household scored %d", a.Year("2026").Score)
	}
}

// TestMistypedNameSuggested: 加分 or 积分 of a name one character off the
// roster records and answers nothing; the sender hears whom it may mean,
// by grid and household, with the line to send. A villager is offered his
// own household's only.
func TestMistypedNameSuggested(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "scorer", b.say("赵六", "加分 陈儿 志愿服务 10"),
		g3+": 名单里没有「陈儿」，这条没有记录。是三组 陈二户·陈二（户号 QS-302）吗？是的话回「是」就加分（或发：加分 陈二 志愿服务 10），不是请回「不是」。")
	if a := b.account("QS-302"); a.Year("2026").Score != 0 {
		t.Errorf("scored %d on a guess", a.Year("2026").Score)
	}
	has(t, "cadre", b.privately("李四", "积分 王三"), "李四: 名单里没有「王三」，是下面哪一位？请照着重发：\n三组 张三户·张三（户号 QS-301）：积分 张三\n")
	// 刘方 is one off 刘芳 of 张三户 and 刘洋 of 一组
	expect(t, "villager, own household", b.say("张三", "积分 刘方"),
		g3+": 名单里没有「刘方」，是您家的刘芳吗？是的话回「是」就查（或发：积分 刘芳），不是请回「不是」。")
	expect(t, "villager, another household", b.say("张三", "积分 陈儿"), g3+": 名单里没有「陈儿」，请核对名字（写花名册上的姓名）。")
}

// TestOutOfRangeSaysTheLine: points out of the item's range say the
// range, that nothing was done, and the exact line to send with the
// nearest allowed points (the note kept); then that line goes through.
func TestOutOfRangeSaysTheLine(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C1")
	expect(t, "approve", b.say("赵六", "同意 #C1 30 很积极"),
		g3+": 「参加义务劳动、集体劳动」只能给 5–10分，30 分不行，还没有通过。请改一下再发，例如：同意 #C1 10 很积极")
	has(t, "too few", b.say("赵六", "同意 #C1 2"), "例如：同意 #C1 5")
	has(t, "resent", b.say("赵六", "同意 #C1 10 很积极"), "#C1 已通过")
	has(t, "加分", b.say("赵六", "加分 陈二 志愿服务 30"), "「参加志愿服务活动」只能给 2–20分，30 分不行，这条没有记录。请改一下再发，例如：加分 陈二 SG01 20")
	has(t, "扣分", b.say("赵六", "扣分 陈二 乱倒 9"), "「乱倒乱扔垃圾」只能给 扣2–5分，9 分不行，这条没有记录。请改一下再发，例如：扣分 陈二 HJ06 5")
}

// TestClaimForMistypedMemberSuggests: 申请积分 给 a mistyped member's name
// is not filed; the sender hears the members of his own household near
// it, with the line to send, and never another household's.
func TestClaimForMistypedMemberSuggests(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "own member", b.say("张三", "申请积分 给 张名 参加义务劳动 证明人 王五"),
		g3+": 名单里没有「张名」，这条还没有登记。是您家的张明吗？是的话回「是」就登记（或发：申请积分 给 张明 参加义务劳动 证明人 王五），不是请回「不是」。")
	got := b.say("张三", "申请积分 给 陈儿 参加义务劳动 证明人 王五")
	has(t, "another household's", got, "您家没有「陈儿」")
	lacks(t, "another household's", got, "陈二", "请照着重发")
}
