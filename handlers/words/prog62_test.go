package words

import (
	"testing"
	"time"
)

// TestStuckPlainWords: a blocker in a cadre's plain 进展 goes to the office
// as work; a bare 没/不/等/坏 beside a plan does not make it one.
func TestStuckPlainWords(t *testing.T) {
	at := time.Date(2026, 12, 8, 8, 40, 0, 0, time.FixedZone("CST", 8*3600))
	for note, want := range map[string]plainNews{
		"电话打不通": newsWork, "没人接": newsWork, "村民不同意挖": newsWork, "挖机进不去": newsWork, "缺个零件": newsWork,
		"在等供电所回复": newsWork, "等配件到了再修": newsWork, "水泵又坏了": newsWork, "这事很难办": newsWork, "线路有问题": newsWork,
		"人不在家": newsWork, "他今天没空": newsWork,
		"没事 我下午去看": newsPlan, "不急 明天上午去": newsPlan, "好的 不用担心 下午去看": newsPlan, "等我开完会下午过去": newsPlan,
		"不好意思 刚看到 下午去看": newsPlan, "下午去看看哪里坏": newsPlan,
		"放心 不会忘": newsNone, "好的 没事": newsNone,
	} {
		if got := plainNewsOf(note, at); got != want {
			t.Errorf("%s: %d, want %d", note, got, want)
		}
	}
}

// TestPraisedNot: 又不漏了 praises a fix; 又不亮了 says it is undone.
func TestPraisedNot(t *testing.T) {
	for text, want := range map[string]bool{
		"修好了 又不漏了": false, "师傅来过了 又不漏了": false, "水管也不堵了": false, "这下又不用跑了": false,
		"灯又不亮了": true, "又不出水了": true, "水管又漏了": true, "还是漏": true, "又不漏了 可是灯又不亮了": true,
	} {
		if got := SaysNotFixed(text); got != want {
			t.Errorf("%s: %v, want %v", text, got, want)
		}
	}
}
