package words

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestCall112HowLongKind (call112): 「要持续几天」 asks how long; 「这几天」
// does not; a notice's 「明天起」 does not tell it, 「持续3天」 does.
func TestCall112HowLongKind(t *testing.T) {
	lasts := func(q string) bool {
		for _, k := range AskedKinds(q) {
			if k.asksRe != nil {
				return true
			}
		}
		return false
	}
	for _, q := range []string{"寒潮要持续几天", "冷几天啊", "要多久", "到什么时候结束"} {
		if !lasts(q) {
			t.Errorf("%q: want how long asked", q)
		}
	}
	for _, q := range []string{"这几天好冷", "前几天下雪了", "过几天再说", "好几天没来水了", "寒潮哪天来"} {
		if lasts(q) {
			t.Errorf("%q: want no how-long ask", q)
		}
	}
	at := time.Date(2026, 12, 8, 1, 0, 0, 0, time.UTC)
	if q, ok := NoticeAnswer("寒潮要持续几天", village.Notice{Text: "明天起有寒潮，请注意取暖"}, at); ok {
		t.Errorf("明天起 answered how long: %q", q)
	}
	if q, ok := NoticeAnswer("寒潮持续几天", village.Notice{Text: "明天起有寒潮，持续3天，请注意取暖"}, at); !ok || !strings.Contains(q, "3天") {
		t.Errorf("持续3天: got %q %v", q, ok)
	}
}

// TestCall112KinHomeNotSmoke (call112): smoke beside a homecoming is no
// homecoming news.
func TestCall112KinHomeNotSmoke(t *testing.T) {
	at := time.Date(2026, 12, 8, 1, 0, 0, 0, time.UTC)
	if _, ok := KinComesHome("她儿子回来了 屋里有烟味", at); ok {
		t.Error("smoke read as homecoming news")
	}
	if n, ok := KinComesHome("他闺女回来了 这几天住家里", at); !ok || n != "他闺女回来了" {
		t.Errorf("got %q %v", n, ok)
	}
}

// FuzzCall112HowLong: any text is read without a panic, and 这几天 alone
// never asks how long.
func FuzzCall112HowLong(f *testing.F) {
	for _, s := range []string{"寒潮要持续几天", "这几天好冷", "几天", "到什么时候", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		kinds := AskedKinds(q)
		if q == "这几天" && len(kinds) > 0 {
			t.Errorf("%q asks %d kinds", q, len(kinds))
		}
		_, _ = NoticeAnswer(q, village.Notice{Text: q}, time.Time{})
	})
}

// TestCall112SonTakes (call112): her son taking her himself is a stay
// from the day named.
func TestCall112SonTakes(t *testing.T) {
	now := time.Date(2026, 12, 9, 1, 0, 0, 0, time.UTC)
	for _, s := range []string{"我妈腊月二十五我接去城里过年 正月十五以后回来", "腊月二十八我接我妈去城里过年 正月初六回来"} {
		if st, ok := InHospital(s, now); !ok || st.From.IsZero() {
			t.Errorf("%q: got %+v %v, want a stay ahead", s, st, ok)
		}
	}
}
