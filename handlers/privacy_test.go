package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// inChatLacks checks that none of the replies posted to chat holds any of
// unwanted: what a private or mediation item keeps from that group.
func inChatLacks(t *testing.T, step string, got []string, chat string, unwanted ...string) {
	t.Helper()
	for _, o := range got {
		if !strings.HasPrefix(o, chat+": ") {
			continue
		}
		for _, u := range unwanted {
			if strings.Contains(o, u) {
				t.Errorf("%s: %s hears %q: %q", step, chat, u, o)
			}
		}
	}
}

// sentUp files text as from, and its grid leader 李四 sends the item
// (ref) up to the township for why without accepting it first.
func (c *chat) sentUp(from, text, ref, why string) {
	c.t.Helper()
	c.say(from, text)
	c.say("李四", "上报镇 "+ref+" "+why)
}

// upToTownship files text as from, and its grid leader 李四 accepts the
// item (ref) and sends it up to the township for why.
func (c *chat) upToTownship(from, text, ref, why string) {
	c.t.Helper()
	c.say(from, text)
	c.say("李四", "确认 "+ref)
	c.say("李四", "上报镇 "+ref+" "+why)
}

// lampWithTownship is a chat where 张三's 「村口路灯坏了」 (#R1) went up to
// the township: 李四 took it on and sent it up (村里没有电工).
func lampWithTownship(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	return c
}

// lampAskedOfLeader is lampWithTownship once 孙七 asked about it in the
// office's chat (「#R1 电工联系上了吗？」): the question goes to 李四
// privately.
func lampAskedOfLeader(t *testing.T) *chat {
	t.Helper()
	c := lampWithTownship(t)
	c.in(officeChat, "孙七", "#R1 电工联系上了吗？")
	return c
}

// TestMediationRejectStaysOutOfTheGroup: why a mediation is not taken up
// (驳回), or why the township sends it back (退回), is told to its parties
// and handlers privately, as its other notes are; the group hears one
// line without the reason, and whom to ask.
func TestMediationRejectStaysOutOfTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a quarrel filed in the group", c.say("张三", "上报 调解 陈二家的猪拱了我家菜地 他不认账"), grid3+": 已登记 #R1（调解事项")
	const why = "这事村里管不了 去找法院吧"
	got := c.say("李四", "驳回 #R1 "+why)
	expect(t, "the leader rejects it in the group", got,
		"李四: #R1 不予受理："+why,
		grid3+": #R1（调解事项）不予受理，理由已私信告知当事人。\n有疑问请私下问李四。",
		"张三: 【调解事项】#R1「陈二家的猪拱了我家菜地 他不认账」不予受理，李四："+why+"\n没说清楚的，补充详情后可以重新「上报」。",
		"陈二: 【调解事项】#R1「陈二家的猪拱了我家菜地 他不认账」不予受理，李四："+why,
		"郑十: 【青山村三组】#R1（调解事项）李四 驳回："+why)
	inChatLacks(t, "驳回", got, grid3, "法院")

	// the township sends one back: its reason is the grid's and the parties'
	c.sentUp("张三", "上报 调解 陈二家的鸭子天天吃我家稻子", "#R2", "两家闹得厉害")
	const back = "村里先调解，两家都是老邻居"
	got = c.in(officeChat, "孙七", "退回 #R2 "+back)
	has(t, "the township returns it", got,
		grid3+": #R2（调解事项）已退回村里（镇里孙七），理由已私信告知当事人和负责人。\n@李四",
		"张三: 【调解事项】#R2「陈二家的鸭子天天吃我家稻子」已退回村里，孙七："+back+"\n由网格长李四接着办",
		"陈二: 【调解事项】#R2", "李四: 【青山村三组】#R2（调解事项）孙七 退回村里："+back)
	inChatLacks(t, "退回", got, grid3, "老邻居")

	// an ordinary item's rejection is still the group's
	c.say("王五", "上报 村口路灯不亮了")
	expect(t, "a general item", c.say("李四", "驳回 #R3 不归村里管"), grid3+": #R3 不予受理：不归村里管。")
}

// TestMergeShowsNoHiddenItem: 重复 (or 合并) naming as the original an
// item the sender may not read answers as 查 would, and shows nothing of
// it: a private item of another grid is "没有找到", a mediation of
// another grid is said to be one. A refusal that names a private item is
// said privately; two villagers' private items are not merged, which
// would show each the other's complaint and name.
func TestMergeShowsNoHiddenItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	const g1 = "青山村一组网格群"
	c.say("张三", "上报 调解 陈二家的猪拱了我家菜地 他不认账")
	c.private("张三", "上报 我怀疑隔壁雷志明家偷偷在河里电鱼 别说是我说的")
	c.say("金大海", "上报 村口路灯不亮了")
	got := c.say("李四", "重复 #R3 #R2")
	expect(t, "a group item into a private one", got,
		"李四: 私下反映的事项和群里的事项不能合并，请分别处理 #R3 和 #R2。", grid3+": 李四，已私信回复您。")
	expect(t, "合并, the other way", c.say("李四", "合并 #R2 #R3"),
		"李四: 私下反映的事项和群里的事项不能合并", grid3+": 李四，已私信回复您。")

	c.in(g1, "唐国平", "上报 村口的井盖丢了")
	got = c.in(g1, "刘建国", "重复 #R4 #R2")
	expect(t, "another grid's leader, a private item", got, g1+": 没有找到 #R2，请核对编号")
	got = append(got, c.in(g1, "刘建国", "重复 #R4 #R1")...)
	has(t, "another grid's leader, a mediation", got, g1+": #R1 是调解事项，进展只有双方当事人")
	lacks(t, "another grid's leader", got, "电鱼", "猪", "私下反映", "已合并")
	c.private("唐国平", "上报 家门口的水沟堵了")
	got = c.private("刘建国", "重复 #R5 #R2")
	expect(t, "another grid's leader, privately", got, "刘建国: 没有找到 #R2，请核对编号")

	c.private("金大海", "上报 雷志明家在河里电鱼 我看见好几次了")
	got = c.say("李四", "重复 #R6 #R2")
	expect(t, "two villagers' private items", got,
		"李四: #R6 和 #R2 是不同的人私下反映的，合并后一方会看到另一方反映的内容和名字，不能合并", grid3+": 李四，已私信回复您。")
	has(t, "the one that was not merged", c.private("金大海", "查 #R6"), "金大海: #R6 一般事项·待受理")
	lacks(t, "the one that was not merged", c.private("金大海", "查 #R2"), "别说是我说的", "张三")
	c.private("张三", "上报 雷志明家晚上又在河里电鱼")
	expect(t, "one villager's two private items", c.private("李四", "重复 #R7 #R2"),
		"李四: #R7 与 #R2 是同一件事，已合并。", "张三: #R7 与 #R2 是同一件事，已合并。")
}

// TestNoPartyByAssent: someone who is no party to a mediation does not
// join it by answering 「是」 to the duplicate question (nor by naming its
// number), which would tell him how it goes: its handlers hear what he
// said. Its other party, named in it, joins it.
func TestNoPartyByAssent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 调解 陈二家的猪拱了我家菜地 他不认账")
	expect(t, "an onlooker says it too", c.say("金大海", "上报 陈二家的猪把菜地拱了 他不认账"),
		grid3+": @金大海\u2005已有人反映 #R1（陈二家的猪拱了我家菜地 他不认账），是同一件事吗？")
	expect(t, "his 是", c.say("金大海", "是"),
		grid3+": 好的，#R1 是调解事项，已经在调解，不再另外登记；您说的已转告负责人李四、郑十。",
		"李四: 【调解提醒】金大海说的和 #R1", "郑十: 【调解提醒】金大海说的和 #R1")
	got := c.say("李四", "进展 #R1 陈二答应赔200块")
	lacks(t, "the next note", got, "金大海: ")
	expect(t, "his 查", c.say("金大海", "查 #R1"), grid3+": #R1 是调解事项，进展只有双方当事人")
	// the reporter's household is a party: "我家菜地"
	expect(t, "the reporter's wife", c.say("刘芳", "查 #R1"), "刘芳: #R1 调解事项", grid3+": 刘芳，已私信回复您。")
	c.say("金大海", "#R1 陈二家的猪今天又跑出来了")
	lacks(t, "naming its number", c.say("李四", "进展 #R1 陈二说明天修猪圈"), "金大海: ")

	// a mediation's news reaches its parties privately, not in the group
	expect(t, "the other party names it", c.say("陈二", "#R1 我家的猪就拱了一小块 他要我赔太多"),
		grid3+": 好的，陈二说的已记到 #R1，李四、郑十会看到。有进展会私信告诉您")
	has(t, "the reporter says it again", c.say("张三", "陈二家的猪今天又跑到我家菜地了"), "刚才说的已转告负责人李四、郑十。有进展会私信告诉您")
	for _, r := range c.reports() {
		if r.ID == "R1" && (len(r.Followers) != 1 || r.Followers[0] != "陈二") {
			t.Errorf("R1's followers: %v, want [陈二]", r.Followers)
		}
	}
}

// TestMediationTakeoverNoteStaysOutOfTheGroup: an officer who takes over
// a mediation that went up, with a word on who agreed to what, is heard
// in the group without it; the office chat, where he wrote it, has it.
func TestMediationTakeoverNoteStaysOutOfTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 调解 陈二家的猪拱了我家菜地 他不认账", "#R1", "两家闹得厉害")
	got := c.in(officeChat, "孙七", "确认 #R1 司法所周三去调解，陈二已答应赔150")
	expect(t, "the township takes it over", got,
		officeChat+": #R1 镇里已接手：由孙七负责协调，李四、郑十配合，预计",
		grid3+": #R1 镇里已接手：由孙七负责协调，李四、郑十配合，预计")
	has(t, "the office", got, "孙七：司法所周三去调解，陈二已答应赔150")
	inChatLacks(t, "the group", got, grid3, "150", "司法所周三")
	has(t, "a party's 查", c.private("陈二", "查 #R1"), "陈二已答应赔150")
}

// TestRefusalsOfAPrivateItemAside: whatever a cadre's command on a
// private item in the group gets back (a refusal naming its reporter, a
// note it lacks, a step its status does not allow), he hears it
// privately; the group only that he was answered.
func TestRefusalsOfAPrivateItemAside(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("张三", "上报 我怀疑隔壁雷志明家偷偷在河里电鱼 别说是我说的")
	moved := func(who string) string { return grid3 + ": " + who + "，已私信回复您。" }
	expect(t, "满意 from the leader", c.say("李四", "满意 #R1"), "李四: 抱歉，「满意」需要报告人张三本人来操作。", moved("李四"))
	expect(t, "a worker's 驳回", c.say("王五", "驳回 #R1 不归我们管"), "王五: 抱歉，「驳回」需要本网格的网格长来操作。", moved("王五"))
	expect(t, "assigned to its reporter", c.say("李四", "指派 #R1 张三"), "李四: #R1 是张三反映的，不能指派给张三", moved("李四"))
	expect(t, "no note", c.say("李四", "办结 #R1"), "李四: 请写上办理结果", moved("李四"))
	c.say("李四", "确认 #R1")
	expect(t, "accepted twice", c.say("李四", "确认 #R1"), "李四: #R1 现在是「已受理」，不用再「确认」了。", moved("李四"))
	// a group item's refusal is still the group's
	c.say("金大海", "上报 村口路灯不亮了")
	expect(t, "a group item", c.say("李四", "满意 #R2"), grid3+": 抱歉，「满意」需要报告人金大海本人来操作。")
}

// TestOwnPrivateItemNamedInTheGroup: a villager who names his private
// item in the group ("#R1 昨晚又在电鱼了") is answered privately: the
// group does not hear that it is his, nor how it stands.
func TestOwnPrivateItemNamedInTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("张三", "上报 我怀疑隔壁雷志明家偷偷在河里电鱼 别说是我说的")
	expect(t, "open", c.say("张三", "#R1 雷志明家昨晚又在电鱼了"), "张三: #R1 就是张三反映的这件事，正在办", grid3+": 张三，已私信回复您。")
	c.private("李四", "确认 #R1")
	c.private("李四", "办结 #R1 已劝阻，收了电鱼工具")
	expect(t, "resolved", c.say("张三", "#R1 雷志明家昨晚又在电鱼了"), "张三: 张三，#R1 已办结，在等您确认", grid3+": 张三，已私信回复您。")
}

// TestNumbersMaskedInGroupEchoes: a villager's phone, ID-card or bank
// number in his group message is kept with the report, and shown to the
// cadres privately, but the bot's group replies that repeat his words
// mask it: the registration, the confirm-back, the duplicate question.
func TestNumbersMaskedInGroupEchoes(t *testing.T) {
	const phone, id = "13912345678", "330102198001011234"
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "上报 三组垃圾桶满了好几天没人收 有事打我电话"+phone)
	expect(t, "filed", got, grid3+": 已登记 #R1（一般事项·环境卫生）：三组垃圾桶满了好几天没人收 有事打我电话[电话]")
	inChatLacks(t, "filed", got, grid3, phone)
	if reps := c.reports(); len(reps) != 1 || !strings.Contains(reps[0].Text, phone) {
		t.Fatalf("reports = %+v, want R1 with the number", reps)
	}
	expect(t, "a leader asks privately", c.private("李四", "查 #R1"), "李四: #R1")
	if got := c.private("李四", "查 #R1"); len(got) != 1 || !strings.Contains(got[0], phone) {
		t.Errorf("a leader's private 查: %q, want the number", got)
	}
	got = c.say("张三", "三组垃圾桶满了好几天没人收 臭死了")
	inChatLacks(t, "duplicate question", got, grid3, phone)
	if len(got) != 1 || !strings.Contains(got[0], "[电话]") {
		t.Errorf("duplicate question: %q, want the earlier text with the number masked", got)
	}
	c.say("张三", "是")
	got = c.say("王五", "村卫生室医生老不在 身份证"+id+"拿个药都找不到人")
	inChatLacks(t, "confirm-back", got, grid3, id, id[:12])
	if len(got) != 1 || !strings.Contains(got[0], "我理解为") || !strings.Contains(got[0], "身份证[身份证]") {
		t.Errorf("confirm-back: %q, want the ID number masked", got)
	}
	// His own private chat with the bot is no group: his words as he wrote them.
	if got := c.private("陈二", "上报 我家门口的水管漏水了 电话"+phone); len(got) == 0 || !strings.Contains(got[0], phone) {
		t.Errorf("private report: %q, want the number", got)
	}
}
