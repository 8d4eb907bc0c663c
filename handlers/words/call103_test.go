package words

import (
	"testing"
	"time"
)

// TestCall103ElderAsks: the question she (or hers) asked on the call.
func TestCall103ElderAsks(t *testing.T) {
	for _, tc := range []struct{ note, want string }{
		{"身体挺好 她问今年过年有没有慰问品", "今年过年有没有慰问品"},
		{"挺好的，老人问取暖补贴什么时候发", "取暖补贴什么时候发"},
		{"她女儿问医保在哪交 别的没事", "医保在哪交"},
		{"他还问低保能不能续", "低保能不能续"},
		{"他问我身体好不好 挺好的", ""},
		{"身体挺好 炭够烧", ""},
		{"问了 都挺好", ""},
	} {
		got, ok := ElderAsks(tc.note)
		if ok != (tc.want != "") || got != tc.want {
			t.Errorf("ElderAsks(%q) = %q, %v; want %q", tc.note, got, ok, tc.want)
		}
	}
}

// TestCall103KinHomeStay: her stay at a home of her family named by whose
// kin he is (「我姐家」, 「她大儿子那」), and till after the new year.
func TestCall103KinHomeStay(t *testing.T) {
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	for _, tc := range []struct {
		note  string
		until string
	}{
		{"她去我姐家住了 过完年再回来 这段时间电话不用打了", "2027-02-13"},
		{"她去我弟家过冬了", "2026-12-15"},
		{"她去她大儿子那住了 过了十五回来", "2027-02-21"},
	} {
		st, ok := InHospital(tc.note, now)
		if !ok || !st.Out || st.Until.Format(time.DateOnly) != tc.until || StayNeed(st.Rest) {
			t.Errorf("InHospital(%q) = %+v, %v; want out till %s, no need", tc.note, st, ok, tc.until)
		}
	}
	if st, ok := InHospital("她去我姐家住了 家里水管冻住了", now); !ok || !StayNeed(st.Rest) {
		t.Errorf("a frozen pipe beside the stay is a need: %+v", st)
	}
	if !CallsOff("这段时间电话不用打了") || CallsOff("电话打通了") {
		t.Errorf("CallsOff")
	}
}

// FuzzCall103ElderAsks: any note, a question within it or none.
func FuzzCall103ElderAsks(f *testing.F) {
	for _, s := range []string{"她问今年过年有没有慰问品", "老人问", "问吗", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if q, ok := ElderAsks(s); ok && (q == "" || len(q) > len(s)) {
			t.Errorf("ElderAsks(%q) = %q", s, q)
		}
		StayNeed(s)
	})
}

// TestCall103StayNow: 「去城里儿子家过年了」 (了: begun) is a stay now.
func TestCall103StayNow(t *testing.T) {
	now := time.Date(2026, 12, 21, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	if st, ok := InHospital("他去城里儿子家过年了 年后回来", now); !ok || !st.Out || st.Until.Format(time.DateOnly) != "2027-02-13" {
		t.Errorf("过年了: %+v, %v", st, ok)
	}
	if _, ok := InHospital("过年接她去城里住几天", now); ok {
		t.Errorf("a stay ahead is none")
	}
}
