package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestDangerNamesItsAlarm (town109): 老刘家's cracked wall reported, then
// the house come down as an alarm: 查 of the danger did not name the
// alarm (town108 dropped it: the read cost every 查 of a danger a round
// trip). The link is now written on the danger in the alarm's filing
// commit, so another process's 查 names it at the 查's one round trip.
func TestDangerNamesItsAlarm(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("张三", "老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌")
	a.say("李四", "确认 #R1 我下午去看看")
	a.now = a.now.Add(34 * time.Hour)
	has(t, "alarm", a.say("陈二", "老刘家房子塌了 快来人"), "处置完请一并办结 #R1")
	a.now = a.now.Add(time.Minute)
	got := a.costs(t, 1, "查 of the danger", bot.Message{Chat: grid3, From: "李四", Text: "查 #R1"})
	has(t, "查", got, "后来出了险情：", "同一处报了突发事件 #R2，发「查 #R2」看处置情况")
	b.now = a.now.Add(time.Minute)
	has(t, "查 in another process", b.say("李四", "查 #R1"), "同一处报了突发事件 #R2")
	if rep := b.reports()[0]; rep.CameTrue != "R2" || rep.CameTrueAt.IsZero() {
		t.Errorf("R1 came true %q at %v, want R2 at the alarm's time", rep.CameTrue, rep.CameTrueAt)
	}
	// another home's alarm links nothing
	a.say("陈二", "快来人 赵六家房子塌了 人压在里面了")
	if rep := a.reports()[0]; rep.CameTrue != "R2" {
		t.Errorf("R1 came true %q after another home's alarm, want R2", rep.CameTrue)
	}
}

// TestAlarmClosedRemindsItsDanger (town109): the alarm at a danger's place
// asked to close the danger too, but its 办结 said nothing of it, and the
// danger stayed open unnoticed. The alarm's 办结 now tells the handlers
// the danger is still open; not when it is closed in the same command or
// before.
func TestAlarmClosedRemindsItsDanger(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌")
	c.say("李四", "确认 #R1 先让老刘一家搬到他儿子家住")
	c.now = c.now.Add(30 * time.Hour)
	c.say("陈二", "老刘家房子塌了 快来人")
	c.say("李四", "确认 #R2 人都在儿子家 没人在里面")
	got := c.say("李四", "办结 #R2 东半边塌了 没伤人 已经拉了警戒线")
	has(t, "办结", got, "#R2 已办结", "同一处之前报的安全隐患 #R1（老刘家的土坯房墙裂了", "还没办结：隐患排除了请回复「办结 #R1 结果」")

	c = newChat(t, understand.Rules{})
	c.say("张三", "老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(30 * time.Hour)
	c.say("陈二", "老刘家房子塌了 快来人")
	c.say("李四", "确认 #R2")
	c.say("李四", "办结 #R1 老刘家房子已经塌了 另立危房台账")
	lacks(t, "danger closed before", c.say("李四", "办结 #R2 没伤人 已经拉了警戒线"), "同一处之前报的安全隐患")
}

// TestOfficerAsksDangerousHousesCountsAFallenRoof (town109): 「村里小学
// 后面那间老房子屋顶被雪压塌了一半 孩子们老在边上玩」 is raised as an alarm,
// so 「危房有哪些」 left it out. A collapse of a house with nobody in it is
// listed while its alarm is open; one with people trapped is a rescue,
// not listed.
func TestOfficerAsksDangerousHousesCountsAFallenRoof(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("王五", "村里小学后面那间老房子屋顶被雪压塌了一半 孩子们老在边上玩")
	c.say("陈二", "快来人 赵六家房子塌了 人压在里面了")
	got := c.in(officeChat, "孙七", "危房有哪些")
	has(t, "危房", got, "还没办完的 1 件：", "#R1 青山村三组 村里小学后面那间老房子屋顶被雪压塌了一半", "报的是突发事件")
	lacks(t, "危房", got, "赵六家")
	// closed, it is gone
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 已经拉了警戒线 让孩子们别过去")
	has(t, "closed", c.in(officeChat, "孙七", "危房有哪些"), "全镇目前没有没办完的危房隐患")
}

// TestDangerForgetsAFalseAlarm (town109): an alarm at a danger's place
// rejected as false leaves the danger naming no alarm; one merged into an
// earlier alarm of the same collapse leaves it naming that one.
func TestDangerForgetsAFalseAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(30 * time.Hour)
	c.say("陈二", "老刘家房子塌了 快来人")
	c.say("李四", "驳回 #R2 误报 是隔壁的猪圈塌了")
	if rep := c.reports()[0]; rep.CameTrue != "" {
		t.Errorf("R1 came true %q after its alarm was rejected, want none", rep.CameTrue)
	}
	lacks(t, "查", c.say("李四", "查 #R1"), "后来出了险情")
}

// TestDangerFollowsAMergedAlarm (town109): of two alarms of the same
// collapse, the one merged names the other to the danger.
func TestDangerFollowsAMergedAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(30 * time.Hour)
	c.say("陈二", "老刘家房子塌了 快来人")
	c.now = c.now.Add(2 * time.Hour)
	c.say("王五", "老刘家的房子塌了！快来人")
	reps := c.reports()
	if len(reps) < 3 || reps[0].CameTrue != "R3" {
		t.Skipf("the second alarm was not filed apart (%d reports)", len(reps))
	}
	c.say("李四", "重复 #R3 #R2")
	if rep := c.reports()[0]; rep.CameTrue != "R2" {
		t.Errorf("R1 came true %q after #R3 merged into #R2, want R2", rep.CameTrue)
	}
}
