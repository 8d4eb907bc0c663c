package words

import (
	"strings"
	"testing"
)

// TestNamesWhoWhere: words that only say whom or where an alarm is of
// (alarm81), not talk that happens to name a home or a place.
func TestNamesWhoWhere(t *testing.T) {
	for text, want := range map[string]bool{
		"是张三家的老人 在村口": true,
		"张三家的 他爸":     true,
		"张三家的":        true,
		"是老张家的老爷子":    true,
		"在村口":         true,
		"人在小卖部门口":     true,
		"好像是张三家的啊":    true,
		"在吃饭":         false,
		"在家":          false,
		"我家的":         false,
		"他爸":          false, // a person alone: no household nor place
		"张三家的狗跑了":     false,
		"张三家今天办酒":     false,
		"有人晕倒了 快来人":   false,
		"":            false,
		"谢谢大家":        false,
	} {
		if got := NamesWhoWhere(text); got != want {
			t.Errorf("NamesWhoWhere(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzNamesWhoWhere: any text is read without panic, and words naming
// whom or where name a household, a place, or who it is (是他爸).
func FuzzNamesWhoWhere(f *testing.F) {
	for _, s := range []string{"是张三家的老人 在村口", "张三家的 他爸", "在吃饭", "家", "在", "是"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if NamesWhoWhere(text) && !strings.Contains(text, "家") && !strings.Contains(text, "在") && Placeless(text) && !SaysWhoItIs(text) {
			t.Errorf("NamesWhoWhere(%q): names neither a household nor a place", text)
		}
	})
}
