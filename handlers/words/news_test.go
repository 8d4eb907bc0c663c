package words

import (
	"gridbot/internal/fuzzseed"
	"gridbot/understand"
	"gridbot/village"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestEmergencyNews: what a cadre's words say of an emergency: over,
// going on, or neither.
func TestEmergencyNews(t *testing.T) {
	const none, over, going = "", "over", "going"
	for text, want := range map[string]string{
		"火灭了 没人受伤": over, "火已经扑灭了": over, "大火被扑灭了": over, "火势已扑灭": over, "人找到了 在他姑家": over,
		"孩子找到了": over, "没大事了 大家放心": over, "水退了": over,
		"救护车把人接走了 没大事": going, "已经送医院了": going, "人还在抢救": going, "正在处理": going, "火基本灭了 还在冒烟": going,
		"水退了一些": going, "人找到了 送医院了": going,
		"孩子送县医院了": going, "人已经拉到镇卫生院了": going, "送去市人民医院了": going, "抬到村诊所了": going, "拉肚子去医院了": none,
		"灭了": none, "快来灭火": none, "火还没灭": none, "火快灭了": none, "人还没找到": none, "没人受伤": none, "村口路灯坏了": none,
	} {
		o, g := EmergencyNews(text, village.HazardMissing)
		got := none
		switch {
		case o && g:
			got = "both"
		case o:
			got = over
		case g:
			got = going
		}
		if got != want {
			t.Errorf("emergencyNews(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestFoundEndsOnlyASearch: "孩子找到了" ends a missing-person alarm; said
// while a fire is open it may be about anything, and ends nothing.
func TestFoundEndsOnlyASearch(t *testing.T) {
	for _, c := range []struct {
		text string
		h    village.Hazard
		over bool
	}{
		{"孩子找到了", village.HazardMissing, true},
		{"孩子找到了", village.HazardFire, false},
		{"钥匙找回来了", "", false},
		{"人找到了 在他姑家", village.HazardFire, true},
		{"火灭了", "", true},
		{"没事了", village.HazardFire, false},
		{"孩子没事了 家长接回家了", village.HazardMissing, true},
		{"孩子没事了 家长接回家了", village.HazardFire, false},
		{"孩子还没接回家", village.HazardMissing, false},
	} {
		if over, _ := EmergencyNews(c.text, c.h); over != c.over {
			t.Errorf("emergencyNews(%q, %q) over = %v, want %v", c.text, c.h, over, c.over)
		}
	}
}

// FuzzEmergencyNews: reading a cadre's words never panics, and never says
// an emergency is both over and going on; a fire is out only where a 灭
// and a 火 are said.
func FuzzEmergencyNews(f *testing.F) {
	for _, s := range []string{"火灭了 没人受伤", "灭了", "火\xff灭了", "火还没灭", "火火火灭", "已经送医院了", "人找到了 送医院了", "灭火火灭了"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if over, going := EmergencyNews(s, village.HazardMissing); over && going {
			t.Fatalf("emergencyNews(%q) is over and going", s)
		}
		if fireOut(s) && (!strings.Contains(s, "灭") || !strings.Contains(s, "火")) {
			t.Fatalf("fireOut(%q) with no fire put out", s)
		}
	})
}

// TestHazardEndsShared: each hazard's own end words, understand's, end
// that hazard only, and the rules take them as resolutions too.
func TestHazardEndsShared(t *testing.T) {
	for _, h := range []village.Hazard{village.HazardFire, village.HazardGas, village.HazardFlood} {
		words := understand.EndWords(h)
		if len(words) == 0 {
			t.Fatalf("no end words of %s", h)
		}
		for _, w := range words {
			if got := EndOf(w); got != h {
				t.Errorf("endOf(%q) = %q, want %q", w, got, h)
			}
			if h != village.HazardFlood && !understand.Resolves(understand.Hear(w)) {
				t.Errorf("%q (%s) is no resolution for the rules", w, h)
			}
		}
	}
}

// TestHomesIn: the households an alarm names by whose they are, with the
// place words before them (村口, 东头, 后山, 桥边, 隔壁) not glued to the
// surname: "村口李家" is 李's, not 口李's.
func TestHomesIn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"快来人 老王家着火了", []string{"老王"}},
		{"村口李家着火了", []string{"李"}},
		{"东头张家冒烟了", []string{"张"}},
		{"后山刘家的柴房烧起来了", []string{"刘"}},
		{"桥边老陈家进水了", []string{"老陈"}},
		{"隔壁王家着火了", []string{"王"}},
		{"村口老李家着火了", []string{"老李"}},
		{"张老三家着火了", []string{"老三"}},
		{"我家着火了 大家快来", nil},
		{"李家着火了", []string{"李"}},
		{"快来 李家着火了", []string{"李"}},
		{"家里着火了", nil},
	} {
		if got := HomesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("homesIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSameHome: a household said with or without 老/小/阿 is one.
func TestSameHome(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"李", "老李", true}, {"老李", "李", true}, {"老李", "老李", true}, {"李", "李", true},
		{"李", "老王", false}, {"老李", "小李", false}, {"口李", "老李", false},
	} {
		if got := SameHome(tc.a, tc.b); got != tc.want {
			t.Errorf("sameHome(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// FuzzHomesIn: any text: no panic, each home one or two Chinese
// characters written just before a 家 of the text, never ending in a
// place word's last character where that word stands before it.
func FuzzHomesIn(f *testing.F) {
	for _, s := range []string{"村口李家着火了", "老王家", "我家", "东头张家和西头王家", "家家", "\xff李家", "桥边家", "口李家", "村口家着火了", "墙是俺自己家地上砌的", "自个儿家的", "老刘", "女儿家"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, h := range HomesIn(text) {
			n := utf8.RuneCountInString(h)
			if n < 1 || n > 2 || strings.IndexFunc(h, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
				t.Errorf("homesIn(%q): %q is no household word", text, h)
			}
			if !strings.Contains(text, h+"家") {
				t.Errorf("homesIn(%q): %q is not before a 家", text, h)
			}
			if strings.Contains(h, "己") {
				t.Errorf("homesIn(%q): %q is one's own home (自己家)", text, h)
			}
			if n == 2 && !unglued(text, h) {
				t.Errorf("homesIn(%q): %q glues a place word to a surname", text, h)
			}
		}
		// one's own home said anywhere (自己家, 自个儿家) names no
		// household: the text reads no more of them than with a pause
		// in its place (「自个儿家」 is no 「儿家」)
		rs := []rune(text)
		a, b := string(rs[:len(rs)/2]), string(rs[len(rs)/2:])
		for _, own := range selfHomes {
			with, without := a+own+b, a+" "+b
			if extra := outside(householdsIn(with), householdsIn(without)); len(extra) > 0 {
				t.Errorf("householdsIn(%q) = %q more than without %s", with, extra, own)
			}
			if extra := outside(HomesIn(with), HomesIn(without)); len(extra) > 0 {
				t.Errorf("HomesIn(%q) = %q more than without %s", with, extra, own)
			}
		}
	})
}

// outside are those of got that want does not hold.
func outside(got, want []string) []string {
	return slices.DeleteFunc(slices.Clone(got), func(h string) bool { return slices.Contains(want, h) })
}

// unglued reports whether text holds h+"家" where h's first character
// ends no place word written before it ("村口李家" holds "口李家" glued).
func unglued(text, h string) bool {
	first := string([]rune(h)[:1])
	for i := 0; ; {
		k := strings.Index(text[i:], h+"家")
		if k < 0 {
			return false
		}
		at := i + k + len(first)
		if !slices.ContainsFunc(homePlaces, func(w string) bool { return strings.HasSuffix(w, first) && strings.HasSuffix(text[:at], w) }) {
			return true
		}
		i += k + 1
	}
}
