package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestAccusesCadre: a complaint of a cadre's conduct is told from a
// cadre named for anything else.
func TestAccusesCadre(t *testing.T) {
	for text, want := range map[string]bool{
		"村主任把低保给了他亲戚 我家那么困难都没评上":           true,
		"我要投诉我们村的村干部 办证明的时候态度非常恶劣":         true,
		"网格员收了人家的红包才给办":                    true,
		"举报村支书挪用修路的钱":                      true,
		"村长说可以申请见义勇为":                      false,
		"网格员你好 我们这里的路灯好几天都不亮了":             false,
		"村委会旁边的监控坏了 好久没人修":                 false,
		"我家亲戚来了 想问问怎么办暂住登记":                false,
		"尊敬的书记您好 去年的高龄补贴至今没有发放":            false,
		"陈二家那头牛又把我家麦苗啃了一大片 跟他说他还骂人 网格长管不管": false,
		"隔壁老刘打人了 村长快来":                     false,
		"网格员收了红包 村长给评评理":                   true,
	} {
		if got := understand.AccusesCadre(understand.Hear(text)); got != want {
			t.Errorf("AccusesCadre(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestAccusesNamed: a wrong told right after a cadre's name is a
// complaint of him; his name spoken to, or a wrong of someone else, is
// not.
func TestAccusesNamed(t *testing.T) {
	cadres := func() []string { return []string{"王五", "李四", "孙"} }
	for text, want := range map[string]bool{
		"王五收了我200块钱才给办低保 太不像话": true,
		"李四偏心 只给他亲戚家评了贫困户":     true,
		"李四要了我家两条烟才盖章":         true,
		"王五态度很差 问个事就骂人":        true,
		"王五 隔壁老刘打人了 快来":        false,
		"我要反映王五，他态度很差骂人":       true,
		"投诉李四 收了人家红包才给办":       true,
		"王五，他家孩子打人了":           false,
		"报告王五，有人在河边打人":         false,
		"李四你好 有人在河边收钱停车":       false,
		"王五收到了吗 我家的表交了":        false,
		"孙家的狗咬人了":              false,
		"村口路灯坏了":               false,
	} {
		if got := understand.AccusesNamed(understand.Hear(text), cadres); got != want {
			t.Errorf("AccusesNamed(%q) = %v, want %v", text, got, want)
		}
	}
}
