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

// TestBackReferenceNearestHousehold: 「他家」 is the household named
// nearest before it. After 「还有老刘家的狗天天叫」 (a nuisance no harm is
// told of alone, a third household's quarrel beside the first one's harm)
// it goes with 老刘家, even with a matter naming no household between;
// his 「1」 files it as its own quarrel, not linked to 陈二's. After the
// quarrel alone it stays on it.
func TestBackReferenceNearestHousehold(t *testing.T) {
	const quarrel = "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管 "
	for _, tc := range []struct{ name, tail, third string }{
		{"right after", "还有老刘家的狗天天叫 另外他家鸭子也老跑过来", "老刘家的狗天天叫 他家鸭子也老跑过来"},
		{"a lamp between", "还有老刘家的狗天天叫 另外村口路灯也坏了 另外他家鸭子也老跑过来", "老刘家的狗天天叫 他家鸭子也老跑过来"},
	} {
		c := newChat(t, understand.Rules{})
		got := c.say("张三", quarrel+tc.tail)
		has(t, tc.name, got, "已登记 #R1（调解事项）", "「"+tc.third+"」")
		if q := c.reports()[0]; strings.Contains(q.Text, "鸭子") || strings.Contains(q.Text, "老刘") {
			t.Errorf("%s: #R1 = %q, want 陈二家's dog only", tc.name, q.Text)
		}
		got = c.say("张三", "1")
		has(t, tc.name+": 1", got, "已登记 #R2（调解事项）："+tc.third)
		lacks(t, tc.name+": 1", got, "同两家", "两家之间还有 #R1")
		if r2 := c.reports()[1]; r2.Category != "矛盾纠纷" || r2.Along != "" {
			t.Errorf("%s: #R2 = %+v, want 矛盾纠纷 not along #R1", tc.name, r2)
		}
	}

	c := newChat(t, understand.Rules{})
	c.say("张三", quarrel+"另外他家鸭子也老跑过来")
	if q := c.reports(); len(q) != 1 || !strings.Contains(q[0].Text, "鸭子") {
		t.Errorf("reports = %+v, want 陈二家's ducks kept on #R1", q)
	}
}
