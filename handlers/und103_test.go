package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestHeatingSubsidyNotAidOfAFire (und103): while 张三's fire was open,
// 陈二's own 「今年的取暖补贴啥时候发 俺家还没收到」 was told 「先顾好人身安全。
// 您问的救助已记在 #R1（…）里」 and nothing was asked for him, because the
// heating subsidy's keyword 取暖救助 holds 救助. A guide is relief of any
// alarm only by its name (临时救助); the subsidy question goes on as its
// own, and a neighbour burnt out still gets 临时救助 naming the fire.
func TestHeatingSubsidyNotAidOfAFire(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "着火了！后山张家房子烧起来了 快来人")
	got := c.say("陈二", "今年的取暖补贴啥时候发 俺家还没收到")
	lacks(t, "the subsidy", got, "先顾好人身安全", "已记在 #R1")
	has(t, "the subsidy", got, "#R2")
	has(t, "a neighbour burnt out", c.say("王五", "我家也被烧了 能申请救助不"), "先顾好人身安全", "【临时救助】")
}
