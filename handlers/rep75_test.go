package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// rep75: one answer to several questions, one reply; the resend offer in
// the villager's words.

// TestOneAnswerThreeOffersOneReply: one 「1」 to three confirm-backs of
// general items in the group files the three in one commit and says one
// reply, asking 确认 and 查 once for all (rep74 did it for two only).
func TestOneAnswerThreeOffersOneReply(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("陈二", "村口的路灯坏了，晚上黑乎乎的"), "回复「1」登记")
	has(t, "second", c.say("陈二", "还有水渠堵了 水漫到路上了"), "回复「1」登记这两件")
	has(t, "third", c.say("陈二", "还有垃圾桶满了没人收"), "回复「1」登记这3件")
	got := c.costs(t, 1, "1", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
	expect(t, "1", got, grid3+": 已登记 #R1（一般事项·道路交通）：村口的路灯坏了，晚上黑乎乎的\n"+
		"已登记 #R2（一般事项·水电设施）：还有水渠堵了 水漫到路上了\n"+
		"已登记 #R3（一般事项·环境卫生）：还有垃圾桶满了没人收\n"+
		"@李四\u2005请网格长受理：回复「确认 #R1 #R2 #R3」。\n陈二，可随时发「查 #R1 #R2 #R3」看进度。")
	c.wantReports(3, "all three filed")
	c.wantStatuses(map[string]village.Status{}, village.StatusNew)
	has(t, "确认 all", c.say("李四", "确认 #R1 #R2 #R3"), "#R1", "#R2", "#R3", "已受理")
	c.wantStatuses(map[string]village.Status{}, village.StatusAccepted)
}

// TestAckUnderQuestionOneMessage: a villager's bare 收到 while his
// confirm-back waits, after a notice this process posted to his group,
// is answered in one message: the 收到 counted, then what answers the
// question. Another process, which never saw the notice, still says it
// in a line of its own (the commit names the notices it counted).
func TestAckUnderQuestionOneMessage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.office("通知 本周六上午在村卫生室免费体检")
	has(t, "陈二's confirm-back", c.say("陈二", "我家门口的路灯坏了"), "回复「1」登记，「2」不用")
	c.say("张三", "收到") // the first 收到 after a notice in a fresh process reads what it follows
	got := c.costs(t, 1, "收到", bot.Message{Chat: grid3, From: "陈二", Text: "收到"})
	expect(t, "收到: one message", got,
		grid3+": @陈二\u2005已记下您家收到了通知。「我家门口的路灯坏了」还没登记：要登记请回复「1」，不用请回复「2」。")
	has(t, "counted for the notice", c.office("查 #N1"), "青山村三组：已收到 2/9 户")
	c.wantReports(0, "收到 filed nothing")
	expect(t, "a second 收到: silent", c.say("陈二", "收到了"))
	has(t, "his 1 files it", c.say("陈二", "1"), "已登记 #R1")

	a, b := twoProcesses(t)
	a.office("通知 本周六上午在村卫生室免费体检")
	b.now = a.now
	has(t, "陈二's confirm-back elsewhere", b.say("陈二", "我家门口的路灯坏了"), "回复「1」登记，「2」不用")
	expect(t, "收到 where the notice is not known: two lines", b.say("陈二", "收到"),
		grid3+": @陈二\u2005「我家门口的路灯坏了」还没登记：要登记请回复「1」，不用请回复「2」。",
		grid3+": @陈二\u2005另外已记下您家收到了通知 #N1。")
}

// TestClaimResentOfferedInHisWords: a villager's claim resent in the same
// words is offered with the line he would send ending 「又一次」, not the
// scorers' 「再记一次」; his 「2」 is still told the first stands, the line
// typed and his 「1」 file it as another time.
func TestClaimResentOfferedInHisWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim", c.say("张三", "申请积分 义务劳动 打扫村口 证明人 陈二"), "已登记积分申请 #C1")
	c.say("赵六", "同意 #C1 8")
	c.now = c.now.Add(24 * time.Hour)
	got := c.say("张三", "申请积分 义务劳动，打扫村口 证明人 陈二")
	has(t, "resent", got, "已经用一样的话申请过 #C1", "回复「1」登记为新的一次", "或发：申请积分 义务劳动，打扫村口 证明人 陈二 又一次；")
	lacks(t, "resent", got, "再记一次")
	expect(t, "declined", c.say("张三", "2"),
		grid3+": 好的，这条没有登记，原来那条申请照旧，不受影响。以后又做了同样的事，申请时写上是哪天做的（如「3月3日」），就会直接登记。")
	got = c.say("张三", "申请积分 义务劳动，打扫村口 证明人 陈二 又一次")
	has(t, "the line typed", got, "已登记积分申请 #C2")
	lacks(t, "the line typed", got, "又一次")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "asked again", c.say("张三", "申请积分 义务劳动，打扫村口 证明人 陈二"), "这条先没有登记", "陈二 又一次；")
	got = c.say("张三", "1")
	has(t, "meant", got, "已登记积分申请 #C3")
	lacks(t, "meant", got, "又一次", "再记一次")
}

// TestMisspeltOnceMoreDeclined: a mistyped command that happens to end in
// 「再记一次」 or 「又一次」, offered as meant and declined, is told it was not
// done, not the repeat's 「没有记」 (the question says it offers a repeat,
// question.Repeat; its last word no longer does).
func TestMisspeltOnceMoreDeclined(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("陈二", "上报 村口的路灯坏了 晚上黑乎乎的")
	for _, more := range []string{"再记一次", "又一次"} {
		has(t, "offered", c.say("李四", "进站 #R1 又去看了 "+more), "进展 #R1 又去看了 "+more)
		got := c.say("李四", "2")
		has(t, "declined", got, "没有照办")
		lacks(t, "declined", got, "没有记", "原来那条申请")
	}
}

// TestOneAnswerOffersDangerFirst: the joined reply warns of danger when
// an earlier item needs it, not only the last (its request to 确认 was
// said after the last only, and the warning with it).
func TestOneAnswerOffersDangerFirst(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("陈二", "村口那棵大树好像要倒了 下面老有人走"), "回复「1」登记")
	has(t, "second", c.say("陈二", "还有水渠堵了 水漫到路上了"), "回复「1」登记这两件")
	has(t, "third", c.say("陈二", "还有垃圾桶满了没人收"), "回复「1」登记这3件")
	got := c.say("陈二", "1")
	has(t, "1", got, "已登记 #R1（一般事项·安全隐患）", "已登记 #R3", "@李四\u2005请网格长受理：回复「确认 #R1 #R2 #R3」。这关系到人身安全，请先提醒大家离远一点")
	c.wantReports(3, "all three filed")
}
