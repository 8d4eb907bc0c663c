package words

import (
	"testing"
	"time"
)

// TestPlainNewsOf: what a cadre's plain 进展 tells the township office.
func TestPlainNewsOf(t *testing.T) {
	at := time.Date(2026, 12, 8, 8, 40, 0, 0, time.FixedZone("CST", 8*3600))
	for note, want := range map[string]plainNews{
		"盯着": newsNone, "问问": newsNone, "正在联系": newsNone, "在协调了": newsNone, "还在跟进中": newsNone, "马上办": newsNone,
		"跟环卫站说一下": newsNone, "没问题": newsNone,
		"今天上午去看": newsPlan, "下午打电话问问": newsPlan, "明天去修": newsPlan,
		"已经联系电工了": newsWork, "说是变压器坏了": newsWork, "明天就能修好": newsWork, "电工联系不上": newsWork,
		"还没修好 明天再去": newsWork, "去看过了": newsWork, "环卫说下午来": newsWork, "在等配件": newsWork,
	} {
		if got := plainNewsOf(note, at); got != want {
			t.Errorf("%s: %d, want %d", note, got, want)
		}
	}
}
