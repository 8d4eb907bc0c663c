package understand_test

import (
	"testing"

	"gridbot/config/configtest"
	"gridbot/understand"
)

// TestSnowClearedClaims: December's snow cleared by hand, told in the
// villagers' words rather than the catalogue's 扫雪/铲雪, files as SG02
// 参加义务劳动、集体劳动 (pts100: 「申请积分 下大雪 把村口的路铲出来了」 was
// 「没认出是哪一项加分」). Snow that fell, or a road asked to be cleared,
// is no deed.
func TestSnowClearedClaims(t *testing.T) {
	cat := configtest.Load(t, "../config.example.yaml").Points.Indicators()
	for deed, want := range map[string]string{
		"下大雪 把村口的路铲出来了 王五可以作证": "SG02",
		"早上把村道上的雪铲干净了 李四看见了":   "SG02",
		"帮村里清了一上午的雪":           "SG02",
		"组里几个人一起去铲了半天雪 王五可以作证": "SG02",
		"雪太厚了 我把去小学那段路扫出来了":    "SG02",
		"昨晚下了大雪":               "",
		"路上的雪什么时候铲":            "",
	} {
		code, _ := understand.ClaimIndicator(cat, deed)
		if code != want {
			t.Errorf("ClaimIndicator(%q) = %q, want %q", deed, code, want)
		}
	}
}
