package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestThanksAfterResolved: the reporter's thanks after his one item's
// 办结. Thanks that praise the work ("谢谢 换得挺好", "好了好了 谢谢李哥")
// are his 满意, as fixed-with-thanks words are, and so (leader38) are
// thanks that say he saw it ("看到了 谢谢", in plain words or quoting the
// 办结); a bare 收到 quoting it is asked which answer he means; thanks for other things
// ("谢谢老板的红包", "谢谢大家") are chat.
func TestThanksAfterResolved(t *testing.T) {
	hint := grid3 + ": 张三，#R1 已办结，在等您确认：解决了请回「满意 #R1」；没解决请回「未解决 #R1 原因」，我会请网格长接着办。"
	pleased := grid3 + ": 已按您的回复记为满意，#R1 已完结，谢谢您的反馈！\n如果其实还没解决，请回「未解决 #R1 原因」，我会请网格长接着办。"
	for _, tc := range []struct {
		text, want string
		quoted     bool
		status     village.Status
	}{
		{text: "谢谢 换得挺好", want: pleased, status: village.StatusClosed},
		{text: "修得真不错 谢谢", want: pleased, status: village.StatusClosed},
		{text: "好了好了 谢谢李哥", want: pleased, status: village.StatusClosed},
		{text: "看到了 谢谢", want: pleased, status: village.StatusClosed},
		{text: "看到了 谢谢", want: pleased, quoted: true, status: village.StatusClosed},
		{text: "收到", want: hint, quoted: true, status: village.StatusResolved},
		{text: "好的 谢谢", want: pleased, status: village.StatusClosed},
		{text: "收到 辛苦了", want: pleased, quoted: true, status: village.StatusClosed},
		{text: "谢谢网格长", want: hint, status: village.StatusResolved},
		{text: "谢谢 换得挺好", want: pleased, quoted: true, status: village.StatusClosed},
		{text: "谢谢老板的红包", status: village.StatusResolved},
		{text: "谢谢大家", status: village.StatusResolved},
	} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 村口路灯不亮了")
		done := c.say("李四", "办结 #R1 换了灯泡")
		var got []string
		if tc.quoted {
			got = c.send(quoting("张三", tc.text, done[0]))
		} else {
			got = c.say("张三", tc.text)
		}
		if tc.want == "" {
			expect(t, tc.text, got)
		} else {
			expect(t, tc.text, got, tc.want)
		}
		c.firstStatus(tc.status)
	}
	// thanks of someone else, or with two of his items waiting, close nothing
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("李四", "办结 #R1 换了灯泡")
	expect(t, "someone else", c.say("陈二", "看到了 谢谢"))
	lacks(t, "someone else praises", c.say("陈二", "谢谢 换得挺好"), "记为满意")
	c.firstStatus(village.StatusResolved)
	c.say("张三", "上报 后山垃圾没人清")
	c.say("李四", "办结 #R2 清走了")
	lacks(t, "two waiting", c.say("张三", "谢谢 换得挺好"), "记为满意")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved, "R2": village.StatusResolved}, village.StatusResolved)
}

// TestThanksFixedBeforeResolved: the reporter who thanks and says his
// item is fixed before anyone said 办结 ("谢谢网格员 路灯修好了"): its
// handlers are asked to 办结 it (in the group there, privately each
// privately), he hears that they will, and the item stays open. Thanks naming nothing of his item
// ("好了好了 谢谢李哥", "水管修好了 谢谢"), or from someone else, are chat.
func TestThanksFixedBeforeResolved(t *testing.T) {
	for _, private := range []bool{false, true} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 村口路灯不亮了")
		c.say("李四", "确认 #R1")
		c.say("李四", "指派 #R1 @王五")
		expect(t, "no thing named", c.say("张三", "好了好了 谢谢李哥"))
		expect(t, "another thing", c.say("张三", "水管修好了 谢谢"))
		expect(t, "someone else", c.say("陈二", "谢谢网格员 路灯修好了"))
		var got []string
		reply := grid3 + ": @张三\u2005收到"
		where := "在群里"
		if private {
			got, reply, where = c.private("张三", "谢谢网格员 路灯修好了"), "张三: 收到", "私信"
		} else {
			got = c.say("张三", "谢谢网格员 路灯修好了")
		}
		// done70: the 办结 after closes it as his 满意
		handler := "【报告人说已解决】#R1（村口路灯不亮了，已受理）：张三" + where + "说：「谢谢网格员 路灯修好了」。\n张三说已经好了，回复「办结 #R1」就结案，不用再等张三确认。"
		closes := "负责人办结后就按满意结案，不用您再确认；要是又坏了，请再说一声。"
		if private {
			expect(t, "fixed", got, reply+"，您说 #R1（村口路灯不亮了）已经好了，已记下，也已转告李四、王五。\n"+closes,
				"李四: "+handler, "王五: "+handler)
		} else {
			// asked in the group (fix63)
			expect(t, "fixed", got, reply+"，您说 #R1（村口路灯不亮了）已经好了，已记下。\n@李四\u2005@王五\u2005张三说已经好了，回复「办结 #R1」就结案。\n"+closes)
		}
		c.firstStatus(village.StatusAccepted)
		has(t, "the leader closes it", c.say("李四", "办结 #R1 换了灯泡"), "张三之前已说好了", "已按满意结案")
		c.firstStatus(village.StatusClosed)
	}
}

// TestBareWithdrawNothing: a bare 「撤回」 said to the bot with nothing of
// his to take back is told what 撤回 takes back (a grid cadre also his
// words forwarded as an answer); in a group, not said to the bot, it
// stays chat; with a claim of his pending he is shown it, as before.
func TestBareWithdrawNothing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	expect(t, "villager", c.private("张三", "撤回"),
		"张三: 您现在没有可以撤回的申请。「撤回 #C编号」用于撤回自己还没审核的积分申请。已登记的事项不用办了，请告诉网格长；发「我的积分」可看本户的申请。")
	expect(t, "leader", c.private("李四", "撤回"),
		"李四: 您现在没有可以撤回的申请。「撤回 #C编号」用于撤回自己还没审核的积分申请；私信里的话被当作答复转给了镇里，一小时内回「不是答复」可以撤回。已登记的事项不用办了，请告诉网格长；发「我的积分」可看本户的申请。")
	has(t, "addressed", c.say("张三", "@网格小助手 撤回"), "您现在没有可以撤回的申请")
	expect(t, "group chat", c.say("张三", "撤回"))
	c.firstStatus(village.StatusNew)
	has(t, "claimed", c.say("张三", "申请积分 参加义务劳动 证明人王五"), "已登记积分申请 #C1")
	got := c.private("张三", "撤回")
	has(t, "his claim", got, "撤回 #C1", "可能是这一件")
	lacks(t, "his claim", got, "没有可以撤回")
}
