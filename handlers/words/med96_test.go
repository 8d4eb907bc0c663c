package words

import (
	"slices"
	"testing"
)

// TestOwnHomeSpellings: 「自各儿家」 and 「自己个儿家」 are the speaker's own
// home as 「自个儿家」 is: no 「儿家」 household (med96).
func TestOwnHomeSpellings(t *testing.T) {
	for _, s := range []string{"墙是俺自各儿家地上砌的", "俺自己个儿家的鸡", "自个儿家的"} {
		if got := householdsIn(s); len(got) != 0 {
			t.Errorf("householdsIn(%q) = %q, want none", s, got)
		}
		if OtherHousehold(s, "陈二家的墙") {
			t.Errorf("OtherHousehold(%q) = true, want false", s)
		}
	}
	if got := householdsIn("去她女儿家住了"); !slices.Contains(got, "儿家") {
		t.Errorf("householdsIn(女儿家) = %q, want 儿家", got)
	}
}

// TestPlaceHomes: a neighbour named by where he lives is a household
// (NamesHousehold), another one only when the item places its own
// elsewhere (OtherHousehold); 「隔壁老刘家」 is read by its name.
func TestPlaceHomes(t *testing.T) {
	for text, want := range map[string][]string{
		"对门那家的狗天天叫":  {"对门"},
		"隔壁家的鸡又跑过来了": {"隔壁"},
		"后院那户天天烧垃圾":  {"后院"},
		"隔壁的那家又在吵":   {"隔壁"},
		"隔壁老刘家的狗天天叫": nil,
		"对门的狗跑到俺家来了": nil,
		"俺家后院那块地":    nil,
	} {
		if got := PlaceHomesIn(text); !slices.Equal(got, want) {
			t.Errorf("PlaceHomesIn(%q) = %q, want %q", text, got, want)
		}
	}
	for _, tc := range []struct {
		text, item string
		other      bool
	}{
		{"对门那家的狗天天叫", "隔壁陈二家盖鸡圈把墙砌过来了", true},
		{"对门那家的狗天天叫", "对门陈二家盖鸡圈把墙砌过来了", false},
		{"对门那家的狗天天叫", "陈二家盖鸡圈把墙砌过来了", false}, // where 陈二 lives is not said
		{"隔壁家的鸡又跑过来了", "隔壁陈二家的鸡天天进俺家菜地", false},
		{"后院那家也往沟里倒脏水", "对门那家把墙砌过来了", true},
		{"老刘家的狗天天叫", "隔壁陈二家的鸡", true},
		{"陈二家的狗也叫", "隔壁陈二家的鸡", false},
		{"前院那家天天骂人", "后院陈二家的鸡天天进俺家菜地", false}, // 陈二 of the reporter, mirrored
		{"楼下那家也往下泼水", "楼上陈二家天天往下泼水", false},
	} {
		if got := OtherHousehold(tc.text, tc.item); got != tc.other {
			t.Errorf("OtherHousehold(%q, %q) = %v, want %v", tc.text, tc.item, got, tc.other)
		}
	}
	if !NamesHousehold("还有对门那家的狗天天叫") || NamesHousehold("俺家菜地也被糟蹋了") {
		t.Error("NamesHousehold: 对门那家 is a household, 俺家 is none")
	}
}

// TestRefersBackMidSentence: 他家 points back at the household named
// before it whether it opens the part or stands in its middle, unless the
// part names a household of its own.
func TestRefersBackMidSentence(t *testing.T) {
	for text, want := range map[string]bool{
		"他家鸭子也进俺家菜地":     true,
		"另外俺家鸭子也叫他家狗咬死了": true,
		"俺家菜地也被她们家的鸡刨了":  true,
		"陈二家的狗也咬了他家孩子":   false, // 陈二家 is named: 他家 is within it
		"对门那家的狗天天叫":      false,
		"俺家菜地也被糟蹋了":      false,
	} {
		if got := RefersBack(text); got != want {
			t.Errorf("RefersBack(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestJoinedOnHousehold: a joiner and a household pointed at is more of
// what he told of it, whatever thing it names; a question is not.
func TestJoinedOnHousehold(t *testing.T) {
	for text, want := range map[string]bool{
		"还有 他家的狗也老冲俺家孩子叫": true,
		"另外他家的鸭子也跑过来":     true,
		"还有就是 俺家孩子老被他家狗追": true,
		"对了 陈二家那个狗也是":     true,
		"他家的狗也老冲俺家孩子叫":    false, // no joiner
		"还有他家的电话吗":        false,
		"还有 明天几点开会":       false,
		"另外 俺自个儿家的鸡也丢了":   false,
	} {
		if got := JoinedOnHousehold(text); got != want {
			t.Errorf("JoinedOnHousehold(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzPlaceHomes(f *testing.F) {
	for _, s := range []string{"对门那家的狗天天叫", "隔壁家", "隔壁老刘家", "对门陈二家", "后院那户", "\xff对门家", "隔壁的"} {
		f.Add(s, "隔壁陈二家的墙")
	}
	f.Fuzz(func(t *testing.T, text, item string) {
		// a text naming no household of any kind is no other household,
		// and one is never another household than itself
		if !NamesHousehold(text) && OtherHousehold(text, item) {
			t.Errorf("OtherHousehold(%q, %q) with no household named", text, item)
		}
		if OtherHousehold(text, text) {
			t.Errorf("OtherHousehold(%q, itself)", text)
		}
		for _, p := range PlaceHomesIn(text) {
			if !slices.Contains(placeHomes, p) {
				t.Errorf("PlaceHomesIn(%q) = %q, not a place", text, p)
			}
		}
	})
}
