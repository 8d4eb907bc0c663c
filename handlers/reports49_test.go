package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestWaitHintOnNewItemOffersProgress: the leader's 「R1 等他回来再说」 on
// an item nobody took on yet is shown 进展 (his 「1」 records it), not
// 等待, which a new item refuses; once taken on, the same words pause it.
func TestWaitHintOnNewItemOffersProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口那段路有个大坑"), "已登记 #R1")
	got := c.say("李四", "R1 等他回来再说")
	expectLike(t, "wait hint on a new item", got, like{has: "「进展 #R1 等他回来再说」", lacks: "等待 #R1"})
	expect(t, "its 1 records the note", c.say("李四", "1"), "#R1 进展已记录")
	c.firstStatus(village.StatusInProgress)
}
