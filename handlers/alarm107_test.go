package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestRumourAtAlarm: with the ice alarm open, a neighbour's question
// whether a rumour of the allowance is true doubts no alarm; more people
// on the ice are counted and told to crawl back (alarm107).
func TestRumourAtAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "快来人 村口河边冰面裂了 有个小孩掉冰窟窿里了")
	got := c.say("陈二", "听说今年高龄补贴不发了 真的假的")
	lacks(t, "no doubt", got, "【突发补充·核实】", "请核实 #R1", "核实前仍按险情处理")
	got = c.say("陈二", "冰上还有两个人")
	has(t, "on the ice", got, "【突发补充·进展】青山村三组 #R1", "现场至少两人遇险：请告诉120和119人数",
		"收到，已转告镇应急值班：#R1 现场至少两人遇险", "冰上的人千万别站起来跑")
}

// TestFallAnsweredByKin: the fall's question asked of a son is answered by
// his mother beside the one who fell; another household's 「不能动」 is
// not taken so; the fall told with a lift question reaches the duty chat
// as the fall, not the question (alarm107).
func TestFallAnsweredByKin(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈小龙", "俺奶奶在院里冰上滑了一跤")
	lacks(t, "other household", c.say("张三", "不能动"), "【突发事件】")
	got := c.say("胡秀芝", "不能动")
	has(t, "kin", got, "【突发事件】青山村三组 #R1", "情况：俺奶奶在院里冰上滑了一跤 不能动", "摔伤的先别急着扶起来")
	c = newChat(t, understand.Rules{})
	c.say("张三", "老人摔了能不能扶")
	got = c.say("张三", "还有气 叫不应")
	has(t, "told", got, "情况：老人摔了 还有气 叫不应")
	lacks(t, "no question", got, "能不能扶")
}

// TestFallYesterday: a fall yesterday on ice a neighbour made is the
// ice's report, no alarm; one still in bed from it is (alarm107).
func TestFallYesterday(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "老刘家门口泼水冻成冰了 我妈昨天在那摔了一跤")
	lacks(t, "no alarm", got, "【突发事件】")
	has(t, "the ice", got, "道路交通")
	has(t, "still in bed", c.say("张三", "前天俺爹在冰上滑倒了 现在还下不了床"), "【突发事件】")
}
