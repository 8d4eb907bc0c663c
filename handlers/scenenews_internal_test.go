package handlers

import (
	"strings"
	"testing"

	"gridbot/internal/fuzzseed"
	"gridbot/understand"
	"gridbot/village"
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
		"灭了": none, "快来灭火": none, "火还没灭": none, "火快灭了": none, "人还没找到": none, "没人受伤": none, "村口路灯坏了": none,
	} {
		o, g := emergencyNews(text, village.HazardMissing)
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
		if over, _ := emergencyNews(c.text, c.h); over != c.over {
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
		if over, going := emergencyNews(s, village.HazardMissing); over && going {
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
			if got := endOf(w); got != h {
				t.Errorf("endOf(%q) = %q, want %q", w, got, h)
			}
			if h != village.HazardFlood && !understand.Resolves(understand.Hear(w)) {
				t.Errorf("%q (%s) is no resolution for the rules", w, h)
			}
		}
	}
}
