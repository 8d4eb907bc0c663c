package handlers_test

import (
	"fmt"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestNightReportImperilingPeopleToldAtOnce: a fresh report at night whose
// words say something is about to come down on people (understand.
// Imperils) is no longer kept from the leader until morning: he hears
// 【村民反映·可能伤人】 at once (urgent, never held), the group is told so
// and to keep away, and the morning has no 【夜里反映】 of it. One round
// trip. A plain night report keeps the morning note.
func TestNightReportImperilingPeopleToldAtOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 30)
	got := c.say("陈二", "上报 村口垃圾桶倒了 垃圾撒了一地")
	has(t, "plain night report", got, "现在是夜里，先不打扰网格长：李四早上看到后回复「确认 #R1」受理。")
	lacks(t, "plain night report", got, "李四: ", "人身安全")
	got = c.costs(t, 1, "danger", bot.Message{Chat: grid3, From: "张三", Text: "村口那面墙快倒了 下面有人走"})
	expectLike(t, "danger at night", got,
		like{start: "李四: 【村民反映·可能伤人】张三在群里反映 #R2（一般事项）：村口那面墙快倒了 下面有人走\n可能伤到人：请马上到场",
			has: "受理请回复「确认 #R2」"},
		like{start: grid3 + ": 已登记 #R2", has: "这关系到人身安全，虽是夜里，已马上私信告诉网格长李四，受理请回复「确认 #R2」。请先提醒大家离远一点、别从旁边走，有人受伤请打120。",
			lacks: "先不打扰"})
	c.wantReports(2, "after the danger")
	c.now = clock(c.now, 1, 7, 0)
	morning := strings.Join(c.flush(), "\n")
	if !strings.Contains(morning, "【夜里反映】陈二在群里反映 #R1") || strings.Contains(morning, "#R2") {
		t.Errorf("morning notes:\n%s\nwant R1's 【夜里反映】 and nothing of R2 (told at once)", morning)
	}
}

// TestDayReportImperilingPeopleSaysKeepAway: by day the group's @ reaches
// the leader at once as ever; the group is also told to keep away. Words
// that imperil nobody (「下面没人走」) are a plain report.
func TestDayReportImperilingPeopleSaysKeepAway(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "上报 村口那面墙快倒了 天天有学生路过")
	has(t, "by day", got, "@李四\u2005请网格长受理：回复「确认 #R1」。这关系到人身安全，请先提醒大家离远一点")
	lacks(t, "by day", got, "李四: ")
	c.now = clock(c.now, 0, 23, 0)
	got = c.say("陈二", "上报 后山那面墙快倒了 下面没人走")
	has(t, "nobody there", got, "现在是夜里，先不打扰网格长")
	lacks(t, "nobody there", got, "人身安全", "李四: ")
}

// TestUrgeWordBeforeNumber: 「督办 #R2 抓紧」 from an officer (the word
// before the number, no quote) on a grid item accepted and not sent up was
// silent; it is the township's 督办 as 「#R2 抓紧」 is: 【镇里督办】 to the
// leader privately, one line back to the officer, one round trip. 「督办
// #R2」 alone presses it too; words that are no number stay as they were.
func TestUrgeWordBeforeNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	c.say("陈二", "上报 垃圾站满了没人拉")
	has(t, "accepted", c.say("李四", "确认 #R2"), "#R2 已受理")
	for _, tc := range []struct{ text, note string }{{"督办 #R2 抓紧", "抓紧"}, {"督办 #R2", "督办"}, {"督办：青山村#R2 今天修好", "督办 今天修好"}} {
		got := c.costs(t, 1, tc.text, bot.Message{Chat: officeChat, From: "孙七", Text: tc.text})
		expectLike(t, tc.text, got,
			like{start: officeChat + ": #R2 已私信督促网格长李四：" + tc.note},
			like{start: "李四: 【镇里督办】青山村三组 #R2（垃圾站满了没人拉）\n孙七：" + tc.note})
		lacks(t, tc.text, got, grid3+": ")
		lastAsk(t, c, 1, tc.note)
		if h := c.reports()[1].History; !h[len(h)-1].Urge {
			t.Errorf("%s: last step %+v, want a 督办", tc.text, h[len(h)-1])
		}
	}
	lacks(t, "no number", c.office("督办工作要抓紧"), "已私信督促")
}

// BenchmarkNightDangerReport: a report at night that imperils people,
// filed with its leader's urgent note, costs the filing's commit alone;
// each round's is resolved before the next (not measured).
func BenchmarkNightDangerReport(b *testing.B) {
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				night := at.Add(14 * 60 * 60e9) // 23:00
				if i > 0 {
					ref := fmt.Sprintf("#R%d", i)
					setup = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: night, Chat: grid3, From: "李四", Text: "驳回 " + ref + " 已处理"}}
				}
				return setup, []bot.Message{{ID: fmt.Sprintf("%d-b", i), At: night, Chat: grid3, From: "张三",
					Text: fmt.Sprintf("村口第%d面墙快倒了 下面有人走", i+1)}}
			})
		})
	}
}
