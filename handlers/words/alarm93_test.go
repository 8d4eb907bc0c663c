package words

import "testing"

// TestSearchOf: an officer's search words are of a missing person (找,
// 寻), of people under a collapse (挖, 刨, 破拆, 压着的人), or either (搜,
// 搜救); words of no search, a question, or one called off are none
// (alarm93).
func TestSearchOf(t *testing.T) {
	for text, want := range map[string]SearchKind{
		"派人去后山找了":       SearchLost,
		"石桥那边已经在找了":     SearchLost,
		"还在找":           SearchLost,
		"已经安排民兵到水库那边搜寻": SearchEither,
		"救援队已经在搜了":      SearchEither,
		"消防正在搜救":        SearchEither,
		"救援队正在挖":        SearchBuried,
		"人挖出来一个了":       SearchBuried,
		"已经派人去扒了":       SearchBuried,
		"消防在破拆":         SearchBuried,
		"还在找下面压着的人":     SearchBuried,
		"废墟那边已经在搜了":     SearchBuried,
		"挖掘机已经到了":       SearchNone,
		"人挖出来了吗":        SearchNone,
		"明天再去挖":         SearchNone,
		"不用挖了":          SearchNone,
		"消防车已经出发了":      SearchNone,
		// a grid cadre's (alarm94)
		"大家在挖了":   SearchBuried,
		"我们在扒":    SearchBuried,
		"人救出来一个":  SearchBuried,
		"大家在挖水渠吗": SearchNone,
	} {
		if got := SearchOf(text); got != want {
			t.Errorf("SearchOf(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSearchNamed: the places and names a search holds are counted once
// each, however many of their pairs an alarm holds, so a name and a place
// count over a place alone (alarm93).
func TestSearchNamed(t *testing.T) {
	for _, c := range []struct {
		text, in string
		want     int
	}{
		{"派人去后山找小明了", "我家小明放学没回家 同学说往后山去了", 2},
		{"派人去后山找小明了", "我家小孙子下午跟着去后山玩 还没回来", 1},
		{"去河边找王奶奶", "王奶奶走丢了", 1},
		{"水库那边已经派人在找了", "晚饭后往水库那边走了", 1},
		{"石桥那边已经在找了", "晚饭后往水库那边走了", 0},
		{"派人去找了", "晚饭后往水库那边走了", 0},
	} {
		if got := SearchNamed(c.text, c.in); got != c.want {
			t.Errorf("SearchNamed(%q, %q) = %d, want %d (pairs %q)", c.text, c.in, got, c.want, searchPairs(c.text))
		}
	}
}
