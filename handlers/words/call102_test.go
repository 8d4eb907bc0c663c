package words

import (
	"strings"
	"testing"
	"time"

	"gridbot/internal/fuzzseed"
)

// TestCall102Answerer: any kin word of hers answers her phone after her
// name (闺女, 女婿 were missing from a list), with or without 她.
func TestCall102Answerer(t *testing.T) {
	for _, tc := range []struct {
		name, args string
		want       bool
	}{
		{"闺女", "白凤兰她闺女接的 说挺好", true},
		{"女婿", "白凤兰 女婿接的电话", true},
		{"儿子", "白凤兰 她儿子接的", true},
		{"家里人", "白凤兰 家里人接了", true},
		{"no answerer", "白凤兰 她说没接到电话", false},
		{"her own words", "白凤兰说她挺好", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsCallLog(tc.args, "白凤兰"); got != tc.want {
				t.Errorf("IsCallLog(%q) = %v, want %v", tc.args, got, tc.want)
			}
		})
	}
}

// TestCall102AwayNow: 「过完年再回来」 and 「在她家住着」 (hers who answered)
// tell she is away now; a stay to come is none.
func TestCall102AwayNow(t *testing.T) {
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	for _, tc := range []struct {
		note string
		want bool
	}{
		{"她闺女接的 说白凤兰在她家住着 过完年再回来", true},
		{"她闺女接的 说在她那住着", true},
		{"开春才回来", true},
		{"她说挺好 过年接她去城里住几天", false},
		{"她说在她家住着", false}, // her own home: nobody of hers answered
		{"她说等她儿子过完年再回来", false},
	} {
		if _, got := InHospital(tc.note, now); got != tc.want {
			t.Errorf("InHospital(%q) away = %v, want %v", tc.note, got, tc.want)
		}
	}
}

// TestCall102GoodSide: the matter starts after the contrast that turns
// from what is well, whatever words said it was.
func TestCall102GoodSide(t *testing.T) {
	for _, tc := range []struct{ note, want string }{
		{"炭够烧，就是老寒腿又犯了，腿疼", "老寒腿又犯了，腿疼"},
		{"吃的都有 米也够 不过屋里的电热毯坏了", "屋里的电热毯坏了"},
		{"身体还行 就是屋顶漏雨", "屋顶漏雨"},
		{"腿疼 不过屋顶也漏雨", "腿疼 不过屋顶也漏雨"},
		{"她说腿疼 她还说屋顶漏雨", "腿疼 她还说屋顶漏雨"},
		{"屋顶漏雨", "屋顶漏雨"},
		{"预警说了 他家炉子烟囱有点堵 屋里有烟味", "他家炉子烟囱有点堵 屋里有烟味"},
	} {
		if got := HerMatter(tc.note); got != tc.want {
			t.Errorf("HerMatter(%q) = %q, want %q", tc.note, got, tc.want)
		}
	}
	for _, note := range []string{"家里水管冻住了", "电热毯坏了", "水管冻裂了", "电热毯不热了", "窗户漏风"} {
		if _, ok := needIn(note); !ok {
			t.Errorf("needIn(%q) tells no need", note)
		}
	}
	if _, ok := needIn("水管没冻住"); ok {
		t.Error("needIn(水管没冻住) tells a need")
	}
}

// FuzzCall102: the answerer cut, the good side cut and the away reading
// keep to the note: what they return is a tail of it; none panics.
func FuzzCall102(f *testing.F) {
	for _, s := range []string{"她闺女接的 说白凤兰在她家住着 过完年再回来", "炭够烧，就是老寒腿又犯了，腿疼", "，就是", "她", "就是 ", "\xff就是\xfe",
		"吃的都有 米也够 不过屋里的电热毯坏了", ""} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if rest, ok := cutAnswerer(s); ok && !strings.HasSuffix(s, rest) {
			t.Errorf("cutAnswerer(%q) = %q, no tail of it", s, rest)
		}
		if got := afterGoodSide(s); !strings.HasSuffix(s, got) {
			t.Errorf("afterGoodSide(%q) = %q, no tail of it", s, got)
		}
		_ = NeedOnly(s)
		_, _ = InHospital(s, now)
	})
}

// TestCall102KinNamedTold: 「她儿子说去她女儿家住了」 is her stay, also
// when the son's name is written after his kin word (kinNote: 她儿子金大海
// 说…); his own stay is still his.
func TestCall102KinNamedTold(t *testing.T) {
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	for _, tc := range []struct {
		note string
		want bool
	}{
		{"她儿子金大海说去她女儿家住了 下周回来", true},
		{"她儿子说去她女儿家住了 下周回来", true},
		{"她儿子住院了她说下周去看", false},
	} {
		if _, got := InHospital(tc.note, now); got != tc.want {
			t.Errorf("InHospital(%q) = %v, want %v", tc.note, got, tc.want)
		}
	}
}
