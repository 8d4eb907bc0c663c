package understand

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTrimLeadJoiner: a later message opening on a joiner is filed
// without it, as a part split off after one is; a 还有 or 另外 that
// tells of more of something stays.
func TestTrimLeadJoiner(t *testing.T) {
	for text, want := range map[string]string{
		"还有 隔壁老刘家也天天往俺家门口倒脏水": "隔壁老刘家也天天往俺家门口倒脏水",
		"另外，村口路灯也坏了":          "村口路灯也坏了",
		"对了 后山水管漏水了":          "后山水管漏水了",
		"还有就是想问问高龄补贴咋领":       "想问问高龄补贴咋领",
		"再就是垃圾好几天没人收了":        "垃圾好几天没人收了",
		"网格员 还有 桥头栏杆断了":       "桥头栏杆断了",
		"还有两户没通水":             "还有两户没通水",
		"另外两家也停电了":            "另外两家也停电了",
		"对了吗":                 "对了吗",
		"还有人在里面":              "还有人在里面",
		"还有":                  "还有",
		"对了！":                 "对了！",
	} {
		if got := TrimLead(text, nil); got != want {
			t.Errorf("TrimLead(%q) = %q, want %q", text, got, want)
		}
	}
}

// FuzzLeadJoined: what is left is a suffix of t, shorter only when t
// opened on a joiner, and starts with no pause.
func FuzzLeadJoined(f *testing.F) {
	for _, s := range []string{"还有 隔壁老刘家", "另外，路灯", "对了", "对了吗", "还有就是想问", "还有两户", "\xff还有 ", "还有 ，，", "还有隔壁老刘家的狗天天叫", "还有隔壁两户没通知到", "另外三组的", "还有老王", "对了村口一直", "对了屋顶漏雨", "对了吗"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rest, ok := leadJoined(s)
		if !ok {
			if rest != s {
				t.Fatalf("leadJoined(%q) changed it to %q without a joiner", s, rest)
			}
			return
		}
		if !strings.HasSuffix(s, rest) || len(rest) >= len(s) {
			t.Fatalf("leadJoined(%q) = %q: no shorter suffix", s, rest)
		}
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && strings.ContainsRune(leadPause, r) {
			t.Fatalf("leadJoined(%q) = %q opens on a pause", s, rest)
		}
		// run in (tidy93): only before where or whose, never a count
		if r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(rest)]); !strings.ContainsRune(leadPause, r) && !strings.HasPrefix(rest, "就是") {
			if countLeadRe.MatchString(rest) {
				t.Fatalf("leadJoined(%q) = %q: a count cut from its 还有", s, rest)
			}
			if !leadHomeRe.MatchString(rest) && !hasAnyPrefix(rest, homeHeads) && !(strings.HasPrefix(s, "对了") && byTheWay(rest)) {
				t.Fatalf("leadJoined(%q) = %q: run into no place or home", s, rest)
			}
		}
	})
}
