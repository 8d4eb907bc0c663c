package handlers_test

import (
	"testing"
)

// TestExampleWitnessIsNeverTheClaimant: the example witness a hint names
// (「如：证明人 王五」) is the grid's worker, but never the claimant nor one
// of his household: 王五 and his wife 苏梅 are given the grid's leader.
func TestExampleWitnessIsNeverTheClaimant(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "a villager", b.say("陈二", "申请积分 拾金不昧"), "如：证明人 王五。")
	for _, who := range []string{"王五", "苏梅"} {
		got := b.say(who, "申请积分 拾金不昧")
		has(t, who+": the leader", got, "请接着发证明人的名字，如：证明人 李四。")
		lacks(t, who+": not his household", got, "证明人 王五", "证明人 苏梅")
		has(t, who+": usage", b.say(who, "申请积分"), "（证明人 李四）")
		has(t, who+": help", b.say(who, "积分帮助 申请"), "扶老人过马路 李四可以作证")
	}
	has(t, "the leader himself", b.say("李四", "申请积分 拾金不昧"), "如：证明人 王五。")
	has(t, "the worker's kin as witness", b.say("王五", "苏梅可以作证"), "不能作证明人", "例如：证明人 李四。")
}

// TestBareApproveNamesTheNearestClaimHere: a scorer's 「同意」 with no
// number, several claims pending, names the nearest earlier claim of this
// group (a newer one of another grid's group comes after it) and the line
// that approves it: with 「分数」 for an item not fixed, or the score he
// wrote. Nothing is approved; it costs what it did, the claims' read and
// the reply's commit.
func TestBareApproveNamesTheNearestClaimHere(t *testing.T) {
	bareDecision(t, "同意", "（2–10分）", "分数", "6分", "6")
}
