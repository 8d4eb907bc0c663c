package understand

import (
	"testing"

	"gridbot/village"
)

// TestLostCardsAndBooking (appr112): a card lost by a child is its
// replacement asked, no missing child; a lost card asked 能补不 and a
// registration's booking asked are procedure questions; a child lost, a
// doctor's booking and an amount of aid read as before.
func TestLostCardsAndBooking(t *testing.T) {
	ru := Rules{}.WithProcedures([]string{"社保卡丢了", "医保卡", "结婚登记", "身份证"})
	for _, c := range []struct {
		text  string
		typ   village.Type
		query bool
	}{
		{"医保卡叫孩子弄丢了 能不能补", village.Approval, false},
		{"俺的身份证让俺家孙子弄丢了 过年前能补下来不", village.Approval, false},
		{"社保卡丢了 在外地能补不", village.Approval, false},
		{"残疾证过期了 在县里能换不", village.Approval, false},
		{"腊月二十几结婚 结婚登记要预约不", village.Approval, false},
		{"孩子弄丢了 快帮忙找找", village.Emergency, false},
		{"快叫人 孩子丢了", village.Emergency, false},
		{"赶集的时候把孩子弄丢了", village.Emergency, false},
		{"明天去县医院看病要预约不", "", true},
		{"危房改造能补多少钱", "", true},
		{"这件棉袄破了个洞 还能补不", "", true},
	} {
		r := ru.Read(t.Context(), c.text)
		if got := r.Intent == village.IntentQuery; got != c.query {
			t.Errorf("Read(%q) intent %q, want query %v", c.text, r.Intent, c.query)
		}
		if c.typ != "" && r.Type != c.typ {
			t.Errorf("Read(%q) type %q, want %q", c.text, r.Type, c.typ)
		}
	}
}

// FuzzKinLost: kinLost never panics and holds only of a subject ending
// with a kin word.
func FuzzKinLost(f *testing.F) {
	for _, s := range []string{"医保卡叫孩子", "快叫人 孩子", "让我家孙子", "孩子", "", "叫"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if kinLost(s) && !isKin(s) {
			t.Errorf("kinLost(%q) of no kin", s)
		}
	})
}
