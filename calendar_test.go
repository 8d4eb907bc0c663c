package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot/replay"
	"gridbot/village"
)

// businessWeek: a report accepted on Tuesday falls due on Friday and is
// chased; one accepted on Friday falls due after the weekend. A clock line
// at each hour of the overdue job (09:00–18:00, 3 to 11 March) runs it on
// time, as a running bot does: runs caught up later send their reminders
// later, and escalate later.
func businessWeek() []byte {
	lines := []string{
		`{"at":"2026-03-03T10:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
		`{"at":"2026-03-03T10:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
		`{"at":"2026-03-06T10:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"上报 文化广场的健身器材坏了"}`,
		`{"at":"2026-03-06T10:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R2"}`,
		`{"at":"2026-03-12T12:00:00+08:00"}`,
	}
	for d := 3; d <= 11; d++ {
		for h := 9; h <= 18; h++ {
			lines = append(lines, fmt.Sprintf(`{"at":"2026-03-%02dT%02d:00:00+08:00"}`, d, h))
		}
	}
	slices.Sort(lines) // by "at": every line has the same zone
	return []byte(strings.Join(lines, "\n") + "\n")
}

// TestReplayBusinessDays replays the same week with sla.business_days off
// (the example) and on: with it on, due dates and the township escalation
// skip the weekend.
func TestReplayBusinessDays(t *testing.T) {
	tests := []struct {
		name         string
		businessDays bool
		dueR2        string // R2's due date in the state file
		accepted     string // the acceptance reply for R2
		remindR2     string // when the overdue job reminds R2's handler
		escalateR1   string // when the overdue job files R1 with the township
	}{
		{"clock time", false, "2026-03-09T10:05:00+08:00", "预计3月9日前办结", "2026-03-09T11:00:00+08:00", "2026-03-07T11:00:00+08:00"},
		{"business days", true, "2026-03-11T10:05:00+08:00", "预计3月11日前办结", "2026-03-11T11:00:00+08:00", "2026-03-09T11:00:00+08:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := redisOrMemory(t)
			cfg := "config.example.yaml"
			if tt.businessDays {
				cfg = exampleConfig(t, businessDays)
			}
			_, outs, st := replayConfig(t, cfg, url, businessWeek())
			if len(st.Reports) != 2 {
				t.Fatalf("got %d reports, want 2", len(st.Reports))
			}
			r1, r2 := st.Reports[0], st.Reports[1]
			if got := r2.DueAt.Format(time.RFC3339); got != tt.dueR2 {
				t.Errorf("R2 due at %s, want %s", got, tt.dueR2)
			}
			if got := r2.RemindedAt.Format(time.RFC3339); got != tt.remindR2 {
				t.Errorf("R2 reminded at %s, want %s", got, tt.remindR2)
			}
			escalated := "never"
			for _, h := range r1.History {
				if h.Action == village.ActEscalate {
					escalated = h.At.Format(time.RFC3339)
				}
			}
			if escalated != tt.escalateR1 {
				t.Errorf("R1 escalated at %s, want %s", escalated, tt.escalateR1)
			}
			said := func(to, substr string) bool {
				return slices.ContainsFunc(outs, func(o replay.Out) bool { return o.To == to && strings.Contains(o.Text, substr) })
			}
			for _, m := range []struct{ to, text string }{
				{"青山村三组网格群", "#R2 已受理，由李四负责，" + tt.accepted},
				{"青山村三组网格群", "#R2（一般事项）已过期限"},
				{"青山镇网格工作群", "【超期上报】青山村三组 #R1"},
			} {
				if !said(m.to, m.text) {
					t.Errorf("nothing to %s says %q", m.to, m.text)
				}
			}
		})
	}
}
