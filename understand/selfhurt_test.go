package understand

import "testing"

// TestSelfHurt: the sender himself hurt or trapped, not his household,
// his kin or one he saw (left71).
func TestSelfHurt(t *testing.T) {
	for text, want := range map[string]bool{
		"我从梯子上摔下来了 腿好像断了": true, "俺被困在屋里出不去了": true, "救命 我被狗咬了": true, "我刚从房顶上掉下来了": true,
		"我家老人摔倒了": false, "我看见王奶奶摔倒了": false, "我妈摔了一跤": false, "王奶奶摔倒了": false, "我们这边着火了": false,
	} {
		if got := SelfHurt(Hear(text)); got != want {
			t.Errorf("SelfHurt(%q) = %v, want %v", text, got, want)
		}
	}
}
