package config

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/village"
)

const businessDays = `sla:
  business_days: true
  holidays: [2026-10-01..2026-10-07, "2026-06-19"]
  workdays:
    - 2026-09-20
    - 2026-10-10
`

func TestBusinessDaysConfig(t *testing.T) {
	c, err := Parse([]byte(minimal + businessDays))
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, _ := time.Parse(time.DateOnly, s)
		return d
	}
	if diff := cmp.Diff(c.SLA.Holidays, Holidays{{day("2026-10-01"), day("2026-10-07")}, {day("2026-06-19"), day("2026-06-19")}}); diff != "" {
		t.Errorf("holidays (-got +want):\n%s", diff)
	}
	if diff := cmp.Diff(c.SLA.Workdays, Workdays{{day("2026-09-20"), day("2026-09-20")}, {day("2026-10-10"), day("2026-10-10")}}); diff != "" {
		t.Errorf("workdays (-got +want):\n%s", diff)
	}
	if !c.Calendar().BusinessDays() {
		t.Fatal("Calendar() does not count business days")
	}
	loc := c.Location()
	at := func(month time.Month, d, hour int) time.Time { return time.Date(2026, month, d, hour, 0, 0, 0, loc) }
	tests := []struct {
		name string
		got  time.Time
		want time.Time
	}{
		{"accept 24h from Friday", c.AcceptBy(village.General, at(3, 6, 10)), at(3, 9, 10)},
		{"resolve 3d from Friday", c.ResolveBy(village.General, at(3, 6, 10)), at(3, 11, 10)},
		{"resolve 7d over National Day and a make-up Saturday", c.ResolveBy(village.Mediation, at(9, 30, 10)), at(10, 15, 10)},
		{"emergency accept 15m on a holiday", c.AcceptBy(village.Emergency, at(10, 2, 10)), at(10, 2, 10).Add(15 * time.Minute)},
		{"emergency resolve 1d is clock time", c.ResolveBy(village.Emergency, at(3, 6, 10)), at(3, 7, 10)},
		{"escalate 1d after a Friday reminder", c.EscalateBy(village.General, at(3, 6, 9)), at(3, 9, 9)},
		{"a holiday on a Friday", c.ResolveBy(village.General, at(6, 18, 10)), at(6, 24, 10)},
	}
	for _, tt := range tests {
		if !tt.got.Equal(tt.want) {
			t.Errorf("%s: got %s; want %s", tt.name, tt.got, tt.want)
		}
	}
}

// TestDeadlinesDefaultToClockTime: without sla.business_days a deadline is
// the limit added to the clock, as it always was.
func TestDeadlinesDefaultToClockTime(t *testing.T) {
	c, err := Parse([]byte(minimal + "sla:\n  holidays: [2026-10-01..2026-10-07]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Calendar().BusinessDays() {
		t.Error("business days on by default")
	}
	friday := time.Date(2026, 10, 2, 10, 0, 0, 0, c.Location())
	if got, want := c.ResolveBy(village.General, friday), friday.Add(72*time.Hour); !got.Equal(want) {
		t.Errorf("ResolveBy = %s; want %s", got, want)
	}
	if got, want := c.AcceptBy(village.Approval, friday), friday.Add(24*time.Hour); !got.Equal(want) {
		t.Errorf("AcceptBy = %s; want %s", got, want)
	}
	if got, want := c.EscalateBy(village.General, friday), friday.Add(24*time.Hour); !got.Equal(want) {
		t.Errorf("EscalateBy = %s; want %s", got, want)
	}
}

func TestHolidaysMissing(t *testing.T) {
	on, err := Parse([]byte(minimal + "sla:\n  business_days: true\n  holidays: [2026-02-15..2026-02-23, 2026-10-01..2026-10-07]\n"))
	if err != nil {
		t.Fatal(err)
	}
	off, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	// the State Council's 2023 notice: its 元旦 starts on 2022-12-31
	crossing, err := Parse([]byte(minimal + `sla:
  business_days: true
  holidays: [2022-12-31..2023-01-02, 2023-01-21..2023-01-27, 2023-04-05, 2023-04-29..2023-05-03,
    2023-06-22..2023-06-24, 2023-09-29..2023-10-06]
`))
	if err != nil {
		t.Fatal(err)
	}
	partial, err := Parse([]byte(minimal + "sla:\n  business_days: true\n  holidays: [2026-10-01..2026-10-07]\n"))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time {
		d, _ := time.ParseInLocation(time.DateTime, s, on.Location())
		return d
	}
	for _, tt := range []struct {
		name string
		c    *Config
		at   time.Time
		want []int
	}{
		{"listed year", on, at("2026-05-01 10:00:00"), nil},
		{"December asks for next year", on, at("2026-12-01 10:00:00"), []int{2027}},
		{"unlisted year", on, at("2027-03-01 10:00:00"), []int{2027}},
		{"new year's eve in Beijing is already December", on, at("2026-12-31 23:30:00"), []int{2027}},
		{"business days off", off, at("2027-03-01 10:00:00"), nil},
		{"a year with only the next notice's 元旦 listed", crossing, at("2022-12-01 10:00:00"), []int{2022}},
		{"the next notice's year", crossing, at("2023-05-01 10:00:00"), nil},
		{"a year with National Day only", partial, at("2026-05-01 10:00:00"), []int{2026}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.c.HolidaysMissing(tt.at), tt.want); diff != "" {
				t.Errorf("HolidaysMissing (-got +want):\n%s", diff)
			}
		})
	}
}
