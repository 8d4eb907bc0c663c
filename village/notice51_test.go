package village

import (
	"testing"
	"time"
)

// TestWithRelayRunsTillTheNamedTime: a notice goes out with its window of
// passing on by phone: RelayFor, or until the time it names when later,
// no longer than RelayMax; urgent ones RelayFor; a held one none yet. A
// bare 收到 answers it RelayFor after it went out however long it is
// phoned about (notice51).
func TestWithRelayRunsTillTheNamedTime(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	thu := time.Date(2026, 12, 3, 15, 10, 0, 0, loc)
	at := func(d, h, m int) time.Time { return time.Date(2026, 12, d, h, m, 0, 0, loc) }
	for _, tc := range []struct {
		n     Notice
		until time.Time
	}{
		{Notice{Text: "下周一上午9点在村委会开会", At: thu}, at(7, 9, 0)},
		{Notice{Text: "下周一体检", At: thu}, at(8, 0, 0)},
		{Notice{Text: "明天上午9点开会", At: thu}, at(5, 15, 10)},
		{Notice{Text: "请各户清理门前垃圾", At: thu}, at(5, 15, 10)},
		{Notice{Text: "12月20日上午9点体检", At: thu}, at(11, 15, 10)},
		{Notice{Text: "下周一上午9点开会", At: thu, Urgent: true}, at(4, 3, 10)},
		{Notice{Text: "下周一上午9点开会", At: at(2, 22, 0), PostedAt: at(3, 7, 15)}, at(7, 9, 0)},
		{Notice{Text: "下周一上午9点开会", At: thu, Held: true}, time.Time{}},
	} {
		n := tc.n.WithRelay()
		if !n.RelayUntil.Equal(tc.until) || !n.RelayedUntil().Equal(tc.until) {
			t.Errorf("%q (urgent %v, held %v): relayed until %v, want %v", n.Text, n.Urgent, n.Held, n.RelayedUntil(), tc.until)
		}
		if want := n.Posted().Add(n.RelayFor()); !n.Held && !n.AnsweredUntil().Equal(want) {
			t.Errorf("%q: answered until %v, want %v", n.Text, n.AnsweredUntil(), want)
		}
	}
	n := Notice{Text: "下周一上午9点在村委会开会", At: thu}.WithRelay()
	for _, tc := range []struct {
		at     time.Time
		passed bool
	}{{at(5, 8, 0), true}, {at(6, 8, 0), true}, {at(7, 8, 0), true}, {at(7, 8, 40), false}, {at(8, 8, 0), false}} {
		if got := n.PassedOn(tc.at); got != tc.passed {
			t.Errorf("passed on at %v: %v, want %v", tc.at, got, tc.passed)
		}
	}
	if by, ok := n.PhoneBy(); !ok || !by.Equal(at(7, 8, 30)) {
		t.Errorf("phone by %v %v, want Monday 08:30", by, ok)
	}
	// a notice stored before it kept its window keeps RelayFor
	if old := (Notice{Text: "下周一上午9点在村委会开会", At: thu}); !old.RelayedUntil().Equal(at(5, 15, 10)) {
		t.Errorf("an old notice relayed until %v, want Saturday 15:10", old.RelayedUntil())
	}
}

// TestTextOnSaysWeekdaysFromTheDay: read in a later week, the weekdays a
// notice names are said from the day it is read (notice51).
func TestTextOnSaysWeekdaysFromTheDay(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	thu := time.Date(2026, 12, 3, 15, 10, 0, 0, loc)
	day := func(d int) time.Time { return time.Date(2026, 12, d, 8, 0, 0, 0, loc) }
	for _, tc := range []struct {
		text string
		on   time.Time
		want string
	}{
		{"下周一上午9点在村委会开会", day(3), "下周一上午9点在村委会开会"},
		{"下周一上午9点在村委会开会", day(6), "下周一上午9点在村委会开会"},
		{"下周一上午9点在村委会开会", day(7), "今天上午9点在村委会开会"},
		{"下周三领物资", day(7), "后天领物资"},
		{"下周一上午9点在村委会开会", day(8), "12月7日上午9点在村委会开会"},
		{"周五体检，明天先登记", day(7), "12月4日体检，12月4日先登记"},
		{"每周一上午打扫卫生", day(8), "每周一上午打扫卫生"},
		{"下周一至周五每天上午9点打疫苗", day(8), "12月7日至12月11日每天上午9点打疫苗"},
		{"周五体检，下周二复查", day(7), "12月4日体检，明天复查"},
		{"下周一起停水", day(8), "下周一起停水"},
		{"根据上周三的会议，下周二开会", day(7), "根据上周三的会议，明天开会"},
	} {
		if got := (Notice{Text: tc.text, At: thu}).TextOn(tc.on); got != tc.want {
			t.Errorf("%q read on %v: %q, want %q", tc.text, tc.on.Format("01-02"), got, tc.want)
		}
	}
}
