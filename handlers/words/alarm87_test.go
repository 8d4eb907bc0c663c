package words

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSearches: a cadre's words of leading a search now, with no 收到,
// take a missing alarm on; one put off, called off or asked is none
// (alarm87).
func TestSearches(t *testing.T) {
	for text, want := range map[string]bool{
		"我去后山找 李四你带人去河边": true,
		"大家分头找 我去水库那边":   true,
		"我们去村口找找":        true,
		"你们几个去河边 我去后山":   true,
		"明天再去找":          false,
		"不用找了 人回来了":      false,
		"我去不了 在外地":       false,
		"要不要去后山找找？":      false,
		"我去镇里开会":         false,
		"人找到了":           false,
	} {
		if got := Searches(text); got != want {
			t.Errorf("Searches(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzSearches: any text is read without panic; a long one is none.
func FuzzSearches(f *testing.F) {
	for _, s := range []string{"我去后山找 李四你带人去河边", "分头找", "你去", "我去找", "不用找了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if Searches(text) && utf8.RuneCountInString(text) > 40 {
			t.Errorf("Searches(%q) true for a long text", text)
		}
		// alarm93: every search has a kind; a long text or a question none
		kind := SearchOf(text)
		if Searches(text) && kind == SearchNone || kind != SearchNone && (utf8.RuneCountInString(text) > 40 || strings.ContainsAny(text, "?？吗")) {
			t.Errorf("SearchOf(%q) = %v beside Searches %v", text, kind, Searches(text))
		}
	})
}

// FuzzSearchPlaces: the places and names of a search's words are pairs
// of Chinese characters its own words do not hold, each once (alarm89).
func FuzzSearchPlaces(f *testing.F) {
	for _, s := range []string{"我去后山找小明", "大家分头去河边找找", "找", "你们几个去村口", "后山的"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// alarm93: a search names no more places than it has pairs, and
		// at least one in words holding its places
		places := SearchPlaces(text)
		if n := SearchNamed(text, strings.Join(places, " ")); n > len(searchPairs(text)) || len(places) > 0 && n == 0 || SearchNamed(text, "") != 0 {
			t.Errorf("SearchNamed(%q) of its places = %d, pairs %q", text, n, searchPairs(text))
		}
		seen := map[string]bool{}
		for _, w := range SearchPlaces(text) {
			if utf8.RuneCountInString(w) != 2 || strings.ContainsAny(w, "找寻我你去的") || seen[w] {
				t.Errorf("SearchPlaces(%q) holds %q", text, w)
			}
			seen[w] = true
		}
	})
}

func TestSearchPlaces(t *testing.T) {
	for text, want := range map[string]string{"我去后山找小明": "后山", "大家分头去河边找找": "河边", "你们几个去水库那边": "水库"} {
		if got := SearchPlaces(text); !slices.Contains(got, want) {
			t.Errorf("SearchPlaces(%q) = %q, want %q among them", text, got, want)
		}
	}
	if got := SearchPlaces("大家分头去找"); len(got) != 0 {
		t.Errorf("SearchPlaces(大家分头去找) = %q, want none", got)
	}
}
