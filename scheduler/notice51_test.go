package scheduler

import (
	"slices"
	"strings"
	"testing"

	"gridbot/village"
)

// TestNoticeAboutNextMondayPhonedTillThen: a notice posted on Thursday
// about next Monday 9:00 is passed on by phone until then (it went out
// with its window, village.Notice.WithRelay): the follow-up asks the
// worker to phone by the day before, Sunday (notice55: it was Monday
// 8:30), and Saturday's, Sunday's and Monday's
// call lists carry it (Monday's says 今天, not 下周一); Tuesday's do not
// (notice51).
func TestNoticeAboutNextMondayPhonedTillThen(t *testing.T) {
	f := newPointsFixture(t)
	const text = "下周一上午9点在村委会开会"
	f.storeNotice(village.Notice{Text: text, By: "孙七", At: f.at("2026-12-03 15:10"), Groups: []string{"青山村三组网格群"}}.WithRelay())
	worker := func(out []string) string {
		return strings.Join(slices.DeleteFunc(out, func(o string) bool { return !strings.HasPrefix(o, "王五: ") }), "\n")
	}
	got := worker(f.run("notice_followup", "2026-12-04 15:15"))
	if !strings.Contains(got, "王奶奶") || !strings.Contains(got, "请在12月6日（周日）前电话转告") || strings.Contains(got, "08:30前") {
		t.Errorf("Friday's follow-up:\n%s\nwant 王奶奶 phoned by Sunday, the day before", got)
	}
	for _, day := range []string{"2026-12-05", "2026-12-06"} {
		got := worker(f.run("calls", day+" 08:00"))
		if !strings.Contains(got, "王奶奶") || !strings.Contains(got, "村委会开会") || strings.Contains(got, "15:00前") {
			t.Errorf("%s's call list:\n%s\nwant it to pass the notice on to 王奶奶", day, got)
		}
	}
	got = worker(f.run("calls", "2026-12-07 08:00"))
	if !strings.Contains(got, "今天上午9点在村委会开会") || !strings.Contains(got, "08:30前") {
		t.Errorf("Monday's call list:\n%s\nwant the notice, of today, by 08:30", got)
	}
	if got := worker(f.run("calls", "2026-12-08 08:00")); strings.Contains(got, "村委会开会") {
		t.Errorf("Tuesday's call list:\n%s\nwant no notice of a meeting gone by", got)
	}
}
