package village

import (
	"testing"
	"time"
)

// TestDeedDay: the day a deed told at now was done: a day its words name
// (昨天, a date, a day of the month alone, the latest one not after now),
// else now's own; a number of a thing (3号楼) names no day.
func TestDeedDay(t *testing.T) {
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, now.Location()) }
	for _, c := range []struct {
		text  string
		want  time.Time
		named bool
	}{
		{"我今天把路上的石头搬开了", day(2026, 12, 4), true},
		{"昨天参加义务劳动 清理河道", day(2026, 12, 3), true},
		{"前天帮王奶奶挑水", day(2026, 12, 2), true},
		{"12月1日打扫村口", day(2026, 12, 1), true},
		{"2号修路", day(2026, 12, 2), true},
		{"二十八号修路", day(2026, 11, 28), true},
		{"31号修路", day(2026, 10, 31), true},
		{"帮3号楼的老人搬东西", day(2026, 12, 4), false},
		{"参加义务劳动", day(2026, 12, 4), false},
	} {
		got, named := DeedDay(c.text, now)
		if !got.Equal(c.want) || named != c.named {
			t.Errorf("DeedDay(%q) = %v, %v; want %v, %v", c.text, got, named, c.want, c.named)
		}
	}
}
