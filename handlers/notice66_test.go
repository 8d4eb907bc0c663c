package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

const notice66 = "通知 明天上午9点 村委会开会 各户派一人参加 讨论修路的事"

// TestOkAfterNoticeAnswersTheNotice: 张三's confirm-back waits when a
// notice to everyone is posted; his bare 「好的」 just after it is his
// household's 收到 of the notice, in one round trip, and he is told his
// matter still waits for 「1」; his 「1」 then files it (notice66).
func TestOkAfterNoticeAnswersTheNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 6, 11, 0, 0, 0, at.Location()) // a Sunday
	c.say("陈二", "收到")                                          // the notice indexes built, once per store
	has(t, "the confirm-back", c.say("张三", "我家门口的路灯坏了"), "回复「1」登记，「2」不用")
	c.office(notice66)
	got := c.costs(t, 1, "好的 after the notice", bot.Message{Chat: grid3, From: "张三", Text: "好的"})
	expect(t, "好的: the notice's 收到, the matter still waits", got,
		grid3+": @张三\u2005已记下您家收到了通知 #N1。还有一件事在等您回答：\n· 「我家门口的路灯坏了」要登记回「1」，不用回「2」")
	c.wantReports(0, "好的 filed the confirm-back")
	has(t, "counted", c.office("查 #N1"), "青山村三组：已收到 1/9 户")
	has(t, "his 1 files it", c.say("张三", "1"), "已登记 #R1")
}

// TestOkBeforeNoticeAnswersTheQuestion: the other order. The notice came
// first, then 张三's confirm-back: his 「好的」 answers what was asked last,
// and files it; the notice is not counted (an 好的 counted twice would
// take his household off the worker's list for a notice it may not have
// read). A 「行」 after a notice is a yes to his question (notice66).
func TestOkBeforeNoticeAnswersTheQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 6, 11, 0, 0, 0, at.Location())
	c.office(notice66)
	has(t, "the confirm-back", c.say("张三", "我家门口的路灯坏了"), "回复「1」登记，「2」不用")
	has(t, "好的 after the question", c.say("张三", "好的"), "已登记 #R1")
	has(t, "not counted", c.office("查 #N1"), "青山村三组：已收到 0/9 户")

	c = newChat(t, understand.Rules{})
	has(t, "陈二's confirm-back", c.say("陈二", "我家门口的路灯坏了"), "回复「1」登记，「2」不用")
	c.office("通知 本周六上午在村卫生室免费体检")
	has(t, "行: a yes, not a 收到", c.say("陈二", "行"), "已登记 #R1")
}

// TestNoticeAnswersForgottenTime: 「明天几点来着」 after the meeting's notice
// is answered from its words and counts the household as having seen it;
// who goes and where are too; what it does not say (修路要交钱吗) goes to
// the worker as before (notice66).
func TestNoticeAnswersForgottenTime(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 6, 11, 0, 0, 0, at.Location())
	lacks(t, "no notice yet", c.say("陈二", "明天几点来着"), "通知")
	c.office(notice66)
	got := c.say("张三", "明天几点来着")
	has(t, "明天几点来着", got, "@张三\u2005通知 #N1 写的是：12月7日（明天）上午9点，村委会开会，各户派一人参加，讨论修路的事。")
	lacks(t, "no worker bothered", got, "王五: ")
	has(t, "who goes", c.say("陈二", "谁去来着"), "通知 #N1 写的是")
	has(t, "where", c.say("郑十", "开会在哪来着"), "通知 #N1 写的是")
	has(t, "counted as seen", c.office("查 #N1"), "青山村三组：已收到 3/9 户")
	got = c.say("陈二", "修路要交钱吗")
	if !strings.Contains(strings.Join(got, "\n"), "王五: 【通知提问】") {
		t.Errorf("what the notice does not say is passed on:\n%s", strings.Join(got, "\n"))
	}
}
