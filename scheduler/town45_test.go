package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestOrderReminder: the township's order to the grid (督办, Entry.Urge)
// left unanswered is reminded of under its own header, 【镇里督办】, which
// quoting answers as the order's; an item the grid never sent up, pressed
// by the office, is reminded of as well.
func TestOrderReminder(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(72 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"},
		History: []village.Entry{
			{At: at.Add(time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: f.at("2026-03-02 10:00"), By: "孙七", Action: village.ActAsk, Note: "抓紧处理", Urge: true, Chat: "青山镇网格工作群",
				From: village.StatusAccepted, To: village.StatusAccepted},
		}})
	out := f.run("ask_reminder", "2026-03-02 14:00")
	if len(out) != 1 || !strings.HasPrefix(out[0], "李四: 【镇里督办】青山村三组 #R1（村口路灯不亮了）还没有回复\n孙七今天10:00督办：抓紧处理\n") {
		t.Errorf("the order's reminder: %q", out)
	}
}
