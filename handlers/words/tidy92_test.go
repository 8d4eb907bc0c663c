package words

import "testing"

// TestRefersBack: a part opening on 他家 points back at a household;
// one naming its own does not.
func TestRefersBack(t *testing.T) {
	for text, want := range map[string]bool{
		"他家鸭子天天跑俺家菜地里": true,
		"，她家的狗也咬人":     true,
		"他们家还占了俺家的路":   true,
		"隔壁老刘家也天天倒脏水":  false,
		"路灯也坏了":        false,
		"俺家他家都没人管":     false,
		"":             false,
	} {
		if got := RefersBack(text); got != want {
			t.Errorf("RefersBack(%q) = %v, want %v", text, got, want)
		}
	}
}
