package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
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
	c := newChat(t, understand.Rules{})
	c.say("张三", "申请积分 参加义务劳动 证明人 王五")
	c.say("陈二", "申请积分 打扫院子 有照片")
	c.in("青山村一组网格群", "刘洋", "申请积分 参加义务劳动 证明人 马红梅")
	got := c.costs(t, 2, "bare 同意", bot.Message{Chat: grid3, From: "赵六", Text: "同意"})
	has(t, "the nearest here", got, "本群最近的一项是 #C2 陈二户·陈二「庭院整洁、房前屋后干净」（2–10分），同意这一项请发「同意 #C2 分数」",
		"也可能是：\n#C1 张三户·张三「参加义务劳动、集体劳动」\n#C3 ")
	has(t, "his score kept", c.say("赵六", "同意 6分"), "同意这一项请发「同意 #C2 6」")
	has(t, "privately: the newest", c.private("赵六", "同意"), "最近的一项是 #C3 ", "「同意 #C3 分数」")
	has(t, "nothing approved", c.say("张三", "查 #C2"), "待审核")
}
