package words

import "testing"

// TestLead106SendsAfterWhen: a sending that opens with when ("下午让王五
// 拉车盐过去撒") sends as one without it does, the time kept with the
// errand; a time with no send word after it sends nobody.
func TestLead106SendsAfterWhen(t *testing.T) {
	isName := func(n string) bool { return n == "王五" || n == "何志强" }
	for text, want := range map[string]string{
		"下午让王五拉车盐过去撒":    "王五|下午拉车盐过去撒",
		"收到 明天叫何志强去看看":   "何志强|明天去看看",
		"好的 一会儿让王五过去处理下": "王五|一会儿过去处理下",
		"下午王五去镇里开会":      "",
		"明天我自己过去":        "",
	} {
		names, note, ok := SendsTo(text, isName)
		got := ""
		if ok {
			got = names[0] + "|" + note
		}
		if got != want {
			t.Errorf("SendsTo(%q) = %q, want %q", text, got, want)
		}
	}
}
