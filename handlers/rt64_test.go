package handlers_test

import (
	"context"
	"gridbot/bot"
	"testing"

	"gridbot/village"
)

// TestRetypeWordsReadOnce: on a store with no report cache, the leader's
// 「#R1 不是什么大事 …」 reads #R1 once (its readers take the turn's read,
// until a commit) and commits once: two round trips, not four; the item
// is still made ordinary, its reporter's 满意 still closes it.
func TestRetypeWordsReadOnce(t *testing.T) {
	c, _ := uncachedChat(t)
	c.say("陈二", kind64Collapse)
	got := c.costs(t, 2, "retype in words", bot.Message{Chat: grid3, From: "李四", Text: "#R1 不是什么大事 就是路边塌了一小块 明天找人填一下"})
	has(t, "retype in words", got, grid3+": #R1 改为一般事项：李四判断不是紧急情况")
	if rep := kind64Item(t, c, "R1"); rep.Type != village.General || rep.Status != village.StatusAccepted {
		t.Fatalf("R1 is %s %s, want general accepted", rep.Type, rep.Status)
	}
	// the memo is the read's, not the change's: the next message reads
	// the item as stored
	c.say("李四", "办结 #R1 已填好")
	if rep := kind64Item(t, c, "R1"); rep.Status != village.StatusResolved {
		t.Fatalf("R1 is %s after 办结, want resolved", rep.Status)
	}
}

// TestNewcomerSaidFromCopy: with this process's copy of the questions
// complete (LoadScripts), a stranger's 「你好 我是新搬来的」 costs one commit
// and his 「我是 李富贵」 then one more, what he said before taken from
// the copy. Said to another process first, the copy is stale: the
// commit decided on it is refused and the welcome made again on what
// Redis holds, so the leader still hears what he said before, once.
func TestNewcomerSaidFromCopy(t *testing.T) {
	a, b, _ := twoProcessesOn(t)
	for _, c := range []*chat{a, b} {
		if err := c.st.LoadScripts(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	a.say("老李头", "大家好") // his first message reads the group's names
	a.costs(t, 1, "hello", bot.Message{Chat: grid3, From: "老李头", Text: "你好 我是新搬来的 住在村东头"})
	named := a.costs(t, 1, "named", bot.Message{Chat: grid3, From: "老李头", Text: "我是 李富贵"})
	has(t, "named", named, "李四: "+grid3+"里「老李头」说自己是李富贵", "你好 我是新搬来的 住在村东头")

	b.say("老张头", "大家好")
	has(t, "hello to b", b.say("老张头", "你好 我是新搬来的 住在村西头"), "欢迎「老张头」")
	a.say("老张头", "大家好")
	stale := a.say("老张头", "我是 张富贵")
	has(t, "stale copy", stale, "李四: "+grid3+"里「老张头」说自己是张富贵", "你好 我是新搬来的 住在村西头")
}
