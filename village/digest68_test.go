package village

import (
	"testing"
	"time"
)

// TestSayOnDatesTodayTomorrow (digest68): a notice's date read on its
// day or the day before is said as 今天 / 明天 on the phone; ranges,
// bounds and other days stay dates.
func TestSayOnDatesTodayTomorrow(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	written := time.Date(2026, 12, 5, 10, 0, 0, 0, loc)
	on8 := time.Date(2026, 12, 8, 8, 0, 0, 0, loc)
	on7 := time.Date(2026, 12, 7, 8, 0, 0, 0, loc)
	for _, c := range []struct {
		text string
		at   time.Time
		want string
	}{
		{"12月8日上午9点在村委会开会", on8, "今天上午9点在村委会开会"},
		{"12月8日（周二）上午9点在村委会开会", on7, "明天上午9点在村委会开会"},
		{"12月8日（周二）上午9点在村委会开会", time.Date(2026, 12, 5, 20, 0, 0, 0, loc), "12月8日（周二）上午9点在村委会开会"},
		{"12月8日上午9点在村委会开会", written, "12月8日上午9点在村委会开会"},
		{"12月8日至10日停水", on8, "12月8日至10日停水"},
		{"12月7日、8日打疫苗", on8, "12月7日、8日打疫苗"},
		{"12月8日前交表", on8, "12月8日前交表"},
		{"12月8日起停水", on8, "12月8日起停水"},
		{"根据12月8日的会议，明天交表", on8, "根据12月8日的会议，12月6日交表"},
	} {
		n := Notice{Text: c.text, At: written}
		if got := n.SayOn(c.at); got != c.want {
			t.Errorf("SayOn(%q, %s) = %q, want %q", c.text, c.at.Format("01-02"), got, c.want)
		}
	}
}
