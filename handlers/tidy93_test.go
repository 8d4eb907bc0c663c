package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestCallReportTrimmed: the 代报 text a worker's call log files reads as
// any registered text does, without a leading 对了/还有 (TrimLead).
func TestCallReportTrimmed(t *testing.T) {
	for note, want := range map[string]string{
		"回访 王奶奶 已通 对了屋顶漏雨":         "屋顶漏雨",
		"回访 王奶奶 已通 她说还有 灶屋漏雨":      "灶屋漏雨",
		"回访 王奶奶 已通 她说还有两户屋顶漏雨 没人管": "还有两户屋顶漏雨 没人管",
	} {
		c := newChat(t, understand.Rules{})
		got := c.private("王五", note)
		has(t, note, got, "「"+want+"」已登记 #R1")
		if reps := c.reports(); len(reps) != 1 || reps[0].Text != want {
			t.Errorf("%s: reports = %+v, want one with %q", note, reps, want)
		}
	}
}

// TestLaterJoinerRunIn: a later message with 还有 run into where or whose
// the matter is (隔壁老刘家) is filed without it, as one with a pause is.
func TestLaterJoinerRunIn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "还有隔壁老刘家的狗天天晚上叫 吵得睡不着")
	has(t, "filed", got, "#R1", "：隔壁老刘家的狗天天晚上叫")
	if q := c.reports(); len(q) != 1 || strings.HasPrefix(q[0].Text, "还有") {
		t.Errorf("reports = %+v, want one without 还有", q)
	}
}
