package scheduler

import (
	"strings"
	"testing"
	"time"
)

// TestLateDigestListsFilingOnce: the bot down overnight and back at
// 10:40, the catch-up files the overdue lamp with the township (its
// 【超期上报】, the 10:00 check) and then posts the 08:30 早报: the office
// reads the item once, in the filing; the 早报, right after it, counts it
// and points to the filing instead of listing it again.
func TestLateDigestListsFilingOnce(t *testing.T) {
	f := newPointsFixture(t)
	f.addLamp("2026-03-02 09:00") // due 3 March 09:00, reminded at 10:00, filed a day after
	s := f.schedulerWith(24*time.Hour, "overdue", "morning_digest")
	out := f.live(s, uptime{"2026-03-03 08:00", "2026-03-03 18:00"}, uptime{"2026-03-04 10:40", "2026-03-04 10:40"})
	var late []string
	for _, o := range out {
		if strings.HasPrefix(o, "03-04 10:40 青山镇网格工作群: ") {
			late = append(late, o)
		}
	}
	all := strings.Join(late, "\n")
	if countIn(late, "【超期上报】") != 1 || countIn(late, "【早报】3月4日") != 1 {
		t.Fatalf("the catch-up's office posts:\n%s\nwant one 【超期上报】 and one 【早报】", all)
	}
	if n := strings.Count(all, "村口路灯不亮了"); n != 1 {
		t.Errorf("the lamp's words are in the office's catch-up posts %d times, want once (the filing):\n%s", n, all)
	}
	if !strings.Contains(all, "全镇未办结 1 件") || !strings.Contains(all, "刚单独发到本群的 1 件，这里不再重复：#R1（青山村三组）") {
		t.Errorf("the 早报 counts the filed item and points to the filing:\n%s", all)
	}
}
