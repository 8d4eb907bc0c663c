package village

import (
	"testing"
	"time"
)

// TestNoticeEndsOnItsLatestDay: a notice's end is the latest day it names;
// a beginning after the days it ends on (「今晚降温，明天起…」) leaves it
// open, passed on for its default length, not dropped at midnight; a
// beginning before its last day (「12月8日起…12月10日恢复」) keeps that
// day (call90).
func TestNoticeEndsOnItsLatestDay(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := time.Date(2026, 12, 6, 15, 30, 0, 0, loc)
	for _, c := range []struct {
		text    string
		urgent  bool
		on      time.Time
		want    bool
		relayed time.Time
	}{
		{"寒潮预警：今晚降温，明天起持续低温，请各户注意取暖", false, time.Date(2026, 12, 7, 10, 0, 0, 0, loc), true, at.Add(48 * time.Hour)},
		{"暴雪预警：今晚有雪，明天开始道路结冰，老人不要出门", true, time.Date(2026, 12, 7, 1, 0, 0, 0, loc), true, at.Add(12 * time.Hour)},
		{"今晚8点停电，请提前准备", false, time.Date(2026, 12, 7, 8, 0, 0, 0, loc), false, at.Add(48 * time.Hour)},
		{"12月8日起停水，12月10日恢复，请今天储水", false, time.Date(2026, 12, 8, 9, 0, 0, 0, loc), true, time.Date(2026, 12, 11, 0, 0, 0, 0, loc)},
	} {
		n := Notice{Text: c.text, At: at, Urgent: c.urgent, Groups: []string{"g"}}.WithRelay()
		if got := n.PassedOn(c.on); got != c.want {
			t.Errorf("%q passed on at %s: %v, want %v", c.text, c.on.Format("01-02 15:04"), got, c.want)
		}
		if !n.RelayedUntil().Equal(c.relayed) {
			t.Errorf("%q relayed until %s, want %s", c.text, n.RelayedUntil().Format("01-02 15:04"), c.relayed.Format("01-02 15:04"))
		}
		if c.want && n.TimeOver(c.on) {
			t.Errorf("%q over at %s", c.text, c.on.Format("01-02 15:04"))
		}
	}
}
