package handlers_test

import (
	"context"
	"testing"

	"gridbot/bot"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// twoAskedOf is a chat where the lamp (#R1) and the rubbish station (#R2)
// went up to the township and 孙七 asked the grid about each: in its
// group (问网格 #R 问题) when open, else privately (#R 问题 in the
// office's chat).
func twoAskedOf(t *testing.T, open bool) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	verb := ""
	if open {
		verb = "问网格 "
	}
	has(t, "R1 asked", c.office(verb+"#R1 电工联系上了吗？"), "【镇里问】")
	has(t, "R2 asked", c.office(verb+"#R2 垃圾拉走了吗？"), "【镇里问】")
	return c
}

// TestPlainAnswerAmongTwoTownshipQuestions: the leader's plain private
// answer naming no thing (「明天找人来弄」) while two township questions
// wait on him, asked in the group or privately, is asked which item it
// answers, naming both and how to send it; nothing is filed, both wait.
func TestPlainAnswerAmongTwoTownshipQuestions(t *testing.T) {
	for _, open := range []bool{true, false} {
		for _, words := range []string{"明天找人来弄", "已经在弄了"} {
			c := twoAskedOf(t, open)
			got := c.private("李四", words)
			has(t, words, got, "等您回复的有这几件", "#R1", "#R2", "「答复 #R1 "+words+"」")
			if open {
				lacks(t, words, got, "私信等您")
			}
			c.wantReports(2, "(nothing filed)")
			for _, rep := range c.reports() {
				if _, ok := rep.OpenAsk(); !ok {
					t.Errorf("%v %s: #%s's question counts as answered", open, words, rep.ID)
				}
			}
		}
	}
}

// TestPlainAnswerToOneOpenTownshipQuestion: one question asked in the
// group (问网格) waiting: his plain private answer is its 进展, heard by
// the township's chat, not a new item.
func TestPlainAnswerToOneOpenTownshipQuestion(t *testing.T) {
	for _, words := range []string{"明天找人来弄", "联系上了 明天上午来"} {
		c := newChat(t, understand.Rules{})
		c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
		c.office("问网格 #R1 电工联系上了吗？")
		got := c.private("李四", words)
		has(t, words, got, officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问："+words)
		c.wantReports(1, "(nothing filed)")
	}
	// privately asked, a plan naming nothing of the lamp's answers it too
	c := lampAskedOfLeader(t)
	has(t, "aside", c.private("李四", "明天找人来弄"), officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：明天找人来弄")
	c.wantReports(1, "(nothing filed)")
}

// TestLeaderAckAfterRestart: the bot restarts (a new Router on a new
// Store of the same Redis, its scripts loaded as a start does) between
// asking a villager back and the leader's unquoted 「收到 明天找人来掏」:
// it still files her matter, taken on for him, at the cost it has in a
// process that asked her itself; her 「1」 after it files nothing twice.
func TestLeaderAckAfterRestart(t *testing.T) {
	srv := storagetest.NeedServer(t)
	a := newChatOn(t, understand.Rules{}, storagetest.Open(t, srv.URL))
	has(t, "asked", a.say("张三", stink), "@张三", "回复「1」登记")
	st := storagetest.Open(t, srv.URL)
	if err := st.LoadScripts(context.Background()); err != nil {
		t.Fatal(err)
	}
	b := newChatOn(t, understand.Rules{}, st)
	b.n, b.now = 1000, a.now
	// a process's first message in a group: a read and the filing's
	// commit, as a cold 收到 to a fresh report costs with its reply; her
	// question came with the start (LoadScripts), no read of its own.
	// (3 while the start read it in a script within its pipeline: the
	// message then paid the HELLO of the first plain connection, which
	// a real start's PING opens, and the start's SCAN now opens too)
	got := b.costs(t, 2, "leader's ack after a restart", bot.Message{Chat: grid3, From: "李四", Text: "收到 明天找人来掏"})
	has(t, "leader's ack", got, "已登记 #R1", "李四已受理：明天找人来掏", "不用再回复「1」")
	b.wantReports(1, "(filed on the leader's ack)")
	b.firstStatus(village.StatusAccepted)
	expect(t, "her 1", b.say("张三", "1"), "#R1 已经登记了，李四在办")
	b.wantReports(1, "(her 1 files nothing twice)")
}

// startedChat is newChat on a store whose scripts were loaded as a start
// loads them: it copied every question waiting (none) then.
func startedChat(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	if err := c.st.LoadScripts(context.Background()); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestFineAfterResolvedOneTrip: the reporter's 「没事了」 after 办结 is his
// 满意 in one round trip: no question waits for him as this process knows
// (its start copied them), and the 满意's commit checks it.
func TestFineAfterResolvedOneTrip(t *testing.T) {
	for _, words := range []string{"没事了", "没事了 灯亮了"} {
		c := startedChat(t)
		c.say("张三", "村口路灯不亮了")
		c.say("李四", "确认")
		c.say("李四", "办结 #R1 换了灯泡")
		got := c.costs(t, 1, words, bot.Message{Chat: grid3, From: "张三", Text: words})
		has(t, words, got, "已按您的回复记为满意，#R1 已完结")
		c.firstStatus(village.StatusClosed)
	}
}

// TestFineWhileAskedElsewhere: another process asked the reporter back
// (「回复1登记」) after this one started: his 「没事了」 here, decided on
// none waiting, is refused by its check and handled again on the question
// as stored: it drops that matter (as 「没事了」 to it always did), and
// the question no longer waits.
func TestFineWhileAskedElsewhere(t *testing.T) {
	srv := storagetest.NeedServer(t)
	st := storagetest.Open(t, srv.URL)
	if err := st.LoadScripts(context.Background()); err != nil {
		t.Fatal(err)
	}
	b := newChatOn(t, understand.Rules{}, st)
	a := newChatOn(t, understand.Rules{}, storagetest.Open(t, srv.URL))
	a.n = 1000
	has(t, "asked by a", a.say("张三", lamp), "回复「1」登记")
	b.now = a.now
	var key string
	for k := range a.st.AskedCopiesUnder(village3, grid3+"|") {
		key = k // 张三's, as a asked it
	}
	if _, err := st.Asked(context.Background(), village3, key); err != nil {
		t.Fatalf("the question a asked: %v", err)
	}
	if _, known := st.AskedKnown(village3, key); !known {
		t.Fatalf("b does not take its copies as complete")
	}
	b.say("张三", "没事了")
	if _, err := st.Asked(context.Background(), village3, key); err == nil {
		t.Errorf("the question still waits after 没事了")
	}
	expect(t, "her 1 after", b.say("张三", "1"))
	b.wantReports(0, "(没事了 dropped the matter)")
}
