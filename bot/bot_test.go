package bot_test

import (
	"testing"

	"gridbot/bot"
)

// TestSameAccount: ids of one era compare, of two eras (two WeChat
// logins) or none do not.
func TestSameAccount(t *testing.T) {
	for _, c := range []struct {
		a, b        string
		same, known bool
	}{
		{"@self1/@a", "@self1/@a", true, true},
		{"@self1/@a", "@self1/@b", false, true},
		{"@self1/@a", "@self2/@a", false, false},
		{"@a", "@a", true, true},
		{"@a", "", false, false},
		{"", "", false, false},
	} {
		same, known := bot.SameAccount(c.a, c.b)
		if same != c.same || known != c.known {
			t.Errorf("SameAccount(%q, %q) = %v, %v; want %v, %v", c.a, c.b, same, known, c.same, c.known)
		}
	}
}
