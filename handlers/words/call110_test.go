package words

import (
	"strings"
	"testing"
	"time"
)

// TestCall110FumesIndoors: smoke or a stove's smell in her room, said
// any way, not denied; tobacco, a flue named alone, fireworks are not.
func TestCall110FumesIndoors(t *testing.T) {
	for _, tc := range []struct {
		note string
		want bool
	}{
		{"她说屋里有烟味", true},
		{"屋里有烟 头有点晕", true},
		{"家里一股煤烟味", true},
		{"炕上都是烟", true},
		{"屋里呛得慌", true},
		{"炕上有点呛 炉子刚添了煤", true},
		{"屋里不呛", false},
		{"炉子烟囱有点堵 屋里有烟味", true},
		{"屋里没有烟味 挺好", false},
		{"屋里烟味没了", false},
		{"家里有烟酒", false},
		{"屋里有人抽烟", false},
		{"家里烟囱通了", false},
		{"身体挺好", false},
	} {
		if got := FumesIndoors(tc.note); got != tc.want {
			t.Errorf("FumesIndoors(%q) = %v, want %v", tc.note, got, tc.want)
		}
	}
}

// TestCall110HerRoom: a room said bare is her home's; a home named is kept.
func TestCall110HerRoom(t *testing.T) {
	for in, want := range map[string]string{
		"屋里有烟 头有点晕": "我家屋里有烟 头有点晕",
		"她说屋里有烟味":   "她说我家屋里有烟味",
		"我家屋里有烟":    "我家屋里有烟",
		"张三家屋里有烟":   "张三家屋里有烟",
		"头疼":        "头疼",
	} {
		if got := HerRoom(in); got != want {
			t.Errorf("HerRoom(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCall110KinTakesWithDay: a day between who and 接, or who named the
// clause before, is her stay ahead.
func TestCall110KinTakesWithDay(t *testing.T) {
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	for note, from := range map[string]string{
		"她闺女腊月二十六接她去城里过年":     "02-02",
		"她闺女一家过年回来 年前会来接她去城里": "01-30",
		"她闺女年前接她去城里过年":        "01-30",
		"腊月二十八她儿子接她去城里过年":     "02-04",
	} {
		stay, ok := InHospital(note, now)
		if !ok || stay.From.Format("01-02") != from || stay.Until.Format("01-02") != "02-13" {
			t.Errorf("InHospital(%q) = %+v %v, want from %s to 02-13", note, stay, ok, from)
		}
	}
	if _, ok := InHospital("她闺女不接她去城里 在家过年", now); ok {
		t.Error("a take denied read as a stay")
	}
}

// FuzzCall110FumesIndoors: any text is read without panic, and HerRoom
// only adds 我家.
func FuzzCall110FumesIndoors(f *testing.F) {
	for _, s := range []string{"她说屋里有烟味", "屋里有烟 头有点晕", "屋里没有烟味", "说屋里", "屋里", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = FumesIndoors(s)
		got := HerRoom(s)
		if got != s && strings.Replace(got, "我家", "", 1) != s {
			t.Fatalf("HerRoom(%q) = %q", s, got)
		}
	})
}
