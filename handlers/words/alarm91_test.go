package words

import (
	"slices"
	"testing"
)

// TestSearchesTold: people sent to look, or a search told going on, are
// search words too, as the duty officer says them (alarm91); one done,
// put off or a call to come and see him is none.
func TestSearchesTold(t *testing.T) {
	for text, want := range map[string]bool{
		"派人去后山找了":      true,
		"石桥那边已经在找了":    true,
		"已经安排民兵到水库那边搜": true,
		"后山正在搜":        true,
		"叫他到村委会找我":     false,
		"已经找过了 没有":     false,
		"明天派人去后山找":     false,
		"派人去后山找到了":     false,
	} {
		if got := Searches(text); got != want {
			t.Errorf("Searches(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]string{"派人去后山找了": "后山", "石桥那边已经在找了": "石桥", "已经安排民兵到水库那边搜": "水库"} {
		got := SearchPlaces(text)
		if !slices.Contains(got, want) || slices.ContainsFunc(got, func(w string) bool { return w == "已经" || w == "派人" || w == "民兵" }) {
			t.Errorf("SearchPlaces(%q) = %q, want %q and none of the search's own words", text, got, want)
		}
	}
}
