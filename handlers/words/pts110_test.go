package words

import "testing"

func TestKinClaimedFor(t *testing.T) {
	for text, want := range map[string]bool{
		"我家儿子在外打工 他的积分怎么算":    true,
		"能帮我妈申请积分吗":           true,
		"我儿子腊月二十回来 能帮他申请积分吗":  true,
		"给俺闺女报个积分":            true,
		"腊月二十三那天帮王奶奶扫房子 能加分不": false,
		"帮隔壁李大爷劈柴能加分吗":        false,
		"帮俺奶奶扫房子能加分不":         false,
		"照顾五保户奶奶算积分吗":         false,
		"扫雪能加分吗":              false,
	} {
		if got := KinClaimedFor(text); got != want {
			t.Errorf("KinClaimedFor(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzKinClaimedFor(f *testing.F) {
	for _, s := range []string{"帮王奶奶扫房子", "我儿子的积分", "帮我妈申请", "帮"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { KinClaimedFor(s) })
}
