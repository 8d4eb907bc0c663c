package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestWaitHintOnNewItemOffersProgress: the leader's 「R1 等他回来再说」 on
// an item nobody took on yet is shown 进展 (his 「1」 records it), not
// 等待, which a new item refuses; once taken on, the same words pause it.
func TestWaitHintOnNewItemOffersProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口那段路有个大坑"), "已登记 #R1")
	got := c.say("李四", "R1 等他回来再说")
	expectLike(t, "wait hint on a new item", got, like{has: "「进展 #R1 等他回来再说」", lacks: "等待 #R1"})
	expect(t, "its 1 records the note", c.say("李四", "1"), "#R1 进展已记录")
	c.firstStatus(village.StatusInProgress)
}

// TestStillWaitingKeepsTheClockStopped: the leader's 「R1 还在等挖机」 on
// an item he paused is noted as its pause going on: the item stays
// paused, its clock stopped since the first pause, where a 进展 would
// have started it again; 查 shows what it waits for.
func TestStillWaitingKeepsTheClockStopped(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 三组水渠堵了")
	expect(t, "paused", c.say("李四", "等待 #R1 等挖机来了再挖"), "#R1 已暂停计时")
	paused := c.reports()[0].PausedAt
	expectLike(t, "still waiting", c.say("李四", "R1 还在等挖机"), like{has: "#R1 仍暂停计时", lacks: "恢复计时，"})
	rep := c.reports()[0]
	if rep.Status != village.StatusWaiting || !rep.PausedAt.Equal(paused) {
		t.Errorf("R1 is %s paused at %v; want still waiting since %v", rep.Status, rep.PausedAt, paused)
	}
	expectLike(t, "查", c.say("李四", "查 #R1"), like{has: "暂停（等挖机）"})
}

// TestQueryPausedSaysReasonOnce: 查 of an item paused for a thing says
// what it waits for once, in full, in its status, and the latest step
// (that pause) says who paused it when, not the reason again.
func TestQueryPausedSaysReasonOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 小桥栏杆松了")
	expect(t, "paused", c.say("李四", "等待 #R1 等挖机来了再挖"), "#R1 已暂停计时")
	got := c.say("李四", "查 #R1")
	expectLike(t, "查", got, like{has: "一般事项·暂停（等挖机来了再挖）", lacks: "暂停计时：等挖机"})
	if len(got) == 1 && strings.Count(got[0], "等挖机") != 1 {
		t.Errorf("查 says the reason %d times: %q", strings.Count(got[0], "等挖机"), got[0])
	}
}

// TestBareWaitOnSomeonePauses: the leader's bare 「R1 等陈二」 (no #, no
// command) on an item he took on pauses it, as 「等待 #R1 等陈二」 does;
// 「R1 等会去看」 names nobody and is no pause.
func TestBareWaitOnSomeonePauses(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口那段路有个大坑")
	lacks(t, "his own later", c.say("李四", "R1 等会去看"), "暂停计时")
	expectLike(t, "waits on 陈二", c.say("李四", "R1 等陈二"), like{has: "#R1 已暂停计时", end: "恢复计时。"})
	c.firstStatus(village.StatusWaiting)
}

// TestAssignAfterDeadlineSaysOverdue: 「指派 #R1 王五」 of an item past its
// deadline tells the one sent it is late (已过期限), and moves no deadline.
func TestAssignAfterDeadlineSaysOverdue(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口那段路有个大坑")
	due := c.reports()[0].DueAt
	c.now = due.Add(24 * time.Hour)
	expectLike(t, "指派 late", c.say("李四", "指派 #R1 王五"), like{has: "已过期限", lacks: "预计"})
	if got := c.reports()[0].DueAt; !got.Equal(due) {
		t.Errorf("deadline %v, want %v kept", got, due)
	}
}

// TestVillagerAsksAfterItemByNumber: a villager's 「R1 这个坑什么时候补啊」
// (no #, no command) is answered as 查 #R1: how it stands and who has it.
func TestVillagerAsksAfterItemByNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口那段路有个大坑")
	expectLike(t, "asked", c.say("陈二", "R1 这个坑什么时候补啊"), like{start: grid3 + ": #R1 一般事项·", has: "负责人：李四"})
}
