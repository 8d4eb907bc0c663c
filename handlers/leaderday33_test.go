package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestPrivateSameKindElsewhereBesideTownshipQuestion: with one township
// question waiting on 村口's lamp, the leader's private 「村东头的路灯也
// 不亮了」 is another lamp at another place: a report, not his answer;
// his plain answer after it still goes to the township.
func TestPrivateSameKindElsewhereBesideTownshipQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	c.in(officeChat, "孙七", "#R1 电工联系上了吗？")
	got := c.private("李四", "村东头的路灯也不亮了")
	t.Logf("%q", got)
	inChatLacks(t, "another lamp", got, officeChat, "村东头")
	lacks(t, "another lamp", got, "答复孙七")
	if _, ok := c.reports()[0].OpenAsk(); !ok {
		t.Fatalf("the other lamp answered the township's question: %q", got)
	}
	has(t, "the answer", c.private("李四", "村口路灯的电工联系上了 明天上午来"), officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：村口路灯的电工联系上了 明天上午来")
}
