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
// number, several claims pending, numbers them, the nearest earlier claim
// of this group first (a newer one of another grid's group comes after
// it): his number runs 「同意 #C…」 with the score he wrote (score68: was
// the line to type). Nothing is approved by asking; it costs what it did,
// the claims' read and the reply's commit, the question riding on it.
func TestBareApproveNamesTheNearestClaimHere(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "申请积分 参加义务劳动 证明人 王五")
	c.say("陈二", "申请积分 打扫院子 有照片")
	c.in("青山村一组网格群", "刘洋", "申请积分 参加义务劳动 证明人 马红梅")
	got := c.costs(t, 2, "bare 同意", bot.Message{Chat: grid3, From: "赵六", Text: "同意"})
	has(t, "the nearest here first", got, "请问同意哪一项？请回复数字：\n「1」#C2 陈二户·陈二「庭院整洁、房前屋后干净」 2–10分（要给分）\n「2」#C1 张三户·张三「参加义务劳动、集体劳动」 5–10分（要给分）\n「3」#C3 ",
		"回「1」就和发「同意 #C2」一样；几项都同意请发「都同意」。要给分的可以直接发「同意 #C2 分数」。")
	got = c.say("赵六", "同意 6分")
	has(t, "his score kept", got, "「1」#C2 陈二户·陈二「庭院整洁、房前屋后干净」 2–10分\n", "回「1」就和发「同意 #C2 6」一样")
	lacks(t, "his score kept", got, "要给分")
	has(t, "privately: the newest", c.private("赵六", "同意"), "「1」#C3 ")
	has(t, "nothing decided", c.say("张三", "查 #C2"), "待审核")
	has(t, "his number", c.say("赵六", "1"), "#C2 已通过", "+6分")
}
