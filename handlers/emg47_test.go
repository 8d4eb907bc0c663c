package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// backNotes counts the history notes of rep that say it broke out again.
func backNotes(rep village.Report) int {
	n := 0
	for _, e := range rep.History {
		if strings.HasPrefix(e.Note, "险情又起") {
			n++
		}
	}
	return n
}

// TestGasAlarmAgainAfterSmellGone: a gas leak's reporter said its smell
// was gone (or a cadre said the valve was shut) and the item waits for
// the leader to check it is safe; his alarm sent again, word for word or
// "又闻到煤气味了", may be the leak back: the duty chat and the group's
// cadres hear it came back with its number, and he is told, by name, what
// to do now (windows, no switches, out, the gas company or 119) — whether
// or not anyone had taken it on. The same WeChat message delivered again
// (same MsgId) changes nothing and says nothing twice.
func TestGasAlarmAgainAfterSmellGone(t *testing.T) {
	const alarm = "家里煤气泄漏了 好大味道"
	steps := map[string][]string{
		"nobody took it on":   {"张三|气味没了"},
		"the leader took it":  {"李四|确认 #R1", "张三|气味没了"},
		"a worker's end word": {"王五|燃气公司的人到了 阀门关了 没事了"},
		"worker, then smell":  {"王五|燃气公司的人到了 阀门关了", "张三|现在没味了"},
	}
	for name, before := range steps {
		for _, again := range []string{alarm, "又闻到煤气味了 好大味道", "家里又有煤气味了"} {
			t.Run(name+"/"+again, func(t *testing.T) {
				c := newChat(t, understand.Rules{})
				c.say("张三", alarm)
				for _, s := range before {
					who, text, _ := strings.Cut(s, "|")
					if len(c.say(who, text)) == 0 {
						t.Fatalf("%s: %s: no reply", who, text)
					}
				}
				m := bot.Message{ID: "again", Chat: grid3, From: "张三", Text: again}
				out := c.send(m)
				has(t, "alarm again", out, dutyChat+": 【突发补充·险情又起】青山村三组 #R1",
					grid3+": @李四\u2005@王五\u2005#R1 险情又起：张三说「"+again+"」",
					"张三，燃气泄漏：立即关阀门、开窗，不要开关电器", "人员撤离到屋外后打燃气公司抢修电话或119")
				if n := backNotes(c.reports()[0]); n != 1 {
					t.Errorf("R1 notes it came back %d times, want 1", n)
				}
				if got := c.send(m); len(got) != 0 {
					t.Errorf("the same message delivered again: %q, want nothing", got)
				}
				if n := backNotes(c.reports()[0]); n != 1 {
					t.Errorf("after a retry R1 notes it came back %d times, want 1", n)
				}
				c.wantReports(1, "(the leak back is #R1's)")
			})
		}
	}
}

// TestFireAlarmAgainAfterOut: a fire its leader took on, its reporter's
// 「火灭了」, then his alarm again or 「又烧起来了」: it burns again, heard
// as the leak's is. An alarm repeated while nobody said it was over stays
// a repeat: the group hears nothing more.
func TestFireAlarmAgainAfterOut(t *testing.T) {
	const alarm = "后山着火了 烧得很大"
	for _, again := range []string{alarm, "又烧起来了"} {
		c := newChat(t, understand.Rules{})
		c.say("张三", alarm)
		c.say("李四", "确认 #R1")
		lacks(t, "a repeat before any end", c.say("张三", alarm), "险情又起", grid3+":")
		has(t, "out", c.say("张三", "火灭了"), dutyChat+": 【突发补充】青山村三组 #R1")
		has(t, again, c.say("张三", again), dutyChat+": 【突发补充·险情又起】青山村三组 #R1（已受理）",
			grid3+": @李四\u2005@王五\u2005#R1 险情又起：张三说「"+again+"」", "张三，火情请立即拨打119", "请李四立即回到现场处置")
		c.wantReports(1, "")
	}
}
