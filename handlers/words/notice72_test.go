package words

import (
	"testing"
	"time"
)

// TestAwayUnreached: a note that tells only her stay away is no reached
// call; one that says he got through or someone spoke is (notice72). A
// hospital stay told alone is the same (hosp73).
func TestAwayUnreached(t *testing.T) {
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	for note, want := range map[string]bool{
		"去她女儿家住了 这个月不在村里":    true,
		"去她女儿家了 下周回":         true,
		"听说去她女儿家住了":          true,
		"去她女儿家住了 电话打通了 通知说了": false,
		"去她女儿家住了 她说下周回来":     false,
		"去她女儿家住了 身体挺好":       false,
		"住院了":                true,
		"听说住院了":              true,
		"住院了 打通了":            false,
		"住院了 通知说了":           false,
		"住院了 她说下周出院":         false,
		"挺好的":                false,
		// call74: what else the note tells is talk only when it says how she is
		"住院了 腿摔了":           true,
		"在县医院 腿摔了":          true,
		"去她女儿家住了 身体挺好 精神不错": false,
		"住院了 儿子接的电话 说下周出院":  false,
	} {
		if got := AwayUnreached(note, now); got != want {
			t.Errorf("AwayUnreached(%q) = %v, want %v", note, got, want)
		}
	}
}

// TestKinReachedOnly: a note telling that one of her family answered or
// spoke, and nothing that she did, reached her family only; a note of
// hers, or of nobody's, did not (call74).
func TestKinReachedOnly(t *testing.T) {
	for note, want := range map[string]bool{
		"她住院了 儿子 电话 说下周出院": true,
		"在县医院 她儿子说挺好的":     true,
		"孙女接的 说在城里住":       true,
		"跟她儿子说了 下周回来":      true,
		"住院了 她说下周出院":       false,
		"她儿子说她说下周回来":       false,
		"住院了 腿摔了":          false,
		"跟她聊了 儿子也说挺好":      false,
	} {
		if got := KinReachedOnly(note); got != want {
			t.Errorf("KinReachedOnly(%q) = %v, want %v", note, got, want)
		}
	}
}

// TestAtHospital: being at a hospital is a stay, an errand there is not
// (call74).
func TestAtHospital(t *testing.T) {
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	for note, want := range map[string]bool{
		"在县医院 她儿子说挺好的": true,
		"在镇卫生院住着":      true,
		"住院了":          true,
		"在县医院看病 下午回来":  false,
		"在医院拿药":        false,
		"不在医院了":        false,
		"没住院":          false,
	} {
		if _, got := InHospital(note, now); got != want {
			t.Errorf("InHospital(%q) ok = %v, want %v", note, got, want)
		}
	}
}
