package words

import (
	"testing"

	"gridbot/village"
)

// TestNeighbourNotOwnHome (und106): 我家/俺家 followed by a neighbour word
// tells the neighbour's home, and a gas alarm told at a door no one
// answers is presumed at no one's home (the duty chat gets no 这一户 line
// of the reporter's).
func TestNeighbourNotOwnHome(t *testing.T) {
	for _, c := range []struct {
		text string
		own  bool
	}{
		{"俺家隔壁烟囱冒黑烟冒了一上午了 敲门没人应", false},
		{"我家对门的煤烟味好大", false},
		{"我家后面柴房着火了", true},
		{"俺家厨房着火了", true},
		{"我家隔壁的狗咬了俺家孩子", true}, // his child, his home too
		{"家里煤气味好大", true},
	} {
		if got := SaysOwnHome(c.text); got != c.own {
			t.Errorf("SaysOwnHome(%q) = %v, want %v", c.text, got, c.own)
		}
	}
	rep := village.Report{Hazard: village.HazardGas, ReporterKey: "青山村/QS-302/陈二"}
	for _, c := range []struct{ text, home string }{
		{"烟囱冒黑烟冒了一上午了 敲门没人应", ""},
		{"煤气味好大 叫门也没人开", ""},
		{"快来人 煤气泄漏了", "QS-302"},
	} {
		rep.Text = c.text
		if got := PresumedHome(rep); got != c.home {
			t.Errorf("PresumedHome(%q) = %q, want %q", c.text, got, c.home)
		}
	}
}
