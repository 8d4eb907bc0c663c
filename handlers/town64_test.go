package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestGridsRanked: 网格排名 gives a township officer the grids side by
// side, the one that needs help first (an item nobody took on, now
// overdue), each item counted once however often it was resolved; a
// grid's cadre or a villager is told who can see it, an officer in a
// grid's group where to ask.
func TestGridsRanked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了三天了")
	c.in("青山村一组网格群", "谢明", "上报 水渠堵了，田里进不了水")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 换了灯泡")
	c.say("张三", "未解决 #R1 晚上还是不亮")
	c.say("李四", "办结 #R1 换了线")
	c.now = c.now.Add(4 * 24 * time.Hour)
	got := c.in(officeChat, "孙七", "网格排名")
	has(t, "ranked", got, "【各网格情况】本月（3月1日至今），最需要帮助的排在前面：\n"+
		"1. 青山村一组：收到 1 件，按时受理 0%，办结 0，现在超期 1（#R2），重新打开 0，",
		"\n2. 青山村三组：收到 1 件，按时受理 100%，办结 1，现在超期 0，重新打开 1，",
		"\n暂无事项（这个月没有收到事项，也没有回访电话，不参加排名）：青山村二组")
	if joined := strings.Join(got, "\n"); strings.Count(joined, "\n1. ") != 1 {
		t.Errorf("one ranking wanted: %q", got)
	}
	has(t, "last month: nothing", c.private("孙七", "上月网格排名"), "各网格上个月都还没有事项")
	has(t, "a leader", c.say("李四", "网格排名"), "只有镇干部能看", "请发「情况」")
	has(t, "a villager", c.say("张三", "各网格对比"), "只有镇干部能看", "请找本网格的网格长")
	has(t, "an officer in a grid's group", c.say("孙七", "网格排名"), "请在青山镇网格工作群里发「网格排名」，或私信我")
	lacks(t, "chat naming grids", c.say("张三", "网格排名这事我不懂"), "网格排名")
}

// TestTownshipAssignTakesOn: the township referring an item that went up
// days ago and nobody there took on (「指派 #R1 司法所」) takes it on as
// 「确认 #R1」 would: it has the time to resolve it from now, not the
// deadline it went up past, and is not overdue the moment it acts.
func TestTownshipAssignTakesOn(t *testing.T) {
	due := func(take string) string {
		c := newChat(t, understand.Rules{})
		c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
		c.now = c.now.Add(5 * 24 * time.Hour)
		c.in(officeChat, "孙七", take)
		got := strings.Join(c.in(officeChat, "孙七", "查 #R1"), "\n")
		_, line, _ := strings.Cut(got, "负责人：")
		line, _, _ = strings.Cut(line, "\n")
		return line
	}
	accepted, referred := due("确认 #R1"), due("指派 #R1 司法所")
	if !strings.Contains(accepted, "期限3月") || !strings.HasSuffix(referred, accepted[strings.Index(accepted, "期限"):]) {
		t.Errorf("referred: %q, want the deadline 确认 gives: %q", referred, accepted)
	}
}

// TestGridsRankedEmergencyLate: an emergency nobody took on within the
// time to (15 minutes here), taken on an hour later, is not 按时受理 in
// 网格排名, as the 早报 says it was late; one taken on at once is.
func TestGridsRankedEmergencyLate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in("青山村二组网格群", "田卫东", "着火了！后山林子冒烟了")
	c.now = c.now.Add(time.Hour)
	c.in("青山镇应急值班群", "孙七", "确认 #R1 已通知消防")
	c.say("张三", "着火了！村口草垛烧起来了")
	c.say("李四", "确认 #R2 我到了")
	has(t, "late", c.in(officeChat, "孙七", "网格排名"),
		"1. 青山村二组：收到 1 件，按时受理 0%，", "\n2. 青山村三组：收到 1 件，按时受理 100%，") // the empty 一组 apart (score68)
}
