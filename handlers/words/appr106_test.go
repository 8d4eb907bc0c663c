package words

import "testing"

// TestNewsHeard (appr106): hearsay that a payout ended asks whether it is
// paid this year; 「今年到底有没有…」 asks it too.
func TestNewsHeard(t *testing.T) {
	for _, s := range []string{"听说今年取暖补贴取消了", "有人说高龄补贴停发了"} {
		if !NewsHeard(s) || !PayoutNewsAsked(s) {
			t.Errorf("%q: not heard", s)
		}
	}
	for _, s := range []string{"听说今年下雪了", "取暖补贴取消了"} {
		if NewsHeard(s) {
			t.Errorf("%q: heard", s)
		}
	}
	if !PayoutNewsAsked("今年到底有没有取暖补贴啊") {
		t.Error("到底有没有")
	}
}

func FuzzAppr106Words(f *testing.F) {
	for _, s := range []string{"听说今年取暖补贴取消了", "今年到底有没有取暖补贴啊", "说是", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if NewsHeard(s) && !ContainsAnyOf(s, newsHeardCues...) {
			t.Errorf("%q heard without hearsay", s)
		}
		_ = PayoutNewsAsked(s)
	})
}
