package words

import "testing"

// TestReadRoadAsk: an officer's questions of the roads iced over or still
// shut (town110: silent, with an @ the menu), and what is no such question.
func TestReadRoadAsk(t *testing.T) {
	for _, c := range []struct {
		text string
		want RoadAsk
	}{
		{"各村路上结冰的有几处", RoadIcy},
		{"路上结冰的有几处", RoadIcy},
		{"哪些路还结着冰", RoadIcy},
		{"哪些路结冰了？", RoadIcy},
		{"结冰的路有哪些", RoadIcy},
		{"还有几处路面结冰", RoadIcy},
		{"各村路上的冰都清了没有", RoadIcy},
		{"下雪了 各村有没有路结冰", RoadIcy},
		{"哪些路还没通", RoadShut},
		{"还有哪些路没通", RoadShut},
		{"各村的路都通了没有", RoadShut},
		{"路都通了吗", RoadShut},
		{"没通的路还有几条", RoadShut},
		{"被雪封的路有几条", RoadShut},
		{"哪里的路还不通", RoadShut},
		{"年底了，各村还有几条路没通", RoadShut},
		// no such question
		{"路上结冰了", RoadNone},
		{"后山那条路还没通", RoadNone},
		{"路", RoadNone},
		{"三组那段路结冰了 大家小心", RoadNone},
		{"路通了", RoadNone},
		{"哪些路灯坏了", RoadNone},
		{"冰箱有几个", RoadNone},
		{"去镇上的路怎么走", RoadNone},
	} {
		if got := ReadRoadAsk(c.text); got != c.want {
			t.Errorf("ReadRoadAsk(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRoadIs: an item's text read for its way iced over or shut.
func TestRoadIs(t *testing.T) {
	for _, c := range []struct {
		text      string
		icy, shut bool
	}{
		{"村口到小学那段下坡路结冰了，早上好几个人骑车滑倒", true, false},
		{"后山那条路被雪封了 到现在还没通", false, true},
		{"一组后山那条路雪太厚了 车进不来", false, true},
		{"村口路灯坏了", false, false},
	} {
		if got := RoadIs(RoadIcy, c.text); got != c.icy {
			t.Errorf("RoadIs(icy, %q) = %v", c.text, got)
		}
		if got := RoadIs(RoadShut, c.text); got != c.shut {
			t.Errorf("RoadIs(shut, %q) = %v", c.text, got)
		}
	}
}

// FuzzReadRoadAsk: any text is read without panicking, and a question
// read is short.
func FuzzReadRoadAsk(f *testing.F) {
	for _, s := range []string{"各村路上结冰的有几处", "哪些路还没通", "路都通了吗", "路上结冰了", "冰"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ReadRoadAsk(s) != RoadNone && len(s) > 60 {
			t.Fatalf("ReadRoadAsk(%q) read a long text", s)
		}
	})
}
