package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestNthTimeRecordedAtOnce: a repeated 加分 that says it is another act
// (「第2次」, 「又一次」) is recorded at once, not asked; the same message
// delivered again counts once, and 「第2次」 sent again when the second is
// recorded already (or recorded today with those words) is asked about.
func TestNthTimeRecordedAtOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("赵六", "加分 张三 参加治安巡防"), "已记录 #C1")
	m := bot.Message{ID: "nth", Chat: grid3, From: "赵六", Text: "加分 张三 参加治安巡防 第2次"}
	got := c.send(m)
	has(t, "second said", got, "已记录 #C2")
	lacks(t, "second said", got, "还没有记录")
	c.send(m) // the same message redelivered
	has(t, "two awards", c.private("张三", "我的积分"), "您本人：20 分")
	has(t, "the line resent", c.say("赵六", "加分 张三 参加治安巡防 第二次"), "这条还没有记录")
	has(t, "又一次", c.say("赵六", "加分 张三 参加治安巡防 又一次"), "已记录 #C3")
	// the second counted from yesterday: the first of today, and the
	// same line sent again is asked about
	has(t, "first today", c.say("赵六", "加分 陈二 参加治安巡防 第2次"), "已记录 #C4")
	has(t, "that line again", c.say("赵六", "加分 陈二 参加治安巡防 第2次"), "这条还没有记录")
}

// TestRepeatDeclinedSaysHow: 「2」 to a repeated 加分 says nothing was
// recorded and how to record it when it was another act.
func TestRepeatDeclinedSaysHow(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("赵六", "加分 张三 参加治安巡防")
	c.say("赵六", "加分 张三 参加治安巡防")
	got := c.say("赵六", "2")
	has(t, "declined", got, "好的，没有记。", "加分 张三 参加治安巡防 再记一次", "第2次")
	lacks(t, "declined", got, "没有照办")
}

// TestWitnessAfterDecided: a witness vouching for a claim decided
// already is told so (not read as a new report): approved needs nothing
// more; rejected may be applied for again naming him.
func TestWitnessAfterDecided(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim", c.say("陈二", "申请积分 参加村里大扫除 证明人张三"), "已登记积分申请 #C1")
	c.say("赵六", "同意 #C1")
	got := c.say("张三", "C1属实，我看见了")
	has(t, "approved", got, "谢谢张三", "#C1", "已经同意了", "不用再做什么")
	has(t, "claim 2", c.say("王五", "申请积分 参加普法学习 证明人 张三"), "#C2")
	c.say("赵六", "驳回 #C2 没有人能证明")
	got = c.private("张三", "我给王五作证")
	has(t, "rejected", got, "谢谢张三", "#C2", "已经驳回了（理由：没有人能证明）", "王五如果还想申请", "申请积分 参加普法学习、法治讲座 证明人 张三")
	has(t, "applied again", c.say("王五", "申请积分 参加普法学习、法治讲座 证明人 张三"), "已登记积分申请 #C3", "证明人 张三")
	lacks(t, "no report", c.reports2(), "作证", "属实")
}
