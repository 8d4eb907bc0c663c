package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestSnowSweptRoadRead: a road swept when the words speak of snow is the
// village's snow cleared (SG02 义务劳动), asked or not (pts108: 清扫村道,
// HJ02 环境卫生整治, took it); a road swept of nothing said stays HJ02.
func TestSnowSweptRoadRead(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	for text, want := range map[string]string{
		"今天早上下大雪 我把村口到学校的路扫了 能加分不": "SG02",
		"下了一夜的雪 一早我和老王把村里的马路扫干净了":  "SG02",
		"我们几个把村道扫干净了":              "HJ02",
		"喝了瓶雪碧 顺手把马路扫干净了":          "HJ02",
	} {
		if r := (understand.Rules{Catalogue: cat}).Read(t.Context(), text); !r.Claims() || r.Indicator != want {
			t.Errorf("Read(%q) = %s %q; want claim %s", text, r.Intent, r.Indicator, want)
		}
	}
}
