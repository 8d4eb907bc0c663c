package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// grannyLine is the part of worker 王五's messages in out about 王奶奶:
// from her name to the end of its line.
func grannyLine(out []string) string {
	for _, o := range slices.DeleteFunc(out, func(o string) bool { return !strings.HasPrefix(o, "王五: ") }) {
		if _, rest, ok := strings.Cut(o, "王奶奶"); ok {
			line, _, _ := strings.Cut(rest, "\n")
			return "王奶奶" + line
		}
	}
	return ""
}

// TestRelayCallLateFromTheDayAsked (month68): a call made only to pass a
// notice on (王奶奶's routine call was made two days before) is late from
// the day the follow-up asked it by, the day before the event (请在12月7日
// （周一）前电话转告), not from the day the follow-up made it: Monday's list
// does not call it 已拖1天, Tuesday's does.
func TestRelayCallLateFromTheDayAsked(t *testing.T) {
	f := newPointsFixture(t)
	f.reached("王奶奶", "青山村/QS-305/王奶奶", "2026-12-05 10:00")
	f.storeNotice(village.Notice{Text: "12月8日上午9点在村委会领取冬季取暖补贴，请带身份证", By: "孙七", At: f.at("2026-12-05 13:53"),
		Groups: []string{"青山村三组网格群"}}.WithRelay())
	if got := strings.Join(f.run("notice_followup", "2026-12-06 14:15"), "\n"); !strings.Contains(got, "王奶奶（13900000001）") || !strings.Contains(got, "请在12月7日（周一）前电话转告") {
		t.Fatalf("Sunday's follow-up:\n%s\nwant 王奶奶 phoned by Monday", got)
	}
	monday := grannyLine(f.run("calls", "2026-12-07 08:00"))
	if !strings.Contains(monday, "关爱等级：高") || strings.Contains(monday, "已拖") {
		t.Errorf("Monday's list says of 王奶奶: %q; want her call, not late on the day asked", monday)
	}
	tuesday := grannyLine(f.run("calls", "2026-12-08 08:00"))
	if !strings.Contains(tuesday, "已拖1天") {
		t.Errorf("Tuesday's list says of 王奶奶: %q; want it a day late", tuesday)
	}
}

// TestUnclaimedWaitedInCalendarDays (month68): 【镇里待接手】 says how long
// an item waited in calendar days, as the date of its filing beside it
// reads: sent up on 14 December at 17:00, it has waited 2 days on the
// 16th at 10:00 (41 hours, which said 1天), 17 days on the 31st.
func TestUnclaimedWaitedInCalendarDays(t *testing.T) {
	f := newPointsFixture(t)
	rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General, Category: "其他",
		Status: village.StatusNew, Text: "垃圾桶满了", CreatedAt: f.at("2026-12-10 08:00"), DueAt: f.at("2026-12-11 08:00"),
		Handlers: []string{"李四"},
		History:  []village.Entry{{At: f.at("2026-12-10 08:00"), By: "陈二", Action: village.ActCreate, To: village.StatusNew}}}
	if err := rep.Apply(village.ActEscalate, "李四", f.at("2026-12-14 17:00"), "村里办不了"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: f.sc, MsgID: "m68", Create: true, Report: rep}); err != nil {
		t.Fatal(err)
	}
	if out := strings.Join(f.run("unclaimed", "2026-12-16 10:00"), "\n"); !strings.Contains(out, "12月14日上报，已等2天") {
		t.Errorf("on the 16th: %q, want 12月14日上报，已等2天", out)
	}
	// told in brief since town99: listed the working day before
	if out := strings.Join(f.run("unclaimed", "2026-12-31 10:00"), "\n"); !strings.Contains(out, "#R1（已等17天）") {
		t.Errorf("on the 31st: %q, want 已等17天", out)
	}
}
