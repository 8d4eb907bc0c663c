package scheduler

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestCall109WarningPhonesOneReachedMinutesAfter: 王五 logged 王奶奶's
// call three minutes after a cold-wave warning went out, and was told it
// did not pass the warning on (village.CallTakes); the warning's calls
// still left her out (reached after it went out), so nobody phoned her
// for it. Reached late enough to have told her, she is left out as
// before (call109).
func TestCall109WarningPhonesOneReachedMinutesAfter(t *testing.T) {
	for _, tc := range []struct {
		logged string
		listed bool
	}{{"2026-12-06 15:33", true}, {"2026-12-06 15:50", false}} {
		f := newPointsFixture(t)
		f.coldWaveWarning("2026-12-06 15:30")
		f.storeCall(village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-305/王奶奶", Phone: "13900000001",
			Worker: "王五", Topic: village.TopicOwn, Due: f.at(tc.logged), Status: village.CallReached, Outcome: village.OutcomeReached,
			LoggedAt: f.at(tc.logged), LoggedBy: "王五", Note: "身体挺好"})
		out := strings.Join(f.run("notice_followup", "2026-12-06 16:15"), "\n")
		if got := strings.Contains(out, "王奶奶 13900000001"); got != tc.listed {
			t.Errorf("reached %s: 王奶奶 on the warning's calls %v, want %v:\n%s", tc.logged, got, tc.listed, out)
		}
	}
}
