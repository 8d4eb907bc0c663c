package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestFireOutSmokeLeft: a fire put out with smoke still in the house
// ("电暖器把沙发烤着了 火扑灭了 屋里都是烟") was noise; it is a general
// report (安全隐患) with the smoulder caution: the sofa may still burn
// inside, the room is aired, the fumes watched (alarm101). A fire out and
// its smoke gone stays news.
func TestFireOutSmokeLeft(t *testing.T) {
	for _, c := range []struct {
		text   string
		report bool
	}{
		{"电暖器把沙发烤着了 火扑灭了 屋里都是烟", true},
		{"半夜小太阳把被子烤着了 已经扑灭了 满屋子烟", true},
		{"火已经扑灭了 烟也散了 没事了", false},
		{"火已经扑灭了 就是烧了点柴火", false},
		{"消防队帮忙把火扑灭了 人都没事", false},
	} {
		r := Rules{}.Read(context.Background(), c.text)
		got := r.Intent == village.IntentReport && r.Type == village.General && r.Category == "安全隐患"
		if got != c.report {
			t.Errorf("%s: %+v, want a 安全隐患 report %v", c.text, r, c.report)
		}
		// both a heater's: the plug is pulled too (alarm102)
		if c.report && Caution(Hear(c.text)) != village.HazardSmoulderPlug {
			t.Errorf("%s: caution %v, want smoulder-plug", c.text, Caution(Hear(c.text)))
		}
	}
}

// TestFellIntoTheDitch: 「村口结冰了 俺爹骑电动车摔沟里了 腿动不了」 was a
// general 道路交通 item; a person fallen into a ditch is a medical alarm
// (alarm101).
func TestFellIntoTheDitch(t *testing.T) {
	r := Rules{}.Read(context.Background(), "村口结冰了 俺爹骑电动车摔沟里了 腿动不了")
	if r.Type != village.Emergency || r.Hazard != village.HazardMedical {
		t.Errorf("%+v, want a medical alarm", r)
	}
}
