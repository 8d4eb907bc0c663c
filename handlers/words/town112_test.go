package words

import "testing"

// TestReadSnowClearingAsk (town112): 孙七's 「各村铲雪情况怎么样」 was
// silent; how the clearing of snow and ice goes is asked as RoadSnow.
func TestReadSnowClearingAsk(t *testing.T) {
	for _, c := range []struct {
		text string
		want RoadAsk
	}{
		{"各村铲雪情况怎么样", RoadSnow},
		{"各村铲雪情况", RoadSnow},
		{"除雪进度咋样了", RoadSnow},
		{"扫雪工作进展如何？", RoadSnow},
		{"雪下这么大 各村除雪破冰搞得怎么样了", RoadSnow},
		{"路上的雪都铲了没有", RoadSnow},
		{"各村路上的积雪清完了吗", RoadSnow},
		{"雪都扫干净了没", RoadSnow},
		{"还有哪些路有积雪", RoadSnow},
		{"快过年了 各村清雪怎么样了", RoadSnow},
		// the older questions keep their kinds
		{"各村路上的冰都清了没有", RoadIcy},
		{"被雪封的路有几条", RoadShut},
		// no such question
		{"雪下得真大", RoadNone},
		{"明天还下雪吗", RoadNone},
		{"我去铲雪了", RoadNone},
		{"铲雪的铁锹在哪", RoadNone},
		{"雪化了", RoadNone},
		{"我家门口的雪扫了", RoadNone},
	} {
		if got := ReadRoadAsk(c.text); got != c.want {
			t.Errorf("ReadRoadAsk(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRoadIsSnowedUp (town112): the road items the clearing asked lists:
// shut, iced, or snow on a way; a cowshed's snow is not.
func TestRoadIsSnowedUp(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"后山那条路被雪封了 车出不去", true},
		{"村口那段坡路结冰了 早上有人骑车摔了", true},
		{"东头那条道雪积得有半米深", true},
		{"牛棚顶上积雪太厚 怕压塌", false},
		{"路灯坏了", false},
	} {
		if got := RoadIs(RoadSnow, c.text); got != c.want {
			t.Errorf("RoadIs(RoadSnow, %q) = %v, want %v", c.text, got, c.want)
		}
	}
}
