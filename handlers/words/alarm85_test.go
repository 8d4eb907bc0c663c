package words

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHouseholdLand: a household's land away from its house (「老李家林子」,
// 「李四家的地里」, 「王家大棚」) names a place, no home; its sheds and rooms
// (「老李家牛棚」, 「老李家的地下室」) stay the household's (alarm85).
func TestHouseholdLand(t *testing.T) {
	for text, want := range map[string][]string{
		"老李家林子着火了 快来人啊":  nil,
		"李四家的地里着火了":      nil,
		"王家大棚被雪压塌了":      nil,
		"老李家牛棚着火了":       {"老李"},
		"老李家的地下室着火了":     {"老李"},
		"老李家着火了 火烧到他家林子": {"老李"},
	} {
		if got := HomesIn(text); !slices.Equal(got, want) {
			t.Errorf("HomesIn(%q) = %q, want %q", text, got, want)
		}
	}
	if got := SpotsIn("老李家林子着火了"); !slices.Contains(got, "李家林子") {
		t.Errorf("SpotsIn: %q, want the wood a place", got)
	}
	for _, c := range []struct {
		a, b  string
		apart bool
	}{
		{"李四家着火了", "老李家林子着火了", true},
		{"老李家林子着火了", "李四家着火了", true},
		{"老李家林子着火了", "老王家林子着火了", true},
		{"老李家林子着火了", "老李家的林子火越来越大", false},
		{"老李家着火了", "老王家着火了", true},
	} {
		if got := PlacesApart(c.a, c.b); got != c.apart {
			t.Errorf("PlacesApart(%q, %q) = %v, want %v", c.a, c.b, got, c.apart)
		}
	}
}

// FuzzHouseholdLand: any text is read without panic; blanking lands
// never grows the text nor leaves one, and a land is never a home.
func FuzzHouseholdLand(f *testing.F) {
	for _, s := range []string{"老李家林子着火了", "李四家的地里着火了", "老李家的地下室", "家的地", "王家沟李家林子", "家"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		b := BlankLands(text)
		if len(b) > len(text) {
			t.Errorf("BlankLands(%q) = %q grew", text, b)
		}
		if len(landsIn(b)) > 0 {
			t.Errorf("BlankLands(%q) = %q still names a land", text, b)
		}
		for _, loc := range landsIn(text) {
			if !strings.Contains(text[loc[0]:loc[1]], "家") {
				t.Errorf("land %q of %q has no 家", text[loc[0]:loc[1]], text)
			}
		}
	})
}

// TestSighted: where someone was seen is told; seeing a message is not.
func TestSighted(t *testing.T) {
	for text, want := range map[string]bool{
		"刚才好像看到一个老太太往后山那边走了": true,
		"看见她在村口":  true,
		"我看到消息了":  false,
		"看到了 马上去": false,
	} {
		if got := Sighted(text); got != want {
			t.Errorf("Sighted(%q) = %v, want %v", text, got, want)
		}
	}
}
