package handlers_test

import (
	"slices"
	"strings"
	"testing"
	"time"

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
		// a repeat before any end: the group hears it is known (emg49)
		has(t, "a repeat before any end", c.say("张三", alarm), "已经报告镇应急值班了")
		c.now = c.now.Add(-50 * time.Second) // within the minute: nothing more
		lacks(t, "a repeat before any end", c.say("张三", alarm), "险情又起", grid3+":")
		has(t, "out", c.say("张三", "火灭了"), dutyChat+": 【突发补充】青山村三组 #R1")
		has(t, again, c.say("张三", again), dutyChat+": 【突发补充·险情又起】青山村三组 #R1（已受理）",
			grid3+": @李四\u2005@王五\u2005#R1 险情又起：张三说「"+again+"」", "张三，火情请立即拨打119", "请李四立即回到现场处置")
		c.wantReports(1, "")
	}
}

// dutyTwo is the watchdog's 【紧急·无人确认】 post in the duty chat about
// #R1 and #R2 of 三组 (scheduler's watchdog.duty.many and .item).
const dutyTwo = "【紧急·无人确认】2 件突发事件仍无人确认，逐件列在下面，请值班人员立即电话联系、调度处置：\n\n" +
	"1. 青山村三组 #R1 已过15分钟仍无人确认\n情况：后山着火了 烧得很大\n报告人：陈二（13900000002），09:01\n网格长：李四 13900000004\n接手后回复「确认 #R1」。\n\n" +
	"2. 青山村三组 #R2 已过15分钟仍无人确认\n情况：家里煤气泄漏了 好大味道\n报告人：张三（13900000003），09:02\n网格长：李四 13900000004\n接手后回复「确认 #R2」。"

// dutyQuoting is 孙七's text in the duty chat quoting the bot's message q.
func dutyQuoting(text, q string) bot.Message {
	return bot.Message{Chat: dutyChat, From: "孙七", Text: text, Quote: &bot.Quote{Name: "网格小助手", Text: q}}
}

// TestDutyChatQuotedConfirmOfTwoAlarms: in the duty chat, 孙七's bare
// 「确认」 quoting the watchdog's list of two emergencies nobody confirmed
// confirms both, as the leader's does in the grid's group (emg46): the
// township takes each on, the group hears it, and it costs what the typed
// 「确认 #R1 #R2」 costs. A quote naming a matter that is no open
// emergency is still asked which; 「确认 第二件」 still picks one.
func TestDutyChatQuotedConfirmOfTwoAlarms(t *testing.T) {
	two := func() *chat {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "后山着火了 烧得很大")
		c.say("张三", "家里煤气泄漏了 好大味道")
		return c
	}
	typed := two()
	want, _ := typed.counted(bot.Message{Chat: dutyChat, From: "孙七", Text: "确认 #R1 #R2"})
	c := two()
	got := c.costs(t, want, "the quoted 确认", dutyQuoting("确认", dutyTwo))
	has(t, "both", got, dutyChat+": #R1 #R2 镇里已接手", grid3+": #R1 #R2 镇里已接手")
	lacks(t, "both", got, "您引用的消息里有好几件")
	c.wantStatuses(nil, village.StatusAccepted)
	for _, rep := range c.reports() {
		if !slices.Contains(rep.Handlers, "孙七") {
			t.Errorf("%s handlers %v: want 孙七 among them", rep.ID, rep.Handlers)
		}
	}

	c = two()
	has(t, "the second", c.send(dutyQuoting("确认 第二件", dutyTwo)), "#R2 镇里已接手")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted}, village.StatusNew)

	c = newChat(t, understand.Rules{})
	c.say("陈二", "后山着火了 烧得很大")
	c.say("张三", "上报 村口路灯不亮了")
	has(t, "a lamp and a fire", c.send(dutyQuoting("确认", "#R1 后山着火了 烧得很大\n#R2 村口路灯不亮了")), "您引用的消息里有好几件（#R1、#R2）")
	c.wantStatuses(nil, village.StatusNew)
}
