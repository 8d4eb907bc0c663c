package handlers_test

import (
	"fmt"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestFreeFormCallLogs: a worker's call log in his own words, privately
// or in his grid's group, of an elder whose call task is open ("白凤兰打
// 过了 …", "给白凤兰打了电话 …", "去白凤兰家看了 …") is 回访 白凤兰
// 已通/未接通/上门: the task is closed (or the miss counted), no report
// of his words made.
func TestFreeFormCallLogs(t *testing.T) {
	for _, tc := range []struct{ text, logged string }{
		{"白凤兰打过了 挺好的", "已记录：白凤兰 已通"},
		{"白凤兰打过了", "已记录：白凤兰 已通"},
		{"白凤兰我今天已经打过电话了，身体还行", "已记录：白凤兰 已通"},
		{"给白凤兰打了电话 挺好", "已记录：白凤兰 已通"},
		{"白凤兰打过了 她孙子接的 说挺好", "已记录：白凤兰 已通"},
		{"给白凤兰打过了 人挺好", "已记录：白凤兰 已通"},
		{"白凤兰电话打通了 挺好", "已记录：白凤兰 已通"},
		{"白凤兰没接", "已记录：白凤兰 未接通"},
		{"白凤兰电话打不通", "已记录：白凤兰 未接通"},
		{"白凤兰家去过了 挺好", "已记录：白凤兰 上门"},
		{"去白凤兰家看了 人挺好", "已记录：白凤兰 上门"},
	} {
		for _, private := range []bool{true, false} {
			c := warmCalls(t)
			m := bot.Message{Chat: grid3, From: "王五", Text: tc.text}
			if private {
				m = bot.Message{Private: true, From: "王五", Text: tc.text}
			}
			got := c.send(m)
			has(t, tc.text, got, tc.logged)
			lacks(t, tc.text, got, "我理解为", "已登记", "可以这样用")
			open := openCalls(t, c)
			if missed := strings.Contains(tc.logged, "未接通"); missed != (len(open) == 1) {
				t.Errorf("%s (private %v): open calls %v", tc.text, private, open)
			}
		}
	}
}

// warmCalls is a chat where 王五 has 白凤兰's call open and has logged
// 石德贵's (his call lists followed, the scripts loaded).
func warmCalls(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	routineTask(t, c, "石德贵", "QS-309", "13900000031")
	routineTask(t, c, "白凤兰", "QS-311", "13900000053")
	has(t, "warm", c.private("王五", "回访 石德贵 已通 挺好"), "已记录：石德贵 已通")
	return c
}

// TestFreeFormCallLogFilesHerMatter: 「白凤兰打过了 她说要办高龄补贴」
// from 王五, whose list holds her, logs her call and files her approval
// item (reporter 白凤兰, recorded by 王五), as 「回访 白凤兰 已通 她说要办
// 高龄补贴」 does; the worker gets the procedure to pass on. Not an item of
// his own with his words whole, and the task does not stay due.
func TestFreeFormCallLogFilesHerMatter(t *testing.T) {
	for _, text := range []string{"白凤兰打过了 她说要办高龄补贴", "回访 白凤兰 已通 她说要办高龄补贴", "给白凤兰打了电话 她说要办高龄补贴"} {
		c := warmCalls(t)
		got := c.private("王五", text)
		has(t, text, got, "已记录：白凤兰 已通", "【高龄补贴】", "李四: 【私信反映】白凤兰（王五代报）反映 #R1（办事咨询）：要办高龄补贴")
		if open := openCalls(t, c); len(open) != 0 {
			t.Errorf("%s: open calls %v", text, open)
		}
		reps, err := c.st.Reports(t.Context(), village3)
		if err != nil || len(reps) != 1 {
			t.Fatalf("%s: reports %+v (%v)", text, reps, err)
		}
		if r := reps[0]; r.Type != village.Approval || r.Reporter != "白凤兰" || r.Recorder != "王五" || r.Text != "要办高龄补贴" || r.Chat != "" {
			t.Errorf("%s: report %+v", text, r)
		}
	}
}

// TestFreeFormCallLogAlarm: an emergency in a free-form call log is her
// alarm, raised as the command's note raises it.
func TestFreeFormCallLogAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	routineTask(t, c, "白凤兰", "QS-311", "13900000053")
	got := c.private("王五", "白凤兰打过了 她说屋后柴堆着火了")
	has(t, "alarm", got, "青山镇应急值班群: 【突发事件】", "报告人：白凤兰", "王五代报", "已记录：白凤兰 已通")
}

// TestFreeFormCallLogNotHis: another worker's elder named so privately
// is told whose she is, nothing logged; a villager's message naming an
// elder, or words that are no call log ("白凤兰打了孙子"), are not logs.
func TestFreeFormCallLogNotHis(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "高秀英打过了 她说要办高龄补贴")
	has(t, "whose", got, "高秀英是一组的，由马红梅负责打电话，这次通话没有记录")
	lacks(t, "no item", got, "已登记")
	for _, s := range []struct{ from, text string }{{"张三", "白凤兰打过了 她说要办高龄补贴"}, {"陈二", "去白凤兰家看了 挺好"},
		{"王五", "白凤兰打了孙子"}, {"王五", "白凤兰打了吗"}} {
		lacks(t, s.text, c.say(s.from, s.text), "已记录")
		lacks(t, s.text, c.private(s.from, s.text), "已记录")
	}
	if n := notesOf(t, c, "白凤兰"); len(n) != 0 {
		t.Errorf("logged %q", n)
	}
}

// TestFreeFormCallLogOneRoundTrip: once his calls and the grid's reports
// are followed (a first message reads them), a free-form log costs the
// commit alone, as 回访 does, privately and in
// the group; her matter filed with it too.
func TestFreeFormCallLogOneRoundTrip(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "warm", c.private("王五", "回访 王奶奶 已通 第1次 身体挺好"), "已记录：王奶奶 已通")
	// the group's and the grid's reports read once, as any first
	// message there reads them
	has(t, "warm group", c.say("王五", "王奶奶打通了 第2次 身体挺好"), "已记录：王奶奶 已通")
	has(t, "warm reports", c.private("王五", "回访 白凤兰 已通 屋顶漏雨"), "已登记 #R1")
	for i, text := range []string{"王奶奶打过了 第3次 身体挺好", "给王奶奶打了电话 第4次 挺好的", "去王奶奶家看了 第5次 挺好"} {
		got := c.costs(t, 1, text, bot.Message{Private: true, From: "王五", Text: text})
		has(t, text, got, "已记录：王奶奶")
		text = strings.Replace(text, fmt.Sprintf("第%d次", i+3), fmt.Sprintf("第%d次", i+13), 1)
		got = c.costs(t, 1, text, bot.Message{Chat: grid3, From: "王五", Text: text})
		has(t, text, got, "已记录：王奶奶")
	}
	got := c.costs(t, 1, "matter", bot.Message{Private: true, From: "王五", Text: "王奶奶打过了 她说要办高龄补贴"})
	has(t, "matter", got, "已记录：王奶奶 已通", "（办事咨询）：要办高龄补贴")
}
