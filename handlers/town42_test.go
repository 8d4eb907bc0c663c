package handlers_test

import (
	"gridbot/bot"
	"gridbot/understand"
	"strings"
	"testing"
	"time"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// twoVillagesChat is the example township with a second village, 石桥村
// (one grid, 一组), whose leader 石队长 has a phone: each village numbers
// its own items, so both have a #R1.
func twoVillagesChat(t *testing.T) *chat {
	t.Helper()
	cfg, dir := exampleVillage(t,
		village.Person{Name: "石队长", Village: "石桥村", Grid: "一组", Household: "SQ-100", Relation: village.RelHead, UsesWeChat: true,
			Phone: "13800009999", Roles: []village.Role{village.RoleVillager, village.RoleLeader}},
		village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "SQ-101", Relation: village.RelHead, UsesWeChat: true,
			Roles: []village.Role{village.RoleVillager}})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	st := storagetest.New(t)
	c := chatOn(t, cfg, dir, st, st)
	c.more = []storage.Scope{storage.VillageScope("石桥村")}
	return c
}

// TestOfficeOverdueTwoVillagesR1: the office's 超期 (as its 早报) tells
// apart two villages' #R1, both sent up: the one 孙七 took over says he
// has it, with his phone; the other, nobody's yet, says so and names its
// grid's leader with his phone. An item the grid took on names its
// handler with his phone too. Before, whom an item was taken by was
// keyed by its number alone: one village's #R1 showed the other's.
// Each line leads with the village (「石桥村 #R1 一组」, town81).
func TestOfficeOverdueTwoVillagesR1(t *testing.T) {
	c := twoVillagesChat(t)
	c.sentUp("陈二", "上报 三组水渠被石头堵了", "#R1", "需要挖掘机")
	has(t, "taken", c.in(officeChat, "孙七", "确认 青山村#R1"), "孙七")
	const sq = "石桥村一组网格群"
	c.in(sq, "石大山", "上报 桥头路灯坏了好几天了")
	has(t, "sent up", c.in(sq, "石队长", "上报镇 #R1 村里没有电工"), "#R1")
	c.say("张三", "上报 村口的路灯坏了")
	c.say("李四", "确认 #R2")
	c.now = c.now.Add(5*24*time.Hour + 5*time.Hour)
	got := c.in(officeChat, "孙七", "超期")
	has(t, "青山村's #R1", got, "青山村 #R1 三组 一般事项 三组水渠被石头堵了（3月2日上报镇，孙七在办，超期")
	has(t, "石桥村's #R1", got, "石桥村 #R1 一组 一般事项 桥头路灯坏了好几天了（3月2日上报镇，镇里还没人接手，网格长石队长（13800009999），超期")
	has(t, "the grid's", got, "村口的路灯坏了（已受理，李四（13900000004）负责，期限")
}

// overdueBatch is the overdue check's 【超期上报】 of two items, as the
// office reads it (scheduler's overdue.office texts).
const overdueBatch = "【超期上报】这次有 2 件超期事项村级备案并上报到镇，逐件列在下面：\n\n" +
	"1. 青山村三组 #R1（一般事项）：村口路灯坏了好几天了\n张三3月1日反映，期限昨天09:30，超期1天没办结，提醒过了，已村级备案上报到镇。\n负责：李四（13900000004）；网格还没记录进展。\n\n" +
	"2. 青山村三组 #R2（一般事项）：垃圾站满了没人拉\n陈二3月1日反映，期限昨天09:30，超期1天没办结，提醒过了，已村级备案上报到镇。\n负责：李四（13900000004）；网格还没记录进展。\n\n" +
	"请哪位同事接手回复「确认 #编号」，几件一起写也行，如「确认 #R1 #R2」；转交回复「指派 #编号 部门或名字」，不归镇里的回复「退回 #编号 原因」。"

// TestOfficerNewsQuotingOverdueBatch: an officer's news quoting the
// 【超期上报】 of several items is not met with the menu: news naming one
// item (垃圾站) is noted on it as news quoting a post of that item alone
// is (asked back with 「1」); news naming none asks which, listing them.
// With two villages each sending up a #R1, the one it names is written
// with its village.
func TestOfficerNewsQuotingOverdueBatch(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.upToTownship("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	quoting := func(c *chat, post, text string) []string {
		return c.send(bot.Message{Chat: officeChat, From: "孙七", Text: text, Quote: &bot.Quote{Name: "网格小助手", Text: post}})
	}
	got := quoting(c, overdueBatch, "已联系供电所，明天来修")
	expect(t, "names none", got, officeChat+": 孙七，「已联系供电所，明天来修」说的是哪一件？这条消息里有：\n#R1 村口路灯坏了好几天了\n#R2 垃圾站满了没人拉\n"+
		"请写上编号再发，例如：进展 #R1 已联系供电所，明天来修；办好了发「办结 #R1 结果」。")
	lacks(t, "names none", got, "可以这样用")
	got = quoting(c, overdueBatch, "垃圾站的已经叫车去拉了")
	has(t, "names one", got, "进展 #R2 垃圾站的已经叫车去拉了")
	lacks(t, "names one", got, "#R1", "可以这样用")
	has(t, "its 1", c.in(officeChat, "孙七", "1"), "#R2")
	if h := c.reports()[1].History; h[len(h)-1].Action != village.ActProgress || h[len(h)-1].Note != "垃圾站的已经叫车去拉了" {
		t.Errorf("#R2's last step: %+v, want the officer's 进展", h[len(h)-1])
	}

	c = twoVillagesChat(t)
	c.upToTownship("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	const sq = "石桥村一组网格群"
	c.in(sq, "石大山", "上报 桥头垃圾站满了没人拉")
	c.in(sq, "石队长", "上报镇 #R1 垃圾车归镇里")
	two := strings.Replace(strings.Replace(overdueBatch, "2. 青山村三组 #R2", "2. 石桥村一组 #R1", 1), "#R1 #R2", "青山村#R1 石桥村#R1", 1)
	got = quoting(c, two, "已联系供电所，明天来修")
	has(t, "two villages, names none", got, "\n青山村 #R1 村口路灯坏了好几天了\n石桥村 #R1 垃圾站满了没人拉\n")
	has(t, "two villages, names one", quoting(c, two, "垃圾站的已经叫车去拉了"), "进展 石桥村 #R1 垃圾站的已经叫车去拉了")
}

// TestVillagerNewsQuotingOverdueReminder: the reporter's 「灯泡买回来了」
// quoting the overdue reminder in the group is passed to the item's
// leader, and he hears so and what comes next (before: nothing was
// said); his 「谢谢」 quoting it is still let be.
func TestVillagerNewsQuotingOverdueReminder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("李四", "确认 #R1")
	reminder := "@李四 #R1（一般事项）已过期限今天09:30，还是「已受理」。\n请尽快处理并回复「进展 #R1 情况」，办好了回复「办结 #R1 结果」；要等村民的，回复「等待 #R1 原因」暂停计时。\n到明天10:00还没办结的，会村级备案并上报到镇。"
	quoting := func(from, text string) []string {
		return c.send(bot.Message{Chat: grid3, From: from, Text: text, Quote: &bot.Quote{Name: "网格小助手", Text: reminder}})
	}
	got := quoting("张三", "灯泡买回来了")
	has(t, "news", got, grid3+": @张三\u2005#R1（村口路灯坏了好几天了）还在办，现在「已受理」，刚才说的已转告负责人李四。", "李四: 【村民补充】#R1", "「灯泡买回来了」")
	if got := quoting("张三", "谢谢"); len(got) != 0 {
		t.Errorf("thanks quoting the reminder: %q, want nothing", got)
	}
}
