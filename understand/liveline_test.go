package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestLiveLineRegistered: a power line a tree fell on, presses or
// touches, or one told broken, is registered without asking (alarm74); a wish to mend
// old wiring and a question are asked back as before.
func TestLiveLineRegistered(t *testing.T) {
	for text, want := range map[string]bool{
		"树压着电线了": true, "树枝搭在电线上了": true, "高压线被树压着": true, "电线断了": true,
		"俺家门口那棵树被风刮倒了 压着电线了": true, "大树倒在电线上了": true, "路边的树被风吹倒了 砸到电线了": true,
		"电线老化了 想换一下": false, "电线垂得很低": false, "电线杆歪了": false,
	} {
		r := Rules{}.Read(context.Background(), text)
		if got := r.Type == village.General && r.Intent == village.IntentReport && r.Confidence >= 0.8; got != want {
			t.Errorf("Read(%q) = %s %s %.2f, registered %v, want %v", text, r.Intent, r.Type, r.Confidence, got, want)
		}
	}
}
