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
	} {
		if got := AwayUnreached(note, now); got != want {
			t.Errorf("AwayUnreached(%q) = %v, want %v", note, got, want)
		}
	}
}
