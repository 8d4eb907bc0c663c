package handlers

import "testing"

// TestTakesOn: what reads as a cadre's taking a matter on.
func TestTakesOn(t *testing.T) {
	for text, want := range map[string]string{
		"收到 马上去看": "马上去看", "好的 我下午过去": "下午过去", "知道了 明天去修": "明天去修", "马上过去": "马上过去",
		"好的，这就来看看": "这就来看看", "知道了 明天叫铲车来": "明天叫铲车来", "收到 下午找人弄": "下午找人弄",
		"收到 这个不归我们管": "", "知道了 管不了": "",
		"收到": "", "好的": "", "收到 去不了": "", "收到 几点去？": "", "谢谢 马上去": "", "村口路灯坏了去看看": "",
	} {
		got, ok := takesOn(text)
		if got != want || ok != (want != "") {
			t.Errorf("takesOn(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
}

// TestAtSceneOnTheWay: what reads as a cadre's being at an emergency, and
// as his being on his way to it.
func TestAtSceneOnTheWay(t *testing.T) {
	for text, want := range map[string][2]bool{
		"到了": {true, false}, "到了，正在组织大家打水": {true, false}, "刚到": {true, false}, "我到了 已经打了120": {true, false},
		"　我们到了": {true, false}, "消防车到了": {true, false},
		"到了吗": {false, false}, "我到时候再看": {false, false}, "明天到了再说": {false, false}, "春天到了": {false, false},
		"在路上了": {false, true}, "马上到": {false, true}, "正在赶过去": {false, true},
		"在路上 但是去不了了": {false, false}, "路上来不了": {false, false},
	} {
		if got := [2]bool{atScene(text), onTheWay(text)}; got != want {
			t.Errorf("atScene, onTheWay(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestPlanned: a 进展 that says only what its writer will do is a plan;
// one that tells work done, with or without a plan after it, is work.
func TestPlanned(t *testing.T) {
	for text, want := range map[string]bool{
		"我明天上午再去一趟":       true,
		"下午去看看那条沟":        true,
		"准备下周约两家到村委会谈":    true,
		"两家我都去过了 明天再约":    false,
		"约好了明天上午在村委会谈":    false,
		"张三答应月底前把沟挖通":     false,
		"两家都不让步":          false,
		"调解好了 陈二赔100 牛拴好": false,
	} {
		if got := planned(text); got != want {
			t.Errorf("planned(%q) = %v, want %v", text, got, want)
		}
	}
}
