package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestStatusOffice: a township officer asks in plain words, unaddressed,
// for the township's picture and its overdue items, of the township or
// of one place; each answer is one read and one commit.
func TestStatusOffice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "nothing overdue", c.in(officeChat, "孙七", "超期的有哪些"),
		officeChat+": 全镇目前没有超期事项，都在期限内，辛苦了！发「情况」看概况。")
	expect(t, "nothing at all", c.in(officeChat, "孙七", "今天各村情况怎么样"),
		officeChat+": 【情况】全镇 今天（3月2日）：未办结 0 件\n目前没有未办结的事项，辛苦了！")
	c.say("张三", "上报 村口的路灯坏了")
	c.in("青山村一组网格群", "刘建国", "上报 一组垃圾桶满了没人清")
	c.now = c.now.Add(4 * 24 * time.Hour)
	for _, q := range []string{"超期的有哪些", "哪些超期了", "超期", "超时没办的", "@网格小助手 超期的有哪些", "有没有超期的"} {
		expect(t, q, c.in(officeChat, "孙七", q),
			officeChat+": 全镇超期 2 件（过了规定期限还没办完，期限最早的在前）：\n#R1 青山村三组 一般事项 村口的路灯坏了（待受理，李四（13900000004）负责，期限3月3日，超期3天）\n#R2 青山村一组")
	}
	for _, q := range []string{"今天各村情况怎么样", "今天怎么样", "汇总一下", "情况 青山村", "全镇情况如何"} {
		has(t, q, c.in(officeChat, "孙七", q), "：未办结 2 件\n一组：新反映 0，办结 0，未办结 1，超期 1\n三组：新反映 0，办结 0，未办结 1，超期 1\n超期：\n")
	}
	has(t, "this week", c.in(officeChat, "孙七", "这周情况"), "【情况】全镇 本周（3月2日起）：未办结 2 件\n一组：新反映 1，")
	expect(t, "one grid", c.in(officeChat, "孙七", "超期 三组"),
		officeChat+": 青山村三组超期 1 件（过了期限还没办完）：\n#R1 待受理 村口的路灯坏了（李四，期限3月3日，超期3天）\n发「查 #编号」看详情，可电话督促网格长。\n发「待办 青山村三组」看全部未办结的。")
	has(t, "one grid's picture", c.in(officeChat, "孙七", "情况 三组"), "【情况】青山村三组 今天（3月6日）\n新反映 0 件，办结 0 件，未办结 1 件，其中超期 1 件。")
	has(t, "a place the township has not", c.in(officeChat, "孙七", "情况 四组"), "没有找到「四组」这个村或网格。")
	trips, out := c.counted(bot.Message{Chat: officeChat, From: "孙七", Text: "超期"})
	if trips != 1 || len(out) != 1 {
		t.Errorf("超期 in the office: %d round trips, %d replies; want 1 (the commit, on the village's reports as followed), 1", trips, len(out))
	}
	silent(t, "office talk", c.in(officeChat, "孙七", "大家辛苦了 今天早点休息"))
	silent(t, "an item's matter", c.in(officeChat, "孙七", "四组水库情况怎么样了呢大家"))
	has(t, "the menu", c.in(officeChat, "孙七", "帮助"), "情况（全镇汇总")
}

// TestStatusOfficeUnconfirmed: an emergency nobody confirmed is past its
// deadline within minutes; the township's 超期 lists it first, with whom
// to call, rather than saying that nothing is overdue.
func TestStatusOfficeUnconfirmed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in("青山村二组网格群", "邹建平", "我家孩子放学没回家，找不到了，大家帮忙看看")
	c.now = c.now.Add(2 * time.Hour)
	got := c.in(officeChat, "孙七", "超期")
	expect(t, "the waiting alarm", got, officeChat+": 全镇还没人确认的突发 1 件，请立即电话调度，接手后回复「确认 #R1」：\n"+
		"#R1 青山村二组 我家孩子放学没回家，找不到了，大家帮忙看看（今天09:01报告；网格长：黄永红 13800002011）\n发「查 #编号」看详情")
	lacks(t, "the waiting alarm", got, "没有超期事项")
	c.say("张三", "上报 村口的路灯坏了")
	c.now = c.now.Add(4 * 24 * time.Hour)
	expect(t, "both", c.in(officeChat, "孙七", "超期"), officeChat+": 全镇还没人确认的突发 1 件，请立即电话调度，接手后回复「确认 #R1」：\n#R1 青山村二组 "+
		"我家孩子放学没回家，找不到了，大家帮忙看看（3月2日 09:01报告，已超过4天没人确认；网格长：黄永红 13800002011）\n全镇超期 1 件（过了规定期限还没办完，期限最早的在前）：\n#R2 青山村三组 一般事项 村口的路灯坏了")
}

// TestStatusGridUnconfirmedAlarm: a leader's 超期 with an emergency nobody
// confirmed asks him to go and confirm it, not to pause it (等待 is refused
// for an emergency); the other overdue items get the usual line.
func TestStatusGridUnconfirmedAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "快来人 后山着火了")
	c.now = c.now.Add(time.Hour)
	got := c.say("李四", "超期")
	has(t, "the alarm alone", got, "突发事件 #R1 还没人确认：请立即到场，到场后回复「确认 #R1」。\n发「待办」")
	lacks(t, "the alarm alone", got, "等待 #编号")
	c.say("张三", "上报 村口的路灯坏了")
	c.now = c.now.Add(4 * 24 * time.Hour)
	has(t, "with another", c.say("李四", "超期"), "突发事件 #R1 还没人确认：请立即到场，到场后回复「确认 #R1」。\n其余的请尽快处理并回复「进展 #编号 情况」")
}

// TestStatusGrid: a grid's leader and worker get their grid's picture
// and overdue items, in the group or privately; what was told privately
// and phone numbers stay out of the group; a villager is pointed to his
// own items and is never shown the list.
func TestStatusGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "nothing overdue", c.say("李四", "超期的有哪些"),
		grid3+": 三组目前没有超期事项，都在期限内，辛苦了！\n发「待办」看全部未办结的。")
	c.say("张三", "上报 村口的路灯坏了 有事打我电话13812345678")
	c.private("陈二", "上报 我家门口的水管漏了")
	c.now = c.now.Add(4 * 24 * time.Hour)
	c.say("张三", "上报 后山的垃圾没人清")
	for _, q := range []string{"哪些超期了", "超时没办的", "超期"} {
		got := c.say("李四", q)
		expect(t, q, got, grid3+": 三组超期 1 件（过了期限还没办完）：\n#R1 待受理 村口的路灯坏了")
		lacks(t, q+": the phone", got, "13812345678")
	}
	got := c.say("王五", "今天怎么样")
	expect(t, "the worker's overview", got, grid3+": 【情况】三组 今天（3月6日）\n新反映 1 件，办结 0 件，未办结 2 件，其中超期 1 件。\n#R1 待受理 村口的路灯坏了")
	lacks(t, "the private report", got, "水管")
	lacks(t, "the phone", got, "13812345678")
	has(t, "this week", c.say("李四", "这周情况"), "【情况】三组 本周（3月2日起）\n新反映 2 件")
	has(t, "privately", c.private("王五", "超期"), "王五: 三组超期 1 件")
	has(t, "another grid", c.say("李四", "情况 一组"), "您负责的是青山村三组")
	pointer := "各村、各网格的汇总和超期事项是给网格长、网格员和镇干部看的。您自己反映的事项，发「我的事项」看"
	expect(t, "a villager's overdue question", c.say("陈二", "超期的有哪些"), grid3+": "+pointer)
	expect(t, "a villager asks the bot", c.say("陈二", "@网格小助手 今天情况怎么样"), grid3+": "+pointer)
	expect(t, "a villager privately", c.private("陈二", "汇总一下"), "陈二: "+pointer)
	silent(t, "a villager's chat", c.say("陈二", "今天怎么样"))
	silent(t, "the weather", c.say("李四", "今天天气怎么样"))
	has(t, "the menu", c.say("王五", "帮助"), "情况（今天/这周汇总）｜ 超期")
}

// TestStatusVillageCadre: a village's cadre of no grid gets his village's
// picture in a grid's group, without what was told privately.
func TestStatusVillageCadre(t *testing.T) {
	cfg, dir := exampleVillage(t, village.Person{Name: "钱书记", Village: "青山村", Household: "QS-399", UsesWeChat: true,
		Roles: []village.Role{village.RoleVillager, village.RoleLeader}})
	c := chatOf(t, cfg, dir)
	c.say("张三", "上报 村口的路灯坏了")
	c.private("陈二", "上报 我家门口的水管漏了")
	got := c.say("钱书记", "情况怎么样")
	expect(t, "his village", got, grid3+": 【情况】青山村 今天（3月2日）：未办结 1 件\n三组：新反映 1，办结 0，未办结 1\n")
	lacks(t, "the private report", got, "水管")
	has(t, "one grid of his village", c.say("钱书记", "超期 三组"), "三组目前没有超期事项")
}
