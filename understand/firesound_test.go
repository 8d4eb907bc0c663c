package understand

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestReadFireHomophones: the fire's words typed by their sound (烧 as 少,
// 稍 or 捎; 着火 as 着伙, 着活 or 招火) read as fire where the fire is
// meant: next to 火, or a home reached with a fire told; the same
// characters in everyday words (多少, 少了, 稍等, 捎个话, 跟着伙伴, 干着活)
// stay what they are.
func TestReadFireHomophones(t *testing.T) {
	const safety = "安全隐患"
	fire := emergencyOf(village.HazardFire, safety)
	checkReads(t, []readCase{
		{"火少到我家", "火少到我家了", fire},
		{"火稍到 a shed", "火稍到我家柴房了", fire},
		{"火捎过来", "后山的火捎过来了 快来人", fire},
		{"火少起来", "仓库那边火少起来了", fire},
		{"fire told, then 少到 a home", "老王家的火已经少到我家了", fire},
		{"着伙", "我家着伙了", fire},
		{"着活", "柴房着活了 快来人", fire},
		{"招火", "仓库招火了", fire},
		{"着伙 before a pause", "后山着伙 快来", fire},
	})
	for _, text := range []string{"这个月水费交多少", "今年的补贴少了两百", "稍等 我看看有多少", "麻烦帮我把快递捎到我家", "以后你少到我家来",
		"家里柴火少到只剩一捆了", "孩子跟着伙伴去镇上玩了", "大家跟着活动安排走", "他在地里干着活呢", "都在忙着活儿呢", "超市招伙计 工资面议",
		"火少了点 再加把柴", "稍到我家坐坐"} {
		if r := read(t, text); r.Type == village.Emergency || r.Hazard != village.HazardNone {
			t.Errorf("Read(%q) = %s %s; want no emergency: the words are everyday ones", text, r.Type, r.Hazard)
		}
	}
}

// everydaySounds hold the homophones' characters in their own sense.
var everydaySounds = []string{"多少", "少了", "稍等", "至少", "稍微", "捎个话", "跟着伙伴", "干着活", "忙着活儿", "招伙计", "你少到我家来"}

// FuzzFireHomophones: fireSounds only puts 烧 for 少/稍/捎 and 着火 for
// 着伙/着活/招火 (the text keeps its length in runes, every other rune
// stays), is done once and for all (folding again changes nothing), and
// leaves an everyday word told in a clause of its own as it is, whatever
// the text before it.
func FuzzFireHomophones(f *testing.F) {
	for _, s := range []string{"火少到我家了", "火稍到我家柴房了", "我家着伙了", "仓库招火了", "老王家的火已经少到我家了",
		"稍等", "多少钱", "跟着伙伴", "火", "火少", "少到我家", "也少到我家了", "火\xff少到"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "")
		}
		got := fireSounds(s)
		in, out := []rune(s), []rune(got)
		if len(in) != len(out) {
			t.Fatalf("fireSounds(%q) = %q: %d runes, want %d", s, got, len(out), len(in))
		}
		for i := range in {
			if in[i] != out[i] && !(strings.ContainsRune("少稍捎", in[i]) && out[i] == '烧' ||
				strings.ContainsRune("伙活", in[i]) && out[i] == '火' || in[i] == '招' && out[i] == '着') {
				t.Fatalf("fireSounds(%q) = %q: rune %d %q became %q", s, got, i, in[i], out[i])
			}
		}
		if again := fireSounds(got); again != got {
			t.Errorf("fireSounds(%q) = %q, folded again %q", s, got, again)
		}
		for _, w := range everydaySounds {
			if got := fireSounds(s + "，" + w); !strings.HasSuffix(got, "，"+w) {
				t.Errorf("fireSounds(%q) = %q: the everyday %q changed", s+"，"+w, got, w)
			}
		}
	})
}
