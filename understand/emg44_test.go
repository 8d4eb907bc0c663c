package understand_test

import (
	"testing"

	"gridbot/village"
)

// TestScamUnderWayAgainRead: a scam told as under way again or still
// (又在给/还在往 … 骗子 … 转账) raises the alarm as one told 正在 does; one
// told over, or someone telling of it, does not.
func TestScamUnderWayAgainRead(t *testing.T) {
	const crime = "治安"
	wantActs(t, []actCase{
		{"张三他妈又在给骗子转账了", village.IntentReport, village.Emergency, crime, true},
		{"我妈还在往骗子卡里转钱", village.IntentReport, village.Emergency, crime, true},
		{"张三他妈在给骗子转账", village.IntentReport, village.Emergency, crime, true},
		{"他又在群里说骗子让人转账的事", village.IntentReport, village.General, crime, true},
		{"他在给我说骗子让人转账的事", village.IntentReport, village.General, crime, true},
		{"前几天王婶在给骗子转账 幸亏银行拦下了", village.IntentReport, village.General, crime, true},
	})
}
