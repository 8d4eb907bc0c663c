package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestPrivateReplyAnswersTheTownshipsQuestion: the township asked the
// grid leader privately about an item (孙七's 「#R1 电工联系上了吗？」 in
// the office's chat); his plain private reply, no quote, no number, is
// the answer to that question, as 「答复 #R1 …」 is: forwarded to the
// office and recorded on the item, never offered as a new report.
func TestPrivateReplyAnswersTheTownshipsQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	got := c.in(officeChat, "孙七", "#R1 电工联系上了吗？")
	t.Logf("asked: %q", got)
	got = c.private("李四", "联系上了 明天上午来")
	t.Logf("answered: %q", got)
	has(t, "answered", got, officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：联系上了 明天上午来")
	lacks(t, "answered", got, "我理解为")
	if n := len(c.reports()); n != 1 {
		t.Fatalf("%d items, want 1: %q", n, got)
	}
	if _, ok := c.reports()[0].OpenAsk(); ok {
		t.Errorf("the reply did not answer the question")
	}
}
