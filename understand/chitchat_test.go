package understand

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/village"
)

// TestReadChitChat (villager32): a neighbour's question about a show, a
// picture passed round or a dish is chat, confidently noise; the same words
// about when a show is on, or naming an office, a service or a procedure,
// stay a question for the bot. A call before speaking ("李哥在不") is a
// greeting, and a matter told after it is read alone.
func TestReadChitChat(t *testing.T) {
	checkReads(t, []readCase{
		{"was the gala good", "春晚好看不", noiseIn("其他")},
		{"when was the picture taken", "这张图是啥时候拍的", noiseIn("其他")},
		{"where was the video shot", "这视频在哪拍的", noiseIn("其他")},
		{"who acted the sketch", "昨晚那个小品谁演的", noiseIn("其他")},
		{"is the dish good", "今天这菜好吃不", noiseIn("其他")},
		{"what filling", "这饺子啥馅的", noiseIn("其他")},
		{"liked, and how made", "这道菜好吃吗 咋做的", noiseIn("其他")},
		{"the canteen's food", "食堂的饭咋做的这么难吃", queryIn("其他")},
		{"is a film shown tonight", "今晚放电影不", queryIn("其他")},
		{"the picture at the village office", "村委会门口那张照片是干啥的", queryIn("其他")},
		{"rain this afternoon", "下午还下不下雨", queryIn("其他")},
		{"calling 李哥", "李哥在不", noiseIn("其他")},
		{"calling the secretary", "王书记在吗？", noiseIn("其他")},
		{"anyone there at home", "老刘在家不", noiseIn("其他")},
		{"call then a leak", "李哥在不 后山那个水管漏水了", reportIn("水电设施")},
		{"call then a lamp", "王书记在吗？村口路灯坏了", reportIn("道路交通")},
		// dialect and bare calls (villager33): 没得 for 没有, the 在 left
		// out, no one named
		{"anyone there, 没得", "有人在没得", noiseIn("其他")},
		{"anyone, 在 left out", "有人不", noiseIn("其他")},
		{"anyone, 在 left out, 没得", "有人没得？", noiseIn("其他")},
		{"bare call", "在不在", noiseIn("其他")},
		{"dialect call then a lamp", "有人在没得 村口路灯不亮了", reportIn("道路交通")},
		{"bare call then a lamp", "在不在？村口路灯不亮了", reportIn("道路交通")},
		{"anyone then a fire", "有人不 快来人 着火了", emergencyOf(village.HazardFire, "安全隐患")},
		{"someone gone missing", "有人不见了", emergencyOf(village.HazardMissing, "治安")},
	})
}

// TestReadRailings (villager32): a railing broken or gone is a road's or a
// bridge's facility, unless it guards a drop.
func TestReadRailings(t *testing.T) {
	checkReads(t, []readCase{
		{"bridge railing broken", "桥栏杆坏了", reportIn("道路交通")},
		{"railing broken", "栏杆坏了", reportIn("道路交通")},
		{"railing gone from the bridge", "桥上栏杆没了", reportIn("道路交通")},
		{"small bridge railing rotten", "小桥栏杆烂了", reportIn("道路交通")},
		{"stair railing broken", "楼梯栏杆坏了", reportIn("安全隐患")},
		{"money gone", "钱没了", noiseIn("其他")},
	})
}

// TestTrimLeadCall (villager32): a call before the matter goes from its
// text; a call alone, or words that only look like one, stay.
func TestTrimLeadCall(t *testing.T) {
	isName := func(n string) bool { return slices.Contains([]string{"李四", "王五"}, n) }
	for text, want := range map[string]string{
		"李哥在不 后山那个水管漏水了": "后山那个水管漏水了",
		"李四在吗？村口路灯坏了":    "村口路灯坏了",
		"王五在不在 井盖没了":     "井盖没了",
		"有人在没 桥栏杆断了":     "桥栏杆断了",
		"有人在没得 村口路灯不亮了":  "村口路灯不亮了",
		"李哥在家没得，井盖没了":    "井盖没了",
		"有人不 路灯坏了":       "路灯坏了",
		"在不在？路灯坏了":       "路灯坏了",
		"有人不见了":          "有人不见了",
		"屋里有人吗":          "屋里有人吗",
		"在不在家":           "在不在家",
		"李哥在不":           "李哥在不",
		"现在不通水":          "现在不通水",
		"他在不在家":          "他在不在家",
		"李明在不 路灯坏了":      "李明在不 路灯坏了",
	} {
		if got := TrimLead(text, isName); got != want {
			t.Errorf("TrimLead(%q) = %q, want %q", text, got, want)
		}
	}
}

// FuzzCallLen: a call is a prefix of the text ending at a rune boundary
// that asks whether someone is there (在, or 有人 with the 在 left out).
func FuzzCallLen(f *testing.F) {
	for _, s := range []string{"李哥在不", "李哥在不 后山漏水", "王书记在吗？？路灯", "有人在没", "现在不通水", "在不", "老刘在家不!", "\xff在不", "有人在没得", "有人不 路灯", "在不在？路灯", "有人不见了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := callLen(s, func(string) bool { return true })
		if n < 0 || n > len(s) {
			t.Fatalf("callLen(%q) = %d, out of range", s, n)
		}
		if n > 0 && (!utf8.ValidString(s[:n]) || !strings.Contains(s[:n], "在") && !strings.Contains(s[:n], "有人")) {
			t.Fatalf("callLen(%q) = %d: %q is no call", s, n, s[:n])
		}
	})
}
