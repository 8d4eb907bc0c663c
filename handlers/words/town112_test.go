package words

import (
	"strings"
	"testing"
)

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

// FuzzTownshipClause: any text; the clause taken is text or its end.
func FuzzTownshipClause(f *testing.F) {
	for _, s := range []string{"烟花爆竹安全要抓好 各村有没有隐患", "人多车多，各村路上有没有出啥事？", "各村", " ，各村", "，", "a\u3000全镇b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := townshipClause(s); !strings.HasSuffix(strings.TrimSpace(s), got) && got != s {
			t.Errorf("townshipClause(%q) = %q: not its end", s, got)
		}
	})
}

// TestTownshipQuestionAfterItsReason (town112): an officer's question to
// every village after his reason for it (「烟花爆竹安全要抓好 各村有没有
// 隐患」), in the holidays (「过年期间…」), of snow cleared 「各村雪铲得怎么
// 样了」 and of main roads, was silent.
func TestTownshipQuestionAfterItsReason(t *testing.T) {
	for _, text := range []string{"烟花爆竹安全要抓好 各村有没有隐患", "过年期间各村有没有安全隐患", "春节期间，各村还有哪些隐患没处理"} {
		if ok, _ := ReadDangerAsk(text); !ok {
			t.Errorf("ReadDangerAsk(%q) = false", text)
		}
	}
	for _, c := range []struct {
		text string
		want RoadAsk
	}{
		{"各村雪铲得怎么样了", RoadSnow},
		{"各村的雪都铲完了没有", RoadSnow},
		{"各村道路除雪情况报一下", RoadSnow},
		{"返乡的车多了，各村路上的冰都清了没有", RoadIcy},
		{"主干道都通了吗", RoadShut},
		// the reason alone, or a clause not to the township, is no question
		{"烟花爆竹安全要抓好", RoadNone},
		{"路上的冰都清了没有 我家门口还有", RoadNone},
	} {
		if got := ReadRoadAsk(c.text); got != c.want {
			t.Errorf("ReadRoadAsk(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, text := range []string{"安全隐患要抓好 我们组没有隐患", "烟花爆竹安全要抓好"} {
		if ok, _ := ReadDangerAsk(text); ok {
			t.Errorf("ReadDangerAsk(%q) = true", text)
		}
	}
	if got := townshipClause("人多车多，各村路上有没有出啥事"); got != "各村路上有没有出啥事" {
		t.Errorf("townshipClause = %q", got)
	}
}
