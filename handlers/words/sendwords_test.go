package words

import (
	"testing"

	"gridbot/internal/fuzzseed"
)

// TestSendWords: the pure readings of leader70, both ways.
func TestSendWords(t *testing.T) {
	for text, want := range map[string]string{
		"收到 朱大勇你去看一下": "朱大勇你去看一下", "好的，让王五去": "让王五去", "好 王五去处理": "王五去处理",
		"好好看看": "好好看看", "收到": "收到", "让王五去看看": "让王五去看看", "行吧 叫王五过去": "叫王五过去",
	} {
		if got := cutAssent(text); got != want {
			t.Errorf("cutAssent(%q) = %q, want %q", text, got, want)
		}
	}
	for rest, want := range map[string]bool{"去": true, "去吧": true, "跑一趟": true, "去弄": true, "来办一下": true, "过去一趟吧": true,
		"去镇里": false, "吃饭": false, "": true, "明天去拉一下": true, "去清理一下": true, "去乡下": false} {
		if got := sentErrand(rest); got != want {
			t.Errorf("sentErrand(%q) = %v, want %v", rest, got, want)
		}
	}
	for text, want := range map[string]bool{"我在去的路上": true, "在赶过去的路上了": true, "马上就到": true, "五分钟就到": true, "10分钟到": true,
		"我往那边去了": true, "正在过去": true, "已经出门了": true, "快到了": true, "正往那边赶": true,
		"在路上堵车了 去不了": false, "路上的坑": false, "明天过去看看": false, "到时候再说": false} {
		if got := OnTheWay(text); got != want {
			t.Errorf("OnTheWay(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"明天我和郑十上门调解": true, "下午约两家谈谈": true, "我来调解": true, "晚上到两家做做工作": true,
		"调解过了": false, "已经协调了": false, "明天去调解吗": false, "不调解了": false, "调解矛盾纠纷": false} {
		if got := MediationPlan(text); got != want {
			t.Errorf("MediationPlan(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzSendsTo: words sending someone name only people the roster knows,
// each once, whatever the bytes (rep98's 「去拉一下」 errand among them).
func FuzzSendsTo(f *testing.F) {
	for _, s := range []string{"王五明天去拉一下", "让王五去看看", "王五你去看下", "王五不去拉一下", "去\xff一下", "", "王五去镇里开会一下"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	isName := func(s string) bool { return s == "王五" || s == "何志强" }
	f.Fuzz(func(t *testing.T, s string) {
		names, _, ok := SendsTo(s, isName)
		if !ok {
			return
		}
		seen := map[string]bool{}
		for _, n := range names {
			if !isName(n) || seen[n] {
				t.Fatalf("SendsTo(%q) = %q", s, names)
			}
			seen[n] = true
		}
	})
}
