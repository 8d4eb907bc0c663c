package config

import (
	"strings"
	"testing"
	"time"
)

// TestClaimWindow: points.claim_window follows the 公示 by default, takes
// a number of days or off, and refuses other values naming the key
// (pts110: the window was fixed by the cadence).
func TestClaimWindow(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	deed := time.Date(2026, 10, 5, 10, 0, 0, 0, loc)
	c, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	due, listed, days := c.Points.ClaimDue(deed, loc)
	if want := time.Date(2026, 12, 1, 9, 0, 0, 0, loc); !due.Equal(want) || days != 0 || !listed.Equal(time.Date(2026, 11, 1, 9, 0, 0, 0, loc)) {
		t.Errorf("publicity: due %v listed %v days %d, want %v", due, listed, days, want)
	}
	c, err = Parse([]byte(minimal + "points:\n  claim_window: 30d\n"))
	if err != nil {
		t.Fatal(err)
	}
	due, listed, days = c.Points.ClaimDue(deed, loc)
	if want := time.Date(2026, 11, 5, 0, 0, 0, 0, loc); !due.Equal(want) || days != 30 || !listed.IsZero() {
		t.Errorf("30d: due %v listed %v days %d, want %v", due, listed, days, want)
	}
	c, err = Parse([]byte(minimal + "points:\n  claim_window: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	if due, _, _ := c.Points.ClaimDue(deed, loc); !due.IsZero() {
		t.Errorf("off: due %v, want none", due)
	}
	for _, bad := range []string{"3d", "400d", "12h", "monthly", "30"} {
		_, err := Parse([]byte(minimal + "points:\n  claim_window: " + bad + "\n"))
		if err == nil || !strings.Contains(err.Error(), "points.claim_window") {
			t.Errorf("claim_window %q: err %v, want one naming points.claim_window", bad, err)
		}
	}
}
