package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestPrivateSameKindElsewhereBesideTownshipQuestion: with one township
// question waiting on 村口's lamp, the leader's private 「村东头的路灯也
// 不亮了」 is another lamp at another place: a report, not his answer;
// his plain answer after it still goes to the township.
func TestPrivateSameKindElsewhereBesideTownshipQuestion(t *testing.T) {
	c := lampAskedOfLeader(t)
	got := c.private("李四", "村东头的路灯也不亮了")
	t.Logf("%q", got)
	inChatLacks(t, "another lamp", got, officeChat, "村东头")
	lacks(t, "another lamp", got, "答复孙七")
	if _, ok := c.reports()[0].OpenAsk(); !ok {
		t.Fatalf("the other lamp answered the township's question: %q", got)
	}
	has(t, "the answer", c.private("李四", "村口路灯的电工联系上了 明天上午来"), officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：村口路灯的电工联系上了 明天上午来")
}

// TestPrivateAnswerTakenBack: the leader's plain private words forwarded
// as his answer to the township's question are taken back by his
// 「不是答复」 right after: the office hears 「李四撤回了刚才的答复」, the
// question waits again (his next plain answer goes up), and his words,
// a report, are filed as one (leader35). 「撤回」 works the same way; with
// nothing to take back the command goes on as before.
func TestPrivateAnswerTakenBack(t *testing.T) {
	for _, word := range []string{"不是答复", "撤回"} {
		t.Run(word, func(t *testing.T) {
			c := lampAskedOfLeader(t)
			got := c.private("李四", "王家门前那盏路灯也坏了")
			has(t, "forwarded", got, "已转给镇里（答复孙七的提问）", "「不是答复」")
			got = c.private("李四", word)
			has(t, "taken back", got, officeChat+": 【青山村三组】#R1（一般事项）李四撤回了刚才的答复", "李四: 已撤回给镇里的答复", "李四: 已登记 #R2（一般事项·道路交通）：王家门前那盏路灯也坏了")
			if _, ok := c.reports()[0].OpenAsk(); !ok {
				t.Fatalf("the question does not wait again: %q", got)
			}
			// taken back once: a second word finds nothing of it
			lacks(t, "again", c.private("李四", word), "撤回了刚才的答复")
			has(t, "the answer", c.private("李四", "电工联系上了 明天上午来"), officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：电工联系上了 明天上午来")
			if _, ok := c.reports()[0].OpenAsk(); ok {
				t.Fatal("the answer left the question open")
			}
		})
	}
}

// TestLeaderRejectSaysDone: a leader's 驳回 whose reason says the work was
// done is asked whether he means 办结 and changes nothing; its way out,
// 「不予受理」, is never asked (no loop), nor is a reason saying why the
// report is not taken on (误报, 重复).
func TestLeaderRejectSaysDone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "the report", c.say("张三", "上报 村口路灯坏了"), "#R1")
	c.say("李四", "确认 #R1")
	got := c.say("李四", "驳回 #R1 已经修好了")
	has(t, "asked", got, grid3+": #R1 您说「已经修好了」，是已经办好了吗？", "「办结 #R1 已经修好了」", "「不予受理 #R1 理由」")
	lacks(t, "asked", got, "退回 #R1")
	if r := c.reports()[0]; r.Status != village.StatusAccepted {
		t.Fatalf("after the question: %s, want accepted", r.Status)
	}
	has(t, "again", c.say("李四", "驳回 #R1 已经修好了"), "是已经办好了吗")
	has(t, "anyway", c.say("李四", "不予受理 #R1 已经修好了"), grid3+": #R1 不予受理：已经修好了")
	if r := c.reports()[0]; r.Status != village.StatusRejected {
		t.Fatalf("after 不予受理: %s, want rejected", r.Status)
	}
	c.say("张三", "上报 村西头水沟堵了")
	has(t, "a reason", c.say("李四", "驳回 #R2 重复反映 已经清理好了"), grid3+": #R2 不予受理：重复反映 已经清理好了")
}
