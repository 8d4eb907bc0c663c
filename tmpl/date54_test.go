package tmpl

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestDayAcrossTheYear: day, at and when count calendar days, so 31
// December's 明天 is 1 January (and 30 December's 后天), 1 January's 昨天 is
// 31 December, late evening to early morning included; day keeps the
// date beside the word and says a further day by its date alone.
func TestDayAcrossTheYear(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	s := Must(fstest.MapFS{"x.tmpl": {Data: []byte(`{{define "d"}}{{day .T .Now}}{{end}}{{define "a"}}{{at .T .Now}}{{end}}{{define "w"}}{{when .T .Now}}{{end}}`)}}, loc, nil)
	on := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, loc) }
	for _, tc := range []struct {
		now, t     time.Time
		day, at, w string
	}{
		{on(2026, 12, 31, 10, 0), on(2027, 1, 1, 9, 0), "明天（1月1日）", "明天09:00", "明天09:00"},
		{on(2026, 12, 31, 23, 50), on(2027, 1, 1, 0, 10), "明天（1月1日）", "明天00:10", "明天00:10"},
		{on(2026, 12, 30, 10, 0), on(2027, 1, 1, 9, 0), "后天（1月1日）", "1月1日 09:00", "1月1日"},
		{on(2026, 12, 31, 10, 0), on(2027, 1, 2, 9, 0), "后天（1月2日）", "1月2日 09:00", "1月2日"},
		{on(2026, 12, 31, 10, 0), on(2026, 12, 31, 18, 0), "今天（12月31日）", "今天18:00", "今天18:00"},
		{on(2027, 1, 1, 0, 5), on(2026, 12, 31, 23, 0), "昨天（12月31日）", "昨天23:00", "昨天23:00"},
		{on(2026, 12, 28, 10, 0), on(2027, 1, 1, 9, 0), "1月1日", "1月1日 09:00", "1月1日"},
		{on(2026, 2, 28, 10, 0), on(2026, 3, 1, 9, 0), "明天（3月1日）", "明天09:00", "明天09:00"},
		// read in another zone, the reader's days count (loc)
		{on(2026, 12, 31, 10, 0).UTC(), on(2027, 1, 1, 7, 0).UTC(), "明天（1月1日）", "明天07:00", "明天07:00"},
	} {
		data := map[string]time.Time{"T": tc.t, "Now": tc.now}
		for name, want := range map[string]string{"d": tc.day, "a": tc.at, "w": tc.w} {
			if got := s.Render(name, data); got != want {
				t.Errorf("%s at %s of %s: got %q, want %q", name, tc.now.In(loc).Format(time.DateTime), tc.t.In(loc).Format(time.DateTime), got, want)
			}
		}
	}
}
