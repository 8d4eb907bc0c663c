package village

import (
	"testing"
	"time"
	_ "time/tzdata" // Asia/Shanghai and Europe/Berlin on machines without zoneinfo

	"github.com/google/go-cmp/cmp"
)

func mustLoc(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

// dates parses YYYY-MM-DD dates for a calendar.
func dates(tb testing.TB, ss ...string) []time.Time {
	tb.Helper()
	var out []time.Time
	for _, s := range ss {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

// china2026 has the National Day block (10-01..10-07, make-up days 09-20
// and 10-10) and the Spring Festival block (02-15..02-23, make-up days
// 02-14 and 02-28) of 2026.
func china2026(tb testing.TB) Calendar {
	tb.Helper()
	return NewCalendar(mustLoc(tb, "Asia/Shanghai"),
		dates(tb, "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21",
			"2026-02-22", "2026-02-23",
			"2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"),
		dates(tb, "2026-02-14", "2026-02-28", "2026-09-20", "2026-10-10"))
}

func TestCalendarAdd(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	at := func(month time.Month, day, hour, minute int) time.Time {
		return time.Date(2026, month, day, hour, minute, 0, 0, sh)
	}
	endOf := func(month time.Month, day int) time.Time { return time.Date(2026, month, day, 23, 59, 59, 0, sh) }
	cn := china2026(t)
	tests := []struct {
		name  string
		cal   Calendar
		start time.Time
		d     time.Duration
		want  time.Time
	}{
		{"off: plain clock time over a weekend", Calendar{}, at(3, 6, 10, 0), 3 * oneDay, at(3, 9, 10, 0)},
		{"off: plain clock time over a holiday", Calendar{}, at(9, 30, 10, 0), oneDay, at(10, 1, 10, 0)},
		{"within the week", cn, at(3, 2, 10, 0), 3 * oneDay, at(3, 5, 10, 0)},
		{"3d from Friday is Wednesday", cn, at(3, 6, 10, 0), 3 * oneDay, at(3, 11, 10, 0)},
		{"24h from Friday is Monday", cn, at(3, 6, 10, 0), 24 * time.Hour, at(3, 9, 10, 0)},
		{"Friday just before midnight", cn, at(3, 6, 23, 30), oneDay, at(3, 9, 23, 30)},
		{"made on Saturday: counts from Monday 00:00, ends with Wednesday", cn, at(3, 7, 10, 0), 3 * oneDay, endOf(3, 11)},
		{"made on Sunday evening", cn, at(3, 8, 22, 0), oneDay, endOf(3, 9)},
		{"made on Saturday before National Day: ends with 30 September, not after the holidays", cn, at(9, 26, 10, 0), 3 * oneDay, endOf(9, 30)},
		{"made on Saturday: 36h still counts from Monday 00:00", cn, at(3, 7, 10, 0), 36 * time.Hour, at(3, 10, 12, 0)},
		{"under a day is clock time, even on Saturday", cn, at(3, 7, 10, 0), 15 * time.Minute, at(3, 7, 10, 15)},
		{"23h is clock time", cn, at(3, 6, 10, 0), 23 * time.Hour, at(3, 7, 9, 0)},
		{"part day carried over the weekend", cn, at(3, 5, 20, 0), 36 * time.Hour, at(3, 9, 8, 0)},
		{"part day ending at midnight before the weekend ends with Friday", cn, at(3, 5, 12, 0), 36 * time.Hour, at(3, 7, 0, 0)},
		{"holiday block skipped", cn, at(9, 30, 10, 0), oneDay, at(10, 8, 10, 0)},
		{"made on a holiday", cn, at(10, 3, 10, 0), 3 * oneDay, endOf(10, 10)},
		{"make-up Sunday is a working day", cn, at(9, 18, 10, 0), oneDay, at(9, 20, 10, 0)},
		{"made on a make-up Saturday counts at once", cn, at(10, 10, 10, 0), oneDay, at(10, 12, 10, 0)},
		{"Spring Festival: make-up Saturday, then nine days off", cn, at(2, 13, 10, 0), 2 * oneDay, at(2, 24, 10, 0)},
		{"10d over the Spring Festival and two make-up Saturdays", cn, at(2, 12, 9, 0), 10 * oneDay, at(3, 4, 9, 0)},
		// Asia/Shanghai has no daylight saving time: a day is always 24h,
		// also when Europe moves its clocks (2026-03-29).
		{"no DST in Shanghai", cn, at(3, 27, 10, 0), oneDay, at(3, 27, 10, 0).Add(72 * time.Hour)},
		{"start given in UTC is counted in the calendar's zone", cn,
			time.Date(2026, 3, 6, 20, 0, 0, 0, time.UTC), oneDay, endOf(3, 9)}, // Saturday 04:00 in Shanghai
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.cal.Add(tt.start, tt.d)
			if !got.Equal(tt.want) {
				t.Errorf("Add(%s, %s) = %s; want %s", tt.start, tt.d, got.In(sh), tt.want)
			}
		})
	}
}

// TestCalendarKeepsClockTimeAcrossDST: in a zone with daylight saving
// time, a business day keeps the clock time.
func TestCalendarKeepsClockTimeAcrossDST(t *testing.T) {
	berlin := mustLoc(t, "Europe/Berlin")
	cal := NewCalendar(berlin, nil, nil)
	start := time.Date(2026, 3, 27, 10, 0, 0, 0, berlin) // Friday; clocks go forward on Sunday
	if got, want := cal.Add(start, oneDay), time.Date(2026, 3, 30, 10, 0, 0, 0, berlin); !got.Equal(want) {
		t.Errorf("Add = %s; want %s", got, want)
	}
}

func TestCalendarDueLeavesEmergenciesAlone(t *testing.T) {
	cn := china2026(t)
	friday := time.Date(2026, 9, 30, 22, 0, 0, 0, mustLoc(t, "Asia/Shanghai"))
	for _, d := range []time.Duration{15 * time.Minute, oneDay, 3 * oneDay} {
		if got, want := cn.Due(Emergency, friday, d), friday.Add(d); !got.Equal(want) {
			t.Errorf("Due(emergency, %s) = %s; want %s", d, got, want)
		}
		if got, want := cn.Due(General, friday, d), cn.Add(friday, d); !got.Equal(want) {
			t.Errorf("Due(general, %s) = %s; want Add's %s", d, got, want)
		}
	}
}

// TestCalendarAddProperties checks every hour of 2026: a deadline of a
// day or more lands on a business day (or at the midnight ending one), no
// earlier than clock time would put it, never at 00:00 when it started on
// a day off, and a longer limit never ends earlier.
func TestCalendarAddProperties(t *testing.T) {
	cn := china2026(t)
	sh := mustLoc(t, "Asia/Shanghai")
	for start := time.Date(2026, 1, 1, 0, 0, 0, 0, sh); start.Year() == 2026; start = start.Add(time.Hour) {
		prev := start
		for _, d := range []time.Duration{oneDay, 30 * time.Hour, 2 * oneDay, 3 * oneDay, 7 * oneDay, 10 * oneDay} {
			got := cn.Add(start, d)
			if !cn.IsBusinessDay(got) && !cn.IsBusinessDay(got.Add(-time.Second)) {
				t.Fatalf("Add(%s, %s) = %s, not a business day", start, d, got)
			}
			if got.Before(start.Add(d)) {
				t.Fatalf("Add(%s, %s) = %s, before clock time", start, d, got)
			}
			if !cn.IsBusinessDay(start) && d%oneDay == 0 && got.Hour() == 0 && got.Minute() == 0 {
				t.Fatalf("Add(%s, %s) = %s, a deadline of 00:00", start, d, got)
			}
			if got.Before(prev) {
				t.Fatalf("Add(%s, %s) = %s, before the shorter limit's %s", start, d, got, prev)
			}
			prev = got
		}
	}
}

func TestCalendarIsBusinessDay(t *testing.T) {
	cn := china2026(t)
	sh := mustLoc(t, "Asia/Shanghai")
	tests := []struct {
		date string
		want bool
	}{
		{"2026-03-06", true},  // Friday
		{"2026-03-07", false}, // Saturday
		{"2026-10-01", false}, // National Day, a Thursday
		{"2026-10-10", true},  // make-up Saturday
		{"2026-09-20", true},  // make-up Sunday
		{"2026-02-14", true},  // make-up Saturday before the Spring Festival
		{"2026-02-23", false}, // last day of the Spring Festival, a Monday
	}
	for _, tt := range tests {
		d, _ := time.ParseInLocation(time.DateOnly, tt.date, sh)
		if got := cn.IsBusinessDay(d.Add(12 * time.Hour)); got != tt.want {
			t.Errorf("IsBusinessDay(%s) = %v; want %v", tt.date, got, tt.want)
		}
	}
	if !(Calendar{}).IsBusinessDay(time.Date(2026, 3, 7, 12, 0, 0, 0, sh)) {
		t.Error("the zero Calendar has days off")
	}
}

func TestCalendarExtend(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	at := func(month time.Month, day, hour int) time.Time { return time.Date(2026, month, day, hour, 0, 0, 0, sh) }
	cn := china2026(t)
	tests := []struct {
		name          string
		cal           Calendar
		typ           Type
		due, from, to time.Time
		want          time.Time
	}{
		{"off: clock time", Calendar{}, General, at(3, 11, 10), at(3, 6, 10), at(3, 9, 10), at(3, 14, 10)},
		{"within a business day", cn, General, at(3, 11, 10), at(3, 9, 10), at(3, 9, 14), at(3, 11, 14)},
		{"over a weekend: one business day", cn, General, at(3, 11, 10), at(3, 6, 10), at(3, 9, 10), at(3, 12, 10)},
		{"only on a weekend: nothing", cn, General, at(3, 11, 10), at(3, 7, 10), at(3, 8, 18), at(3, 11, 10)},
		{"due at the midnight ending Friday, paused on the weekend: nothing", cn, General, at(3, 7, 0), at(3, 7, 10), at(3, 8, 18), at(3, 7, 0)},
		{"emergency: clock time", cn, Emergency, at(3, 7, 10), at(3, 6, 10), at(3, 9, 10), at(3, 10, 10)},
		{"never paused", cn, General, at(3, 11, 10), time.Time{}, at(3, 9, 10), at(3, 11, 10)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.cal.Extend(tt.typ, tt.due, tt.from, tt.to)
			if !got.Equal(tt.want) {
				t.Errorf("Extend(%s, %s, %s) = %s; want %s", tt.due, tt.from, tt.to, got, tt.want)
			}
		})
	}
}

// TestApplyOnCountsPauseInBusinessDays: waiting for the villager from
// Friday to Monday moves a general item's deadline one business day.
func TestApplyOnCountsPauseInBusinessDays(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	friday := time.Date(2026, 3, 6, 10, 0, 0, 0, sh)
	r := mustReport(t, StatusInProgress)
	r.DueAt = time.Date(2026, 3, 11, 10, 0, 0, 0, sh)
	cal := china2026(t)
	if err := r.ApplyOn(cal, ActPause, "王网格长", friday, "等村民补材料"); err != nil {
		t.Fatal(err)
	}
	if err := r.ApplyOn(cal, ActProgress, "王网格长", friday.Add(72*time.Hour), "材料已交"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r.DueAt.In(sh), time.Date(2026, 3, 12, 10, 0, 0, 0, sh)); diff != "" {
		t.Errorf("DueAt after the pause (-got +want):\n%s", diff)
	}
}

// TestCalendarWorkingEnd: an end on a day off moves to the end of the
// next working day; one on a working day, or at the midnight that ends
// one, stays; plain clock time moves nothing.
func TestCalendarWorkingEnd(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	at := func(month time.Month, day, hour int) time.Time { return time.Date(2026, month, day, hour, 0, 0, 0, sh) }
	endOf := func(month time.Month, day int) time.Time { return time.Date(2026, month, day, 23, 59, 59, 0, sh) }
	cn := china2026(t)
	for _, tt := range []struct {
		name string
		cal  Calendar
		end  time.Time
		want time.Time
	}{
		{"a working day stays", cn, at(3, 6, 9), at(3, 6, 9)},
		{"Saturday moves to the end of Monday", cn, at(3, 7, 9), endOf(3, 9)},
		{"National Day moves past the whole block", cn, at(10, 2, 9), endOf(10, 8)},
		{"a make-up Saturday is a working day", cn, at(10, 10, 9), at(10, 10, 9)},
		{"the midnight ending Friday stays", cn, at(3, 7, 0), at(3, 7, 0)},
		{"the midnight ending a holiday moves", cn, at(10, 3, 0), endOf(10, 8)},
		{"plain clock time moves nothing", Calendar{}, at(10, 2, 9), at(10, 2, 9)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.cal.WorkingEnd(tt.end); !got.Equal(tt.want) {
				t.Errorf("WorkingEnd(%s) = %s; want %s", tt.end, got.In(sh), tt.want)
			}
		})
	}
}

// TestExtendLeavesQuietHours: a resumed deadline that lands in the quiet
// hours (21:00–07:00) stays on its day, out of the night: after midnight
// to 07:00, before it to 20:59:59; a daytime one and an emergency's keep
// their clock time (due80).
func TestExtendLeavesQuietHours(t *testing.T) {
	loc := mustLoc(t, "Asia/Shanghai")
	at := func(d, h, m int) time.Time { return time.Date(2026, 3, d, h, m, 0, 0, loc) }
	from := at(2, 9, 0)
	for _, cal := range []Calendar{Calendar{}.WithQuiet(loc, 21*60, 7*60), NewCalendar(loc, nil, nil).WithQuiet(loc, 21*60, 7*60)} {
		for _, c := range []struct {
			typ       Type
			due, to   time.Time
			want      time.Time
			plainOnly bool
		}{
			{General, at(4, 9, 0), at(2, 28, 6), at(5, 7, 0), true}, // +19h06m: 04:06 → 07:00
			{General, at(4, 9, 0), at(2, 22, 30), at(4, 20, 59).Add(59 * time.Second), false},
			{General, at(4, 9, 0), at(2, 12, 0), at(4, 12, 0), false},
			{Emergency, at(4, 9, 0), at(2, 28, 6), at(5, 4, 6), false},
		} {
			if c.plainOnly && cal.BusinessDays() {
				continue
			}
			if got := cal.Extend(c.typ, c.due, from, c.to); !got.Equal(c.want) {
				t.Errorf("business %v: Extend(%s, %s, +%s) = %s, want %s", cal.BusinessDays(), c.typ, c.due, c.to.Sub(from), got, c.want)
			}
		}
	}
}

// A deadline counted at filing or acceptance leaves the quiet hours by
// Extend's rule (night82); one that would end before it began ends with
// the night; an emergency's is plain clock time.
func TestDeadlineLeavesQuietHours(t *testing.T) {
	loc := mustLoc(t, "Asia/Shanghai")
	at := func(d, h, m int) time.Time { return time.Date(2026, 3, d, h, m, 0, 0, loc) }
	evening := func(d int) time.Time { return at(d, 20, 59).Add(59 * time.Second) }
	for _, cal := range []Calendar{Calendar{}.WithQuiet(loc, 21*60, 7*60), NewCalendar(loc, nil, nil).WithQuiet(loc, 21*60, 7*60)} {
		for _, c := range []struct {
			typ   Type
			start time.Time
			d     time.Duration
			want  time.Time
		}{
			{General, at(2, 23, 30), 24 * time.Hour, evening(3)},      // a night report's 24h
			{General, at(3, 1, 0), 72 * time.Hour, at(6, 7, 0)},       // accepted at 01:00, 3d
			{General, at(2, 10, 0), 72 * time.Hour, at(5, 10, 0)},     // by day: as Due
			{General, at(2, 22, 0), time.Hour, at(3, 7, 0)},           // hours from a night report: not before it
			{General, at(3, 1, 0), time.Hour, at(3, 7, 0)},            // after midnight
			{General, at(2, 20, 30), time.Hour, evening(2)},           // 21:30 → just before the night
			{Emergency, at(2, 23, 30), 24 * time.Hour, at(3, 23, 30)}, // plain clock time
		} {
			if got := cal.Deadline(c.typ, c.start, c.d); !got.Equal(c.want) {
				t.Errorf("business %v: Deadline(%s, %s, %s) = %s, want %s", cal.BusinessDays(), c.typ, c.start, c.d, got, c.want)
			}
		}
	}
	if got := (Calendar{}).Deadline(General, at(2, 23, 30), 24*time.Hour); !got.Equal(at(3, 23, 30)) {
		t.Errorf("no quiet hours: %s", got)
	}
}
