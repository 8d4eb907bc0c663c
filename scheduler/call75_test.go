package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestNoticeOnAVisitAsked: 王奶奶's calls missed twice, 李四 was asked to
// visit her; a notice chased after that goes on her call, and the leader
// is told to pass it on at the door (his 上门 log counts it told, as a
// reached call does), the worker that the leader will, not only to phone
// again (call75: the leader heard nothing of the notice).
func TestNoticeOnAVisitAsked(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	f.use(cfg, people, f.st)
	f.run("calls", "2026-06-18 08:00")
	calls, err := f.st.Calls(context.Background(), f.sc, storage.CallsOpen)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range calls {
		if c.Person == "王奶奶" { // missed twice, the leader asked at 09:30
			c.Status, c.Misses, c.Outcome = village.CallEscalated, 2, village.OutcomeMissed
			c.LoggedAt, c.VisitAskedAt = f.at("2026-06-18 09:30"), f.at("2026-06-18 09:30")
			f.storeCall(c)
		}
	}
	f.storeNotice(village.Notice{Text: "本周六上午9点在村委会免费体检", By: "孙七", At: f.at("2026-06-17 10:00"), Groups: []string{"青山村三组网格群"}})
	out := strings.Join(f.run("notice_followup", "2026-06-18 10:15"), "\n")
	holdsEach(t, "the follow-up", out,
		"王奶奶（13900000001）已连续没打通，已请网格长上门，这条通知也已请网格长上门时转告；能打通也请再打一次，打通时一起转告。",
		"李四: 【请上门看看·要转告通知】王奶奶（13900000001）已请您上门，还没有回复。上门时请把通知 #N1「本周六上午9点在村委会免费体检」一起转告，看完回复「回访 王奶奶 上门 已转告 情况」。")
	if strings.Contains(out, "王奶奶（13900000001）的回访电话上次没打通") {
		t.Errorf("the follow-up asks only for a call again:\n%s", out)
	}
	open, err := f.st.Calls(context.Background(), f.sc, storage.CallsOpen)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range open {
		if c.Person == "王奶奶" && (c.Status != village.CallEscalated || len(c.NoticeIDs()) != 1) {
			t.Errorf("王奶奶's call %+v, want the visit asked, carrying #N1", c)
		}
	}
	// the next morning's reminder of the visit says it too
	holdsEach(t, "the visit reminder", strings.Join(f.run("calls", "2026-06-19 08:00"), "\n"),
		"李四: 【请上门看看·还没回复】王奶奶（13900000001）", "请今天安排人上门，一起转告6月17日的通知：本周六上午9点在村委会免费体检。看完回复「回访 王奶奶 上门 已转告 情况」") // call96: quoted, no 查 #N1 first
}
