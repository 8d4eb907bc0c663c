package understand

import "testing"

// TestWinterAshAndRulesFloutedRead: stove ash and coal slag are a fouling
// wherever the rain carries them; a prohibition said with someone doing it
// anyway is a report, whatever the thing; a scheme's record showing less
// than owed is a report; a scheme named with 报名 asks the procedure.
func TestWinterAshAndRulesFloutedRead(t *testing.T) {
	const env = "环境卫生"
	checkReads(t, []readCase{
		{"slag carried, no flood", "雨一冲 炉渣冲到菜地里了", reportIn(env)},
		{"ash in a ditch", "排水沟里全是煤灰 水都流不动", reportIn(env)},
		{"thrown into a ditch anyway", "禁止往沟里扔东西 天天有人扔", reportIn(env)},
		{"piled anyway, the way blocked", "严禁在路边堆柴 老是有人堆 车过不去", reportIn("道路交通")},
		{"a record short", "社保交了两年 系统里只查到一年", reportIn("政策咨询")},
		{"sign up, terse", "低保报名", approvalIn("政策咨询")},
		{"an ad, 报名 apart", "驾校招生 报名就送", noiseIn("政策咨询")},
	})
}
