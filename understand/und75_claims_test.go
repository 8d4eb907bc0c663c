package understand_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestDeedsHandedInAndDisposed: a found thing handed in is a deed done,
// its owner's call no question; a verb's object told first with 把 ("把
// 路上的雪铲了") is the catalogue's phrase; 出工 is labour when points are
// asked for it.
func TestDeedsHandedInAndDisposed(t *testing.T) {
	cat, _ := exampleCatalogue(t)
	tests := []claimCase{
		// handed in: the deed is done, the call says where to fetch it
		{"俺在村道边捡到个手机 交给村委会了 谁丢的去拿", "SG03"},
		{"捡到一部手机 黑色的 已经交到村委会了 谁丢的去认领", "SG03"},
		{"我在路边捡到一个钱包 已经交给村委会了 谁丢的去村委会认领", "SG03"},
		// still held, or only to be handed in: no deed yet
		{"在村口捡了个钱包 谁丢的", ""},
		{"捡了个钱包 失主请到村委会认领", ""},
		{"捡了个钱包 准备交给村委会 谁丢的", ""},
		// 把: the object before the verb
		{"早上帮村里把路上的雪铲了 申请积分 李四可以作证", "SG02"},
		{"早上把村道上的雪铲了 能加分不", "SG02"},
		{"把门口的雪扫干净了 加个分", "SG02"},
		// 出工: labour, when points are asked
		{"今天出工清了三组那条水渠 我和儿子两个人 申请积分", "SG02"},
		{"今天出工了", ""},
	}
	checkClaims(t, cat, tests)
}

// claimCase is a text and the indicator it claims ("" for none).
type claimCase struct{ text, indicator string }

// checkClaims reads each text with cat and checks it claims its
// indicator, or claims nothing.
func checkClaims(t *testing.T, cat village.Catalogue, tests []claimCase) {
	t.Helper()
	for _, tt := range tests {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), tt.text)
		if got := r.Claims(); got != (tt.indicator != "") || r.Indicator != tt.indicator {
			t.Errorf("Read(%q) = %s %q; want claim %v %q", tt.text, r.Intent, r.Indicator, tt.indicator != "", tt.indicator)
		}
	}
}
