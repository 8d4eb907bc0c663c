package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestLead106EveningTellsUntakenPrivate: private items nobody took on
// by the evening are listed to their handler privately (the group's
// digest leaves them out, the overdue reminder waits a day), overdue
// ones marked; taken-on, group and emergency items are not, and a
// handler with none hears nothing. The group never hears of them.
func TestLead106EveningTellsUntakenPrivate(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-12-08 09:00")
	private := func(text string, made time.Time, status village.Status) village.Report {
		return village.Report{Type: village.General, Text: text, Reporter: "王奶奶", Recorder: "王五", Chat: "", Village: "青山村", Grid: "三组",
			CreatedAt: made, DueAt: made.AddDate(0, 0, 1), Status: status, Handlers: []string{"李四"}}
	}
	f.addReport(private("炉子有点漏烟 屋里一股煤烟味", created, village.StatusNew))
	f.addReport(private("院墙裂了个口子", created.AddDate(0, 0, -2), village.StatusNew))
	f.addReport(private("想问问取暖补贴的事", created, village.StatusAccepted))
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮", Reporter: "张三", CreatedAt: created,
		DueAt: created.AddDate(0, 0, 1), Handlers: []string{"李四"}})
	out := f.run("evening_digest", "2026-12-08 20:00")
	var note string
	for _, m := range out {
		if strings.HasPrefix(m, "李四: ") {
			if note != "" {
				t.Fatalf("two private notes to 李四:\n%s", strings.Join(out, "\n"))
			}
			note = m
		}
		if strings.HasPrefix(m, "青山村三组网格群: ") && strings.Contains(m, "漏烟") {
			t.Errorf("the group heard of a private item:\n%s", m)
		}
	}
	for _, want := range []string{"【私信反映待受理】还有 2 件私信反映没受理", "#R2 王奶奶（王五代报）：院墙裂了个口子（已超期）\n#R1 王奶奶（王五代报）：炉子有点漏烟",
		"请私信我回复「确认 #编号」受理（例如「确认 #R2」）"} {
		if !strings.Contains(note, want) {
			t.Errorf("李四's note:\n%s\nwant %q", note, want)
		}
	}
	if strings.Contains(note, "取暖补贴") || strings.Contains(note, "路灯") {
		t.Errorf("李四's note lists a taken-on or group item:\n%s", note)
	}
	g := newPointsFixture(t)
	g.addReport(private("想问问取暖补贴的事", created, village.StatusAccepted))
	g.addReport(village.Report{Type: village.General, Text: "村口路灯不亮", Reporter: "张三", CreatedAt: created,
		DueAt: created.AddDate(0, 0, 1), Handlers: []string{"李四"}})
	for _, m := range g.run("evening_digest", "2026-12-08 20:00") {
		if strings.HasPrefix(m, "李四: ") {
			t.Errorf("李四 has no private item untaken: %s", m)
		}
	}
}
