package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestLead106TakeOnByWhatHeSays: a leader's 收到 with words of one of the
// grid's fresh items (its place, its thing, or what is done for its
// trouble: salt for ice) takes that one on; words fitting none ask which.
func TestLead106TakeOnByWhatHeSays(t *testing.T) {
	for _, tc := range []struct{ words, want string }{
		{"收到 村口的冰下午去处理", "#R1 已受理"},
		{"收到 下午拉车盐过去撒", "#R1 已受理"},
		{"收到 下午叫人去铲冰", "#R1 已受理"},
		{"好的 水管的事我下午过去", "#R2 已受理"},
		{"收到 我下午过去", "您接手的是哪一件"},
		{"收到 下午让王五拉车盐过去撒", "#R1 已受理并指派给王五"},
	} {
		t.Run(tc.words, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			has(t, "ice", c.say("张三", "村口那段路结冰了 好几个人摔了 能不能撒点盐"), "已登记 #R1")
			has(t, "pipe", c.say("陈二", "俺家水管冻住了 没水用两天了"), "已登记 #R2")
			has(t, "take on", c.say("李四", tc.words), tc.want)
		})
	}
}
