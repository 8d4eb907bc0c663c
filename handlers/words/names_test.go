package words

import (
	"gridbot/internal/fuzzseed"
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSpacedName(t *testing.T) {
	roster := map[string]bool{"张明": true, "张三": true, "王奶奶": true, "欧阳小明": true}
	isName := func(n string) bool { return roster[n] }
	tests := []struct {
		name, s, wantName, wantRest string
		wantOK                      bool
	}{
		{"two pieces", "张 明 参加村里清理河道", "张明", "参加村里清理河道", true},
		{"before an item", "张 三 香皂 1", "张三", "香皂 1", true},
		{"surname and title", "王 奶奶 送饭", "王奶奶", "送饭", true},
		{"three pieces", "欧阳 小 明", "欧阳小明", "", true},
		{"several spaces", "张  明  献血", "张明", "献血", true},
		{"a written-together name is not spaced", "张明 献血", "", "张明 献血", false},
		{"no such person", "张 伟 献血", "", "张 伟 献血", false},
		{"a long word after is no part", "张 明天参加", "", "张 明天参加", false},
		{"latin", "Zhang Ming", "", "Zhang Ming", false},
		{"empty", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, rest, ok := SpacedName(tt.s, isName)
			if name != tt.wantName || rest != tt.wantRest || ok != tt.wantOK {
				t.Errorf("spacedName(%q) = %q, %q, %v; want %q, %q, %v", tt.s, name, rest, ok, tt.wantName, tt.wantRest, tt.wantOK)
			}
		})
	}
}

// FuzzSpacedName: whatever is typed, a name read is one isName accepts,
// made of two to four Han characters taken in order from s, and rest is
// what follows it in s.
func FuzzSpacedName(f *testing.F) {
	for _, s := range []string{"张 明 参加村里清理河道", "王 奶 奶 屋顶漏雨", "欧阳 小明", "张  明、刘芳", "张", " \t张 明", "\xff张 明"} {
		f.Add(s)
	}
	roster := map[string]bool{"张明": true, "张三": true, "王奶奶": true, "欧阳小明": true}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		name, rest, ok := SpacedName(s, func(n string) bool { return roster[n] })
		if !ok {
			return
		}
		if !roster[name] || !strings.HasSuffix(s, rest) || len(rest) >= len(s) {
			t.Fatalf("spacedName(%q) = %q, %q", s, name, rest)
		}
		if end := NameEnd(s, name); end < 0 || strings.TrimLeft(s[end:], " ") != rest {
			t.Fatalf("spacedName(%q) = %q, %q; nameEnd says %d", s, name, rest, end)
		}
	})
}

// FuzzParseItem: a redemption line never yields an item outside the shop
// or a quantity outside 1..999 without saying why.
func FuzzParseItem(f *testing.F) {
	shop := []village.ShopItem{{Name: "洗衣液", Points: 20, Unit: "瓶"}, {Name: "大米", Points: 90, Unit: "袋（5公斤）"}, {Name: "米", Points: 1}}
	for _, s := range []string{"洗衣液 2", "两瓶洗衣液", "洗衣液 一千瓶", "大米 ２袋", "茅台 1", "洗衣液 千万", "米 9999999999999999999"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		item, qty, why, _ := ParseItem(s, shop)
		if why != "" {
			return
		}
		if !slices.ContainsFunc(shop, func(it village.ShopItem) bool { return it.Name == item.Name }) || qty < 1 || qty > 999 {
			t.Fatalf("parseItem(%q) = %+v × %d with no reason", s, item, qty)
		}
		if n, ok := chineseNumber(s); ok && (n <= 0 || n >= 100000) {
			t.Fatalf("chineseNumber(%q) = %d", s, n)
		}
	})
}

// FuzzNameEnd: nameEnd finds what the regular expression of the name's
// characters joined by \s* finds (its first version compiled one per call).
func FuzzNameEnd(f *testing.F) {
	for _, c := range [][2]string{{"给 张 明 申请", "张明"}, {"张\t明", "张明"}, {"张张明", "张明"}, {"张　明", "张明"}, {"", "张"}, {"abc", ""}, {"\xff张 明", "张明"}, {"王奶 奶", "王奶奶"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, name string) {
		if !utf8.ValidString(name) || strings.ContainsRune(name, utf8.RuneError) {
			return // roster names are text
		}
		var pattern strings.Builder
		for i, r := range name {
			if i > 0 {
				pattern.WriteString(`\s*`)
			}
			pattern.WriteString(regexp.QuoteMeta(string(r)))
		}
		want := -1
		if loc := regexp.MustCompile(pattern.String()).FindStringIndex(s); loc != nil {
			want = loc[1]
		}
		if got := NameEnd(s, name); got != want {
			t.Fatalf("nameEnd(%q, %q) = %d, want %d", s, name, got, want)
		}
	})
}
