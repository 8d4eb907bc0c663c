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
		{who: "张三", text: "灯亮了一会又灭了", want: hint, status: village.StatusResolved, trips: 3},
		{who: "张三", text: "门修好了", status: village.StatusResolved},
		{who: "张三", text: "天亮了", status: village.StatusResolved},
		{who: "张三", text: "我家那个水管昨天下午也修好了", status: village.StatusResolved},
		{who: "陈二", text: "灯亮了", status: village.StatusResolved},
		{who: "陈二", text: "没事了", status: village.StatusResolved, trips: 1},
		{who: "张三", text: "还是不亮", want: grid3 + ": 按张三的话，#R1 已重新打开：还是不亮。\n@李四\u2005请继续处理，办好后回复「办结 #R1」。\n张三，如果说的不是这件事、#R1 其实已经好了，请回「满意 #R1」。",
			status: village.StatusReopened, trips: 3},
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
