package words

import "testing"

func TestAsksBotWorks(t *testing.T) {
	for text, want := range map[string]bool{
		"状态":        true,
		"状态？":       true,
		"机器人运行正常吗":  true,
		"你好使吗":      true,
		"小助手怎么不回话了": true,
		"你还在线吗":     true,
		"在吗":        false,
		"你好":        false,
		"路灯坏了吗":     false,
		"你们村的水泵坏了":  false,
		"报修状态怎么查":   false,
		"我家电视坏了":    false,
		"你看村口水管坏了":  false,
		"你帮我看看 我家门口路灯坏了": false,
		"你家路灯能用吗":        false,
	} {
		if got := AsksBotWorks(text); got != want {
			t.Errorf("AsksBotWorks(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzAsksBotWorks(f *testing.F) {
	for _, s := range []string{"状态", "你好使吗", "路灯坏了吗", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if AsksBotWorks(s) && !AsksBotWorks(" "+s+"？") {
			t.Errorf("AsksBotWorks(%q) true, but not with blanks and a question mark around it", s)
		}
	})
}

func TestAsksWeather(t *testing.T) {
	for text, want := range map[string]bool{
		"明天下雪吗":      true,
		"这两天多少度":     true,
		"啥时候降温":      true,
		"天气预报说明天有雪不": true,
		"雪压塌了棚子 咋办":  false,
		"下雪路滑 有人摔了吗": false,
		"今天下雪了":      false,
		"村口路灯不亮了":    false,
	} {
		if got := AsksWeather(text); got != want {
			t.Errorf("AsksWeather(%q) = %v, want %v", text, got, want)
		}
	}
}
