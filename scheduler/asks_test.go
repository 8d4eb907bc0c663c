package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// TestAskReminder: a township question to the grid (镇里问) left
// unanswered sla.ask_remind_after (4h by default) is reminded of to the
// grid's leader, privately, once, in working hours; a question asked
// again later is reminded of again; the 早报 lists the ones still
// waiting, and an answer (the grid's 进展) takes one off.
func TestAskReminder(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(72 * time.Hour), Status: village.StatusEscalated, Handlers: []string{"李四", "孙七"},
		History: []village.Entry{
			{At: at.Add(time.Minute), By: "李四", Action: village.ActEscalate, From: village.StatusAccepted, To: village.StatusEscalated},
			{At: f.at("2026-03-02 10:00"), By: "孙七", Action: village.ActAsk, Note: "路灯具体在哪", From: village.StatusEscalated, To: village.StatusEscalated},
		}})

	if out := f.run("ask_reminder", "2026-03-02 13:00"); len(out) != 0 {
		t.Errorf("reminded before 4h: %q", out)
	}
	out := f.run("ask_reminder", "2026-03-02 14:00")
	if len(out) != 1 || !strings.HasPrefix(out[0], "李四: 【镇里问】青山村三组 #R1（村口路灯不亮了）还没有回复\n孙七今天10:00问：路灯具体在哪\n请回复「答复 #R1 情况」") {
		t.Errorf("the reminder (to the leader, not to the officer): %q", out)
	}
	if out := f.run("ask_reminder", "2026-03-02 15:00"); len(out) != 0 {
		t.Errorf("reminded twice: %q", out)
	}
	digest := f.run("morning_digest", "2026-03-03 08:30")
	if len(digest) != 1 || !strings.Contains(digest[0], "镇里问了网格、还没回复的：\n#R1 青山村三组（昨天10:00 孙七问：路灯具体在哪；网格长：李四 13900000004）") {
		t.Errorf("the 早报 lacks the unanswered question: %q", digest)
	}

	// asked again: reminded again; answered: listed no more
	rep, err := f.st.Report(ctx, f.sc, "R1")
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Apply(village.ActAsk, "孙七", f.at("2026-03-03 16:00"), "有照片吗"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "ask2", Report: &rep}); err != nil {
		t.Fatal(err)
	}
	if out := f.run("ask_reminder", "2026-03-03 17:00"); len(out) != 0 {
		t.Errorf("the second question reminded of before 4h: %q", out)
	}
	if out := f.run("ask_reminder", "2026-03-04 09:00"); len(out) != 1 || !strings.Contains(out[0], "孙七昨天16:00问：有照片吗") {
		t.Errorf("the second question's reminder, the next morning: %q", out)
	}
	if rep, err = f.st.Report(ctx, f.sc, "R1"); err != nil {
		t.Fatal(err)
	}
	if err := rep.Apply(village.ActProgress, "李四", f.at("2026-03-04 10:00"), "在村口第三根电杆"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "answer", Report: &rep}); err != nil {
		t.Fatal(err)
	}
	digest = f.run("morning_digest", "2026-03-05 08:30")
	if slices.ContainsFunc(digest, func(s string) bool { return strings.Contains(s, "镇里问") }) {
		t.Errorf("an answered question in the 早报: %q", digest)
	}
}

// TestAskReminderAfterReturn: the 早报 lists exactly the township
// questions (镇里问) the ask_reminder job reminds the grid of. One asked
// after the township sent its item back (退回) is the grid's to answer
// as any; one asked before it is moot; one about a procedure question
// the grid answered since the 退回 (答复: it waits for the villager, and
// counts with neither the open items nor the overdue) waits for its
// answer all the same.
func TestAskReminderAfterReturn(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	up := village.Entry{At: at.Add(time.Minute), By: "李四", Action: village.ActEscalate, From: village.StatusAccepted, To: village.StatusEscalated}
	back := village.Entry{At: f.at("2026-03-02 09:30"), By: "孙七", Action: village.ActReturn, Note: "村里办", From: village.StatusEscalated, To: village.StatusInProgress}
	ask := func(note string, when string, s village.Status) village.Entry {
		return village.Entry{At: f.at(when), By: "孙七", Action: village.ActAsk, Note: note, From: s, To: s}
	}
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(72 * time.Hour), Status: village.StatusInProgress, Handlers: []string{"李四"},
		History: []village.Entry{up, back, ask("电工找了吗", "2026-03-02 10:00", village.StatusInProgress)}})
	f.addReport(village.Report{Type: village.General, Text: "垃圾桶满了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(72 * time.Hour), Status: village.StatusInProgress, Handlers: []string{"李四"},
		History: []village.Entry{up, ask("保洁员是谁", "2026-03-02 09:10", village.StatusEscalated), back}})
	answered := village.Entry{At: f.at("2026-03-02 09:40"), By: "李四", Action: village.ActAnswer, Note: "带户口本去镇民政办", From: village.StatusNew, To: village.StatusNew}
	backNew := back
	backNew.To = village.StatusNew
	f.addReport(village.Report{Type: village.Approval, Category: "政策咨询", Text: "高龄补贴怎么申请", Reporter: "张三", CreatedAt: at,
		Status: village.StatusNew, Handlers: []string{"李四"},
		History: []village.Entry{{At: at.Add(time.Minute), By: village.SystemActor, Action: village.ActEscalate, From: village.StatusNew, To: village.StatusEscalated},
			backNew, answered, ask("材料交了吗", "2026-03-02 10:00", village.StatusNew)}})

	out := f.run("ask_reminder", "2026-03-02 14:00")
	var reminded []string
	for _, o := range out {
		reminded = append(reminded, o[strings.Index(o, "#"):strings.Index(o, "（")])
	}
	if want := []string{"#R1", "#R3"}; !slices.Equal(reminded, want) {
		t.Errorf("reminded of %q, want %q:\n%s", reminded, want, strings.Join(out, "\n"))
	}
	digest := strings.Join(f.run("morning_digest", "2026-03-03 08:30"), "\n")
	if !strings.Contains(digest, "镇里问了网格、还没回复的：\n#R1 青山村三组（昨天10:00 孙七问：电工找了吗；网格长：李四 13900000004）\n#R3 青山村三组（昨天10:00 孙七问：材料交了吗；网格长：李四 13900000004）\n") {
		t.Errorf("the 早报 lists other questions than those reminded of:\n%s", digest)
	}
}
