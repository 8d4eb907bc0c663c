package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestMyPointsOneRead: 我的积分 reads the household's account, the
// claims waiting, the year's tallies and last year's ranking together:
// one round trip, and the commit of its reply.
func TestMyPointsOneRead(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("张三", "我的积分") // the scripts loaded
	got := c.costs(t, 2, "我的积分 (the read and the commit)", bot.Message{Private: true, From: "张三", Text: "我的积分"})
	expect(t, "我的积分", got, "张三: 张三户2026年积分：户总分 0 分")
}
