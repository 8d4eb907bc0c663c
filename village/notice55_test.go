package village

import (
	"testing"
	"time"
)

// TestTellDayBefore: an event on a later day than the list's is to be
// phoned about by the day before it; on the list's own day, or for an
// urgent notice, or one whose passing on ends before its day (RelayMax),
// PhoneBy stands (notice55).
func TestTellDayBefore(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := func(d, h int) time.Time { return time.Date(2026, 12, d, h, 0, 0, 0, loc) }
	mon := at(7, 9)
	for _, tc := range []struct {
		n    Notice
		list time.Time
		want time.Time // zero: none
	}{
		{Notice{Text: "本周六上午9点在村委会开展免费体检 65岁以上老人带身份证", At: mon}, at(8, 9), at(11, 0)},
		{Notice{Text: "本周六上午9点在村委会开展免费体检", At: mon}, at(11, 9), at(11, 0)},
		{Notice{Text: "本周六上午9点在村委会开展免费体检", At: mon}, at(12, 7), time.Time{}},
		{Notice{Text: "本周六在村委会体检", At: mon}, at(8, 9), at(11, 0)},
		{Notice{Text: "今天下午3点在村委会开会", At: mon}, at(7, 10), time.Time{}},
		{Notice{Text: "明天上午9点在村委会开会", At: mon}, at(7, 18), at(7, 0)},
		{Notice{Text: "本周六上午9点在村委会开会", At: mon, Urgent: true}, at(8, 9), time.Time{}},
		{Notice{Text: "12月30日上午9点体检", At: mon}, at(8, 9), time.Time{}},
		{Notice{Text: "请各户清理门前垃圾", At: mon}, at(8, 9), time.Time{}},
	} {
		n := tc.n.WithRelay()
		got, ok := n.TellDayBefore(tc.list)
		if ok != !tc.want.IsZero() || ok && !got.Equal(tc.want) {
			t.Errorf("%q listed %v: day before %v (%v), want %v", n.Text, tc.list, got, ok, tc.want)
		}
	}
}
