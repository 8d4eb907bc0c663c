package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestPlainFixedAfterResolved: the reporter's plain words after his one
// item's 办结 that say it works again or is over, without thanks ("没事了
// 灯亮了", "修好了"), typed or quoting the 办结, are his 满意 (implied,
// with the take-back line), as "好了 谢谢" is: one round trip, two when
// the words are an emergency's all-clear too ("没事了": emergencyOver
// reads the grid's alarms first). Trips of the others are as on main. Words
// naming another thing fixed ("门修好了", "天亮了"), someone else's, doubt
// ("灯亮了一会又灭了" is asked) and 「还是不亮」 (reopened) are not.
func TestPlainFixedAfterResolved(t *testing.T) {
	pleased := grid3 + ": 已按您的回复记为满意，#R1 已完结，谢谢您的反馈！\n如果其实还没解决，请回「未解决 #R1 原因」，我会请网格长接着办。"
	hint := grid3 + ": 张三，#R1 已办结，在等您确认：解决了请回「满意 #R1」；没解决请回「未解决 #R1 灯亮了一会又灭了」，我会请网格长接着办。"
	for _, tc := range []struct {
		who, text, want string
		quoted          bool
		status          village.Status
		trips           int64
	}{
		{who: "张三", text: "没事了 灯亮了", want: pleased, status: village.StatusClosed, trips: 2},
		{who: "张三", text: "灯已经亮了 谢谢", want: pleased, status: village.StatusClosed, trips: 1},
		{who: "张三", text: "修好了", want: pleased, status: village.StatusClosed, trips: 1},
		{who: "张三", text: "灯亮了", want: pleased, status: village.StatusClosed, trips: 1},
		{who: "张三", text: "没事了", want: pleased, status: village.StatusClosed, trips: 2},
		{who: "张三", text: "灯修好了 没问题了", want: pleased, status: village.StatusClosed, trips: 1},
		{who: "张三", text: "修好了", quoted: true, want: pleased, status: village.StatusClosed, trips: 1},
		{who: "张三", text: "没事了 灯亮了", quoted: true, want: pleased, status: village.StatusClosed, trips: 2},
		{who: "张三", text: "灯亮了一会又灭了", want: hint, status: village.StatusResolved, trips: 2},
		{who: "张三", text: "门修好了", status: village.StatusResolved},
		{who: "张三", text: "天亮了", status: village.StatusResolved},
		{who: "张三", text: "我家那个水管昨天下午也修好了", status: village.StatusResolved},
		{who: "陈二", text: "灯亮了", status: village.StatusResolved},
		{who: "陈二", text: "没事了", status: village.StatusResolved, trips: 1},
		{who: "张三", text: "还是不亮", want: grid3 + ": 按张三的话，#R1 已重新打开：还是不亮。\n@李四\u2005请继续处理，办好后回复「办结 #R1」。\n张三，如果说的不是这件事、#R1 其实已经好了，请回「满意 #R1」。",
			status: village.StatusReopened, trips: 2},
	} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "村口路灯不亮了")
		c.say("李四", "确认")
		done := c.say("李四", "办结 #R1 换了灯泡")
		m := bot.Message{Chat: grid3, From: tc.who, Text: tc.text}
		if tc.quoted {
			m = quoting(tc.who, tc.text, done[0])
		}
		got := c.costs(t, tc.trips, tc.who+" "+tc.text, m)
		if tc.want == "" {
			expect(t, tc.text, got)
		} else {
			expect(t, tc.text, got, tc.want)
		}
		c.firstStatus(tc.status)
	}
}

// TestWhoOfWholeDigest: 「谁在管」 quoting the whole 早报 is answered for
// every item it lists, one line each: its number, words, who has it (or
// 未确认, nobody took it on) and how it stands; nothing is recorded, and
// the report cache answers it with no read of Redis (the one trip is the
// reply's commit).
func TestWhoOfWholeDigest(t *testing.T) {
	c := twoSentUp(t)
	c.say("张三", "上报 后山垃圾没人清")
	digest := digestLines + "\n#R3 青山村三组 一般事项 后山垃圾没人清（今天上报，还没人受理）"
	got := c.costs(t, 1, "谁在管", bot.Message{Chat: officeChat, From: "孙七", Text: "这几件谁在管", Quote: &bot.Quote{Name: "网格小助手", Text: digest}})
	expect(t, "who of each", got, officeChat+": 孙七，这几件的负责人："+
		"\n#R1 村口路灯坏了好几天了：李四负责，镇里还没人接手（已上报镇）"+
		"\n#R2 垃圾站满了没人拉：李四负责，镇里还没人接手（已上报镇）"+
		"\n#R3 后山垃圾没人清：未确认（待受理）"+
		"\n看详情回复「查 #R1」；要网格抓紧办，回复「#R1 抓紧处理」，几件一起督促就引用早报回复「都抓紧」。")
	if n := asks(c, 0) + asks(c, 1) + asks(c, 2); n != 0 {
		t.Errorf("「这几件谁在管」 left %d township asks, want none", n)
	}
	gone := "#R8 青山村三组 一般事项 路灯（超期2天）\n#R9 青山村三组 一般事项 垃圾（超期2天）"
	expect(t, "none found", quotingOffice(c, gone, "谁在管"), officeChat+": 孙七，这条消息里的事项都查不到了，可能已合并或删除。请发「待办」看现在还没办完的。")
	has(t, "taken over", c.in(officeChat, "孙七", "确认 #R1"), "#R1")
	has(t, "who, one taken over", quotingOffice(c, digestLines, "谁在管"), "\n#R1 村口路灯坏了好几天了：李四、孙七负责")
}

// TestPressAllQuotingDigest: an order for each item quoting the whole 早报
// (「都抓紧」, 「全部抓紧处理」 to its short form) presses each as 「#R1 抓紧
// 处理」 would: the leader hears a 【镇里督办】 of each privately, each
// item keeps the ask, the officer reads one line of both; one commit. A
// bare 「抓紧处理」 still asks which, and says how to press them all.
func TestPressAllQuotingDigest(t *testing.T) {
	c := twoSentUp(t)
	got := c.costs(t, 1, "都抓紧", bot.Message{Chat: officeChat, From: "孙七", Text: "都抓紧", Quote: &bot.Quote{Name: "网格小助手", Text: digestLines}})
	has(t, "pressed", got, officeChat+": #R1 #R2 已私信督促网格长李四：都抓紧\n网格长李四回复后会发到本群。",
		// tidy53: one private message to 李四 listing both
		"李四: 【镇里督办】2件：\n青山村三组 #R1（村口路灯坏了好几天了）\n青山村三组 #R2（垃圾站满了没人拉）\n孙七：都抓紧")
	lastAsk(t, c, 0, "都抓紧")
	lastAsk(t, c, 1, "都抓紧")
	got = c.costs(t, 1, "全部抓紧处理", bot.Message{Chat: officeChat, From: "孙七", Text: "全部抓紧处理", Quote: &bot.Quote{Name: "网格小助手", Text: shortDigest}})
	has(t, "pressed, short form", got, officeChat+": #R1 #R2 已私信督促网格长李四：全部抓紧处理")
	lastAsk(t, c, 1, "全部抓紧处理")
	has(t, "one unnamed", quotingOffice(c, digestLines, "抓紧处理"), "说的是哪一件", "几件都要督促的，引用早报回复「都抓紧处理」。")
}
