package words

import (
	"strings"
	"testing"
)

// TestNamesWhere: words that only say where a fire or flood is (alarm82):
// a place after 在 or alone with its side, a household's thing.
func TestNamesWhere(t *testing.T) {
	for text, want := range map[string]bool{
		"在后山 老李家的林子": true,
		"在河边 三组那边":   true,
		"三组那边":       true,
		"河边":         true,
		"就在村口":       true,
		"张三家柴房":      true,
		"老李家的":       true,
		"是他爸":        false, // a person: who, not where
		"这边没事":       false,
		"村里人都知道":     false,
		"在吃饭":        false,
		"张三家今天办酒":    false,
		"着火了 快来人":    false,
		"":           false,
	} {
		if got := NamesWhere(text); got != want {
			t.Errorf("NamesWhere(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"是他爸": true, "他爸": false, "是谁啊": false, "就是王五家的": true} {
		if got := NamesWhoWhere(text); got != want {
			t.Errorf("NamesWhoWhere(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestHouseholdSaid: the household named, all of its name.
func TestHouseholdSaid(t *testing.T) {
	for text, want := range map[string]string{"是赵铁柱家的": "赵铁柱", "在后山 老李家的林子": "老李", "在村口": "", "赵铁柱家今天办酒": ""} {
		if got := HouseholdSaid(text); got != want {
			t.Errorf("HouseholdSaid(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestSaysWhoItIs: an alarm said as whose it is, not on its own.
func TestSaysWhoItIs(t *testing.T) {
	for text, want := range map[string]bool{
		"是张三家的老人晕倒了 在村口": true,
		"就是王五家的老人":       true,
		"晕倒的是张三家的":       true,
		" 是他爸":           true,
		"王五家的老人晕倒了":      false,
		"是不是有人晕倒了":       false,
		"":               false,
	} {
		if got := SaysWhoItIs(text); got != want {
			t.Errorf("SaysWhoItIs(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzNamesWhere: any text is read without panic; words placing an alarm
// name a household or a place, and are words naming whom or where too.
func FuzzNamesWhere(f *testing.F) {
	for _, s := range []string{"在后山 老李家的林子", "在河边 三组那边", "河边", "三组那边", "是他爸", "家", "组", "那边"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !NamesWhere(text) {
			return
		}
		if !NamesWhoWhere(text) {
			t.Errorf("NamesWhere(%q) but not NamesWhoWhere", text)
		}
		if !strings.Contains(text, "家") && Placeless(text) {
			t.Errorf("NamesWhere(%q): names neither a household nor a place", text)
		}
	})
}
