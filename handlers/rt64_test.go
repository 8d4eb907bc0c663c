package handlers_test

import (
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
