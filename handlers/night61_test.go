package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestPrivateNightReportImperilingPeopleToldAtOnce: a villager's private
// report at night whose words imperil people reaches the leader at once
// (urgent, as the group's does since safe60), the reply says so and to
// keep away, and the morning has no 【夜里反映】 of it. One round trip. A
// plain private night report still waits for the morning.
func TestPrivateNightReportImperilingPeopleToldAtOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 30)
	got := c.private("陈二", "上报 村口垃圾桶倒了 垃圾撒了一地")
	has(t, "plain private night report", got, "现在是夜里，先不打扰")
	got = c.costs(t, 1, "danger", bot.Message{Private: true, From: "张三", Text: "村口那面墙快倒了 下面有人走"})
	expectLike(t, "private danger at night", got,
		like{start: "李四: 【村民反映·可能伤人】张三私信反映 #R2（一般事项）：村口那面墙快倒了 下面有人走\n可能伤到人：请马上到场",
			has: "受理请私信我回复「确认 #R2」"},
		like{start: "张三: 已登记 #R2", has: "这关系到人身安全，虽是夜里，已马上私信告诉网格长李四，会尽快联系您。请先提醒大家离远一点、别从旁边走，有人受伤请打120。",
			lacks: "先不打扰"})
	c.now = clock(c.now, 1, 7, 0)
	morning := strings.Join(c.flush(), "\n")
	if !strings.Contains(morning, "#R1") || strings.Contains(morning, "#R2") {
		t.Errorf("morning notes:\n%s\nwant R1's and nothing of R2 (told at once)", morning)
	}
	// by day the leader's note goes at once as ever; the reply adds keep-away
	got = c.private("陈二", "上报 后山那面墙快倒了 天天有学生路过")
	has(t, "private by day", got, "会尽快联系您。这关系到人身安全，请先提醒大家离远一点")
}

// TestCallNoteThanksTailReopens: thanks at the end of a call note
// (「…水管还是漏 谢谢你们」) are politeness: her item is reopened as
// without them, nothing new filed; thanks leading a praise of the fix
// (「修好了 又不漏了 谢谢」) still close it. The reporter's own 「还是不亮
// 谢谢」 is his 未解决 too (the same saysNotFixed).
func TestCallNoteThanksTailReopens(t *testing.T) {
	c, got := afterPipe(t, "回访 王奶奶 已通 她说水管还是漏 谢谢你们", false)
	has(t, "reopened", got, "#R1（家里水管冻裂了）已按王奶奶的话重新打开（未解决）")
	lacks(t, "nothing filed", got, "已登记 #R2")
	if reps := c.reports(); len(reps) != 1 || reps[0].Status != village.StatusReopened {
		t.Fatalf("reports %+v; want #R1 reopened alone", reps)
	}
	_, got = afterPipe(t, "回访 王奶奶 已通 她说修好了 又不漏了 谢谢", false)
	lacks(t, "praise", got, "重新打开", "已登记 #R2")

	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 换了灯泡")
	has(t, "reporter's own", c.say("张三", "还是不亮 谢谢"), "#R1 已重新打开")
}

// TestCallNoteWaitingAsksOnlyWhoMay: with two of her items waiting, the
// worker who logs her call is told to reply 「满意/未解决 #编号」 only if he
// may (he recorded them, the check the command makes); another worker of
// her grid is told to tell the grid leader, as the single-item reply does.
func TestCallNoteWaitingAsksOnlyWhoMay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	g1 := "青山村一组网格群"
	for _, text := range []string{"回访 高秀英 已通 她说家里水管冻裂了", "回访 高秀英 已通 她说院子里的灯坏了"} {
		c.send(bot.Message{Chat: g1, From: "马红梅", Text: text})
	}
	for _, text := range []string{"确认 #R1", "确认 #R2", "办结 #R1 已换水管", "办结 #R2 已换灯"} {
		c.send(bot.Message{Chat: g1, From: "刘建国", Text: text})
	}
	for _, tc := range []struct{ from, text, want, not string }{
		{"何志强", "回访 高秀英 已通 她说还是没修好", "请问清是哪件没修好，告诉网格长。", "回「未解决 #编号"},
		{"何志强", "回访 高秀英 已通 她说修好了 没事了", "请问清是哪件好了，告诉网格长。", "回「满意 #编号"},
		{"马红梅", "回访 高秀英 已通 她说修好了 没事了", "请问清是哪件好了，回「满意 #编号」。", "告诉网格长"},
	} {
		got := c.send(bot.Message{Chat: g1, From: tc.from, Text: tc.text})
		has(t, tc.from+" "+tc.text, got, "高秀英有几件已办结", tc.want)
		lacks(t, tc.from+" "+tc.text, got, tc.not)
	}
	// the single item's reply keeps its check: the recorder may take it back
	c2, got := afterPipe(t, "回访 王奶奶 已通 她说水管还是漏", false)
	has(t, "recorder", got, "请回「满意 #R1」")
	has(t, "taken back", c2.say("王五", "满意 #R1"), "#R1 已完结")
}
