package village

import (
	"slices"
	"strings"
	"testing"

	"gridbot/internal/fuzzseed"
)

// twoVillages are the places of a township whose two villages both have
// a 一组.
var twoVillages = Places{
	{"青山村", "一组", "青山村一组网格群"}, {"青山村", "二组", "青山村二组网格群"}, {"青山村", "三组", "青山村三组网格群"},
	{"石桥村", "一组", "石桥村一组网格群"},
}

// TestPlaceNamed: the words officers and leaders use for a place (待办
// 三组, 通知 青山村 三组 …) read as one grid, a village, the township, a
// grid name several villages have (both named), or nothing.
func TestPlaceNamed(t *testing.T) {
	for _, c := range []struct {
		word, home string
		kind       PlaceKind
		label      string
		groups     []string
	}{
		{"三组", "", PlaceGrid, "青山村三组", []string{"青山村三组网格群"}},
		{"3组", "", PlaceGrid, "青山村三组", []string{"青山村三组网格群"}},
		{"青山村三组", "", PlaceGrid, "青山村三组", []string{"青山村三组网格群"}},
		{"青山村 三组", "", PlaceGrid, "青山村三组", []string{"青山村三组网格群"}},
		{"青山村　3组", "", PlaceGrid, "青山村三组", []string{"青山村三组网格群"}},
		{"青山村三组网格群", "", PlaceGrid, "青山村三组", []string{"青山村三组网格群"}},
		{"青山村", "", PlaceVillage, "青山村", []string{"青山村一组网格群", "青山村二组网格群", "青山村三组网格群"}},
		{"石桥村", "", PlaceVillage, "石桥村", []string{"石桥村一组网格群"}},
		{"全村", "石桥村", PlaceVillage, "石桥村", []string{"石桥村一组网格群"}},
		{"本村", "", NoPlace, "", nil},
		{"全镇", "", PlaceTownship, "全镇", twoVillages.Groups(nil)},
		{"全部", "", PlaceTownship, "全镇", twoVillages.Groups(nil)},
		{"所有群", "青山村", PlaceTownship, "全镇", twoVillages.Groups(nil)},
		{"四组", "", NoPlace, "", nil},
		{"青山", "", NoPlace, "", nil},
		{"石桥村 三组", "", NoPlace, "", nil},
		{"", "", NoPlace, "", nil},
		{"一组", "", PlaceGrid, "青山村一组、石桥村一组", []string{"青山村一组网格群", "石桥村一组网格群"}},
		{"1组", "", PlaceGrid, "青山村一组、石桥村一组", []string{"青山村一组网格群", "石桥村一组网格群"}},
		{"石桥村一组", "", PlaceGrid, "石桥村一组", []string{"石桥村一组网格群"}},
	} {
		p := twoVillages.Named(c.word, c.home)
		if p.Kind != c.kind || p.Label() != c.label || !slices.Equal(p.Grids.Groups(nil), c.groups) {
			t.Errorf("Named(%q, %q) = %v %q %v, want %v %q %v", c.word, c.home, p.Kind, p.Label(), p.Grids.Groups(nil), c.kind, c.label, c.groups)
		}
		if want := c.kind == PlaceGrid && len(c.groups) > 1; p.Ambiguous() != want {
			t.Errorf("Named(%q).Ambiguous() = %v", c.word, p.Ambiguous())
		}
	}
}

// TestPlaceIn: the place a question names ("三组有几件没办完"), its
// longest name; the bare grid name of an ambiguous grid, which Named reads
// again as ambiguous.
func TestPlaceIn(t *testing.T) {
	for text, want := range map[string]string{
		"三组有几件没办完": "青山村三组", "3组还有啥没办": "青山村三组", "青山村还有啥没办": "青山村", "青山村 三组有几件没办完": "青山村三组",
		"石桥村一组有几件": "石桥村一组", "一组有几件没办完": "一组", "有几件没办完": "", "四组有几件": "",
	} {
		if got := twoVillages.In(text); got.Name != want {
			t.Errorf("In(%q) = %q, want %q", text, got.Name, want)
		}
	}
}

// TestPlaceUnknown: a word in a question that reads as a place the
// township does not have ("四组", "石桥镇的李家村"): a number and 组, or
// two characters and 村 that are no village's; words that only look so
// (全村, 各村, 评分小组) and the township's own places are none.
func TestPlaceUnknown(t *testing.T) {
	for text, want := range map[string]string{
		"四组有什么没办的": "四组", "5组有几件": "5组", "李家村有什么没办的": "李家村", "石乔村还有啥没办": "石乔村",
		"三组有几件没办完": "", "石桥村有什么没办的": "", "全村有什么没办的": "", "各村有几件没办完": "", "评分小组有啥要审": "",
		"今天有什么事": "", "村里有什么事": "", "哪个村积分最高": "",
		"我们村哪家积分最高": "", "问下咱村排第几": "", "你们村有几件": "",
	} {
		if got := twoVillages.Unknown(text); got != want {
			t.Errorf("Unknown(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestPlaceLists: the lists answers show of the township's places.
func TestPlaceLists(t *testing.T) {
	if got := strings.Join(twoVillages.Villages(), " "); got != "青山村 石桥村" {
		t.Errorf("Villages() = %q", got)
	}
	if got := strings.Join(twoVillages.GridNames("青山村"), " "); got != "一组 二组 三组" {
		t.Errorf("GridNames(青山村) = %q", got)
	}
	if got := strings.Join(twoVillages.Choices(), " "); got != "青山村一组 青山村二组 青山村三组 石桥村一组" {
		t.Errorf("Choices() = %q", got)
	}
	if got := twoVillages.Groups(func(v string) bool { return v == "石桥村" }); !slices.Equal(got, []string{"石桥村一组网格群"}) {
		t.Errorf("Groups(石桥村) = %q", got)
	}
}

// TestGridNumerals: grid names typed with digits read as the roster
// writes them.
func TestGridNumerals(t *testing.T) {
	for in, want := range map[string]string{"3组": "三组", "10组": "十组", "12组": "十二组", "20组": "二十组", "35组": "三十五组",
		"三组": "三组", "123组": "123组", "青山村2组": "青山村二组", "0组": "零组"} {
		if got := GridNumerals(in); got != want {
			t.Errorf("GridNumerals(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzGridNumerals: reading a scope word's digits never panics, and leaves
// no number below 100 in digits.
func FuzzGridNumerals(f *testing.F) {
	for _, s := range []string{"3组", "12组", "123组", "青山村2组", "0", "\xff9组"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := GridNumerals(s)
		for _, m := range digitsRe.FindAllString(got, -1) {
			if len(m) < 3 {
				t.Fatalf("GridNumerals(%q) = %q keeps %q", s, got, m)
			}
		}
	})
}

// FuzzPlaceNamed: reading outside words as a place never panics, and
// what it names is a place of the township.
func FuzzPlaceNamed(f *testing.F) {
	for _, s := range []string{"三组", "青山村 3组", "全镇", "一组", "\xff组", "青山村\u3000三组网格群", ""} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []Place{twoVillages.Named(s, "青山村"), twoVillages.In(s)} {
			if (p.Kind == NoPlace) != (len(p.Grids) == 0) {
				t.Fatalf("%q: %+v", s, p)
			}
			for _, g := range p.Grids {
				if !slices.Contains(twoVillages, g) {
					t.Fatalf("%q: %+v names no grid of the township", s, p)
				}
			}
		}
	})
}
