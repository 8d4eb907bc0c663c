package words

import "testing"

// TestWeatherOpenedAsks (town111): an officer's question opened with the
// weather (「雪下这么大 各村没出啥事吧」) was silent while the question
// alone was answered; 「各村有没有啥情况」 too. The weather is taken off;
// with no villages or stretch named the question stays a colleague's.
func TestWeatherOpenedAsks(t *testing.T) {
	for _, s := range []string{"雪下这么大 各村没出啥事吧", "下雪了，各村有没有啥情况", "各村有没有啥情况", "天这么冷 昨晚各村都平安吧"} {
		if _, ok := ReadTroubleAsk(s); !ok {
			t.Errorf("ReadTroubleAsk(%q) = false, want an officer's question", s)
		}
	}
	for _, s := range []string{"雪下这么大 没出啥事吧", "有没有啥情况", "下雪了 有没有啥事"} {
		if _, ok := ReadTroubleAsk(s); ok {
			t.Errorf("ReadTroubleAsk(%q) = true, want a colleague's words", s)
		}
	}
	if got := ReadRoadAsk("雪下这么大 哪些路还没通"); got != RoadShut {
		t.Errorf("ReadRoadAsk = %v, want RoadShut", got)
	}
	if ok, _ := ReadDangerAsk("降温了 各村还有哪些隐患"); !ok {
		t.Error("ReadDangerAsk(降温了 各村还有哪些隐患) = false")
	}
}

func FuzzTrimWeather(f *testing.F) {
	for _, s := range []string{"雪下这么大 各村没出啥事吧", "下雪了，", "下雪了", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := trimWeather(s); len(got) > len(s) {
			t.Errorf("trimWeather(%q) = %q, longer", s, got)
		}
		ReadTroubleAsk(s)
		ReadRoadAsk(s)
	})
}
