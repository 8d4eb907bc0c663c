package words_test

import (
	"testing"

	"gridbot/handlers/words"
	"gridbot/understand"
)

// TestTellsSide: one's side of a deed, and what only looks like one (a way
// of going, an alarm).
func TestTellsSide(t *testing.T) {
	for text, want := range map[string]bool{
		"我去了的 王五可以作证": true, "俺那天确实帮了": true, "冤枉啊 我那天真的去了": true, "我来了的 不信你问李四": true,
		"我都扫了": true, "我妈去了 她可以证明": true,
		"我妈晕过去了": false, "我妈晕过去了 炉子一直冒烟": false, "我爸摔下去了": false, "我儿子回来了": false,
		"我进去了 里面全是烟 快来人": false, "我家房子塌了": false,
	} {
		if got := words.TellsSide(text); got != want {
			t.Errorf("TellsSide(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzTellsSide: any text is read without a panic, and no text that
// raises an alarm tells a side.
func FuzzTellsSide(f *testing.F) {
	for _, s := range []string{"我去了的 王五可以作证", "我妈晕过去了", "着火了 我去了", "\xff我"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if words.TellsSide(s) && understand.Alarms(s) {
			t.Errorf("TellsSide(%q) of an alarm", s)
		}
	})
}
