package handlers_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderOwnReportTakenOn: a grid leader's own 上报 (in the group, 代报
// for a villager, privately, a quarrel of others) is taken on by him as
// he files it: nobody is asked to 确认 it, the history says he reported
// and he took it on (本人上报), its clock is the time to resolve it, not
// to accept it, and the evening digest lists it 已受理, never overdue for
// want of a 确认. A grid worker's report is still the leader's to 确认;
// a quarrel the leader is a party of is taken on too, noted 当事人.
func TestLeaderOwnReportTakenOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("李四", "上报 村口的路灯不亮了")
	has(t, "leader's own", got, grid3+": 已登记 #R1", "李四是网格长，上报即由本人受理，不用再「确认」。办好后回复「办结 #R1 处理结果」")
	lacks(t, "leader's own", got, "确认 #R1", "请网格长受理", "可随时发「查 #R1」")
	has(t, "worker's", c.say("王五", "上报 二号桥栏杆松了"), "@李四\u2005请网格长受理：回复「确认 #R2」", "王五，可随时发「查 #R2」看进度")
	got = c.say("李四", "代报 王奶奶 家里屋顶漏水")
	has(t, "代报 by the leader", got, "（王奶奶反映，李四代报）", "李四是网格长，上报即由本人受理")
	lacks(t, "代报 by the leader", got, "确认 #R3")
	got = c.say("李四", "上报 调解 张三和陈二两家为宅基地吵起来了")
	has(t, "a quarrel of others", got, "已交李四、郑十调解", "李四是网格长，上报即由本人受理")
	lacks(t, "a quarrel of others", got, "确认 #R4")
	has(t, "his own quarrel", c.say("李四", "上报 调解 陈二家的水沟往我家灌水"), "本人也是当事人", "需要镇里调解，回复「上报镇 #R5 原因」")
	got = c.private("李四", "上报 三组水渠堵了")
	has(t, "privately", got, "李四: 已登记 #R6", "您是网格长，上报即由您受理，不用再「确认」。办好后私信我「办结 #R6 处理结果」")
	lacks(t, "privately", got, "【私信反映】", "确认 #R6")

	reps := map[string]village.Report{}
	for _, r := range c.reports() {
		reps[r.ID] = r
	}
	for _, id := range []string{"R1", "R3", "R4", "R6"} {
		r := reps[id]
		if r.Status != village.StatusAccepted || len(r.History) != 2 {
			t.Fatalf("%s: %s with %d entries, want accepted on filing: %+v", id, r.Status, len(r.History), r.History)
		}
		filed, took := r.History[0], r.History[1]
		if filed.Action != village.ActCreate || took.Action != village.ActAccept || took.By != "李四" || !took.Implied || took.Note != "本人上报" || !took.At.Equal(filed.At) {
			t.Errorf("%s: history %+v, want filed, then taken on by 李四 (本人上报) at once", id, r.History)
		}
		if !slices.Contains(r.Handlers, "李四") {
			t.Errorf("%s: handlers %v, want 李四", id, r.Handlers)
		}
	}
	if reps["R1"].Reporter != "李四" || reps["R3"].Reporter != "王奶奶" || reps["R3"].Recorder != "李四" {
		t.Errorf("who reported: %q, %q by %q", reps["R1"].Reporter, reps["R3"].Reporter, reps["R3"].Recorder)
	}
	if reps["R5"].Status != village.StatusAccepted || reps["R5"].History[1].Note != "本人上报（当事人）" {
		t.Errorf("R5: %s %+v, want taken on, noted 当事人 (leader38)", reps["R5"].Status, reps["R5"].History)
	}
	for _, id := range []string{"R2"} {
		if reps[id].Status != village.StatusNew {
			t.Errorf("%s: %s, want 待受理 (the leader's to 确认)", id, reps[id].Status)
		}
	}

	// the day to accept the worker's report is past: it is overdue and
	// chased; the leader's own has its time to resolve
	own, workers := reps["R1"], reps["R2"]
	late := workers.DueAt.Add(time.Minute)
	if !own.DueAt.After(late) || own.OverdueAt(late) || !workers.OverdueAt(late) {
		t.Errorf("deadlines: own %v, worker's %v; at %v want only the worker's overdue", own.DueAt, workers.DueAt, late)
	}
	d := village.DigestGrid(c.reports(), "三组", c.now.Add(-time.Hour), late, 10)
	for _, r := range d.Overdue {
		if r.ID == "R1" || r.ID == "R3" || r.ID == "R4" {
			t.Errorf("evening digest: %s overdue, want only those waiting for 确认", r.ID)
		}
	}
	for _, r := range d.Open {
		if r.ID == "R1" && r.Status.Label() != "已受理" {
			t.Errorf("evening digest lists #R1 %s, want 已受理", r.Status.Label())
		}
	}
	if !strings.Contains(strings.Join(c.say("李四", "查 #R1"), "\n"), "李四 受理：本人上报") {
		t.Error("查 #R1 does not show his taking it on")
	}
}

// TestCadreAsksNumberInHisNews: a grid cadre's news of the open fire that
// asks which number to call (「火还没灭 该打什么电话」) is his 进展 as
// before, and its reply gives him the number, in the same commit: the
// same round trips as the news without the question, which gets none.
func TestCadreAsksNumberInHisNews(t *testing.T) {
	fire := [2]string{"张三", "后山着火了 快来人"}
	for _, who := range []string{"王五", "李四"} {
		c := raised(t, fire)
		asked, got := c.counted(bot.Message{Chat: grid3, From: who, Text: "火还没灭 该打什么电话"})
		has(t, who+" asks", got, grid3+": 按"+who+"的话，#R1 进展已记录：火还没灭 该打什么电话\n"+who+"，火情请立即拨打119",
			dutyChat+": 【青山村三组】#R1（突发事件）"+who+" 进展")
		c = raised(t, fire)
		plain, got := c.counted(bot.Message{Chat: grid3, From: who, Text: "火还没灭 正在扑救"})
		has(t, who+" tells", got, "进展已记录：火还没灭 正在扑救")
		lacks(t, who+" tells", got, "拨打119")
		if asked != plain {
			t.Errorf("%s: %d round trips asking the number, %d without", who, asked, plain)
		}
	}
}
