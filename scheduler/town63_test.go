package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestUnclaimedRemindsOfficeDaily: an item sent up to the township that no
// officer took over is named in the office chat once its time to accept
// (sla.general.accept 24h from the filing) has passed, with how long it
// has waited and 「确认 #R…」; not before, not twice on one day, again the
// next day; one an officer took over is never named.
func TestUnclaimedRemindsOfficeDaily(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	for i, officer := range []string{"", "孙七"} {
		id := string(rune('a' + i))
		rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General, Category: "其他",
			Status: village.StatusNew, Text: "路灯不亮" + id, CreatedAt: f.at("2026-11-30 08:00"), DueAt: f.at("2026-12-20 09:00"), Source: id,
			Handlers: []string{"李四"},
			History:  []village.Entry{{At: f.at("2026-11-30 08:00"), By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
		if err := rep.Apply(village.ActEscalate, "李四", f.at("2026-11-30 09:00"), "村里办不了"); err != nil {
			t.Fatal(err)
		}
		if officer != "" {
			rep.Handlers = append(rep.Handlers, officer)
		}
		if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: id, Create: true, Report: rep}); err != nil {
			t.Fatal(err)
		}
	}
	if out := f.run("unclaimed", "2026-11-30 10:00"); len(out) != 0 {
		t.Errorf("within the time to accept: %q, want nothing", out)
	}
	out := f.run("unclaimed", "2026-12-01 10:00")
	if len(out) != 1 || !strings.HasPrefix(out[0], "青山镇网格工作群:") || !strings.Contains(out[0], "路灯不亮a") ||
		!strings.Contains(out[0], "已等1天") || !strings.Contains(out[0], "「确认 #R1」") || strings.Contains(out[0], "路灯不亮b") {
		t.Errorf("a day after it went up: %q, want one office message naming R1 (not R2, taken over), 已等1天, 「确认 #R1」", out)
	}
	if out := f.run("unclaimed", "2026-12-01 15:00"); len(out) != 0 {
		t.Errorf("a second occurrence the same day: %q, want nothing", out)
	}
	if out := f.run("unclaimed", "2026-12-02 10:00"); len(out) != 1 || !strings.Contains(out[0], "已等2天") {
		t.Errorf("the next day: %q, want the reminder again, 已等2天", out)
	}
}
