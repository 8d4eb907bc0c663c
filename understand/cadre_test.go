package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestAccusesCadre: a complaint of a cadre's conduct is told from a
// cadre named for anything else.
func TestAccusesCadre(t *testing.T) {
	for text, want := range map[string]bool{
		"村主任把低保给了他亲戚 我家那么困难都没评上":   true,
		"我要投诉我们村的村干部 办证明的时候态度非常恶劣": true,
		"网格员收了人家的红包才给办":            true,
		"举报村支书挪用修路的钱":              true,
		"村长说可以申请见义勇为":              false,
		"网格员你好 我们这里的路灯好几天都不亮了":     false,
		"村委会旁边的监控坏了 好久没人修":         false,
		"我家亲戚来了 想问问怎么办暂住登记":        false,
		"尊敬的书记您好 去年的高龄补贴至今没有发放":    false,
	} {
		if got := understand.AccusesCadre(text); got != want {
			t.Errorf("AccusesCadre(%q) = %v, want %v", text, got, want)
		}
	}
}
