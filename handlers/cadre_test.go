package handlers_test

import (
	"slices"
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestComplaintAboutACadre: a villager's complaint of a cadre's conduct,
// told privately or in the group, goes to the township office only: the
// grid's leader hears nothing and cannot read it; the township takes it on
// there and the villager hears back privately. A cadre named for anything
// else files as usual.
func TestComplaintAboutACadre(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("张三", "我想反映个事 村主任把低保给了他亲戚 我家那么困难都没评上 别说是我说的")
	expect(t, "private", got, "青山镇网格工作群: 【群众反映·涉及村干部】青山村三组 #R1", "张三: 已登记 #R1：说的是村干部的事，已直接转给镇里，不经过本村和网格长")
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "李四") || strings.HasPrefix(s, "王五") }) {
		t.Errorf("the grid's cadres were told:\n%s", strings.Join(got, "\n"))
	}
	r1 := c.reports()[0]
	if r1.Status != village.StatusEscalated || !r1.Private() || len(r1.Handlers) != 0 || !r1.WentUp() {
		t.Errorf("R1: %s private %v handlers %q", r1.Status, r1.Private(), r1.Handlers)
	}
	// filed with the township by the rules: by the system, as the
	// scheduler's escalations are, not by the bot's chat name
	if up := r1.History[len(r1.History)-1]; up.Action != village.ActEscalate || up.By != village.SystemActor {
		t.Errorf("R1's escalation entry: %+v, want %s by %s", up, village.ActEscalate, village.SystemActor)
	}
	if got := c.private("李四", "查 #R1"); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "低保") }) {
		t.Errorf("the leader reads it: %q", got)
	}
	expect(t, "the township takes it on", c.in("青山镇网格工作群", "孙七", "确认 #R1 已转纪委核实"), "青山镇网格工作群: #R1", "张三: #R1")

	got = c.say("陈二", "我要投诉我们组的网格员 收了人家的红包才给办")
	expect(t, "in the group", got, "青山镇网格工作群: 【群众反映·涉及村干部】青山村三组 #R2", "陈二: 已登记 #R2：说的是村干部的事，已直接转给镇里", grid3+": 陈二，已私信回复您。")
	if strings.Contains(got[2], "@") {
		t.Errorf("the group reply mentions someone: %q", got[2])
	}
	expect(t, "a cadre named for anything else", c.say("张三", "网格员你好 我们这里的路灯好几天都不亮了"), grid3+": 已登记 #R3（一般事项")
}

// TestComplaintNamesTheCadre: a complaint that names the cadre instead
// of his title ("王五收了我200块钱") goes to the township as one by title
// does; a villager speaking to a cadre by name of someone else's wrong
// files as usual.
func TestComplaintNamesTheCadre(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("陈二", "王五收了我200块钱才给办低保 太不像话")
	expect(t, "named privately", got, "青山镇网格工作群: 【群众反映·涉及村干部】青山村三组 #R1", "陈二: 已登记 #R1：说的是村干部的事")
	if r1 := c.reports()[0]; !r1.AboutCadre || r1.Type == village.Approval {
		t.Errorf("R1 about cadre %v, type %s", r1.AboutCadre, r1.Type)
	}
	expect(t, "named in the group", c.say("张三", "李四偏心 低保只给他亲戚评"),
		"青山镇网格工作群: 【群众反映·涉及村干部】青山村三组 #R2", "张三: 已登记 #R2：说的是村干部的事", grid3+": 张三，已私信回复您。")
	got = c.say("张三", "王五 隔壁老刘在路口收钱 说是停车费")
	lacks(t, "a cadre spoken to is taken for the accused", got, "涉及村干部")
}

// TestComplaintOfficerHearsOnce: an officer who took on a complaint about
// a cadre (a private item sent up) reads its updates in the township's
// chat, not a second copy in private.
func TestComplaintOfficerHearsOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("张三", "我想反映个事 村主任把低保给了他亲戚 我家那么困难都没评上 别说是我说的")
	c.in(officeChat, "孙七", "确认 #R1 已转纪委核实")
	c.in(officeChat, "孙七", "办结 #R1 已核实，重新评议")
	got := c.private("张三", "未解决 #R1 还是没评上")
	has(t, "the villager reopens it", got, "张三: #R1 已重新打开", officeChat+": ")
	for _, o := range got {
		if strings.HasPrefix(o, "孙七:") {
			t.Errorf("the officer who took it on hears it privately besides the office: %q", o)
		}
	}
}
