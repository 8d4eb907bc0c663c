package handlers_test

import "testing"

// TestPrivateReplyAnswersTheTownshipsQuestion: the township asked the
// grid leader privately about an item (孙七's 「#R1 电工联系上了吗？」 in
// the office's chat); his plain private reply, no quote, no number, is
// the answer to that question, as 「答复 #R1 …」 is: forwarded to the
// office and recorded on the item, never offered as a new report.
func TestPrivateReplyAnswersTheTownshipsQuestion(t *testing.T) {
	c := lampAskedOfLeader(t)
	got := c.private("李四", "联系上了 明天上午来")
	has(t, "answered", got, officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：联系上了 明天上午来")
	lacks(t, "answered", got, "我理解为")
	if n := len(c.reports()); n != 1 {
		t.Fatalf("%d items, want 1: %q", n, got)
	}
	if _, ok := c.reports()[0].OpenAsk(); ok {
		t.Errorf("the reply did not answer the question")
	}
}

// TestPrivateReplyAmongSeveralTownshipQuestions: with the township's
// private questions waiting on two items, a plain private reply is asked
// which it answers, recording nothing; with none waiting, a plain private
// message is read as before (a report offered).
func TestPrivateReplyAmongSeveralTownshipQuestions(t *testing.T) {
	c := lampWithTownship(t)
	c.upToTownship("陈二", "上报 小桥栏杆断了", "#R2", "村里没有经费")
	c.in(officeChat, "孙七", "#R1 电工联系上了吗？")
	c.in(officeChat, "孙七", "#R2 栏杆断了几米？")
	got := c.private("李四", "联系上了 明天上午来")
	expect(t, "which", got, "李四: 镇里私信等您回复的有这几件：")
	has(t, "which", got, "#R1", "#R2", "「答复 #R")
	inChatLacks(t, "which", got, officeChat, "联系上了")
	for _, rep := range c.reports() {
		if _, ok := rep.OpenAsk(); !ok {
			t.Errorf("#%s: the question counts as answered", rep.ID)
		}
	}
	has(t, "答复 #R1", c.private("李四", "答复 #R1 联系上了 明天上午来"), officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：联系上了 明天上午来")
	// one left waiting: the next plain reply answers it
	has(t, "the other", c.private("李四", "断了3米左右"), officeChat+": 【青山村三组】#R2（一般事项）李四答复孙七的提问：断了3米左右")
	// none left: read as before
	got = c.private("李四", "村西头水沟堵了")
	has(t, "none waiting", got, "#R3")
	inChatLacks(t, "none waiting", got, officeChat, "水沟")
}

// TestPrivateNewMatterBesideTownshipQuestion: with one township question
// waiting on the lamp, the leader's private 「村西头水沟堵了 水漫到路上了」
// is clearly another matter (another category, no word of the lamp's): it
// is read as a report, not forwarded as his answer, and the question
// still waits for his plain answer, which then goes to the township.
func TestPrivateNewMatterBesideTownshipQuestion(t *testing.T) {
	c := lampAskedOfLeader(t)
	got := c.private("李四", "村西头水沟堵了 水漫到路上了")
	has(t, "new matter", got, "水沟")
	inChatLacks(t, "new matter", got, officeChat, "水沟")
	lacks(t, "new matter", got, "答复孙七")
	if _, ok := c.reports()[0].OpenAsk(); !ok {
		t.Fatalf("the new matter answered the township's question: %q", got)
	}
	has(t, "the answer", c.private("李四", "电工联系上了 明天上午来"), officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：电工联系上了 明天上午来")
}
