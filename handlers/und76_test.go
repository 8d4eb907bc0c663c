package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestPriceAskedAndWayFaultOffered (und76): 「今年稻谷收购价多少」 asked
// privately is forwarded to the leader like any question the bot cannot
// answer (the reader took it for an ad, 收购 among the noise words, and
// only the handlers' plain-question check saved it), while an ad with a
// phone number stays unanswered. A slope too
// steep by the school is offered as a road's matter (it was 安全隐患), and
// a household left off the collective's dividend list as the village's
// affair (其他), not a state scheme's (政策咨询).
func TestPriceAskedAndWayFaultOffered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "price asked", c.private("陈二", "今年稻谷收购价多少"), "这个我答不了，已转问网格长李四（#R1）", "【村民提问】陈二私信问我（#R1）：今年稻谷收购价多少")
	lacks(t, "ad", c.private("陈二", "高价收购稻谷 要卖的吗 电话13811112222"), "【村民提问】")

	has(t, "slope", c.say("张三", "村小学门口那个坡太陡了 下雨天好滑 娃们老摔跤"), "@张三\u2005我理解为：一般事项·道路交通——村小学门口那个坡太陡了 下雨天好滑 娃们老摔跤。回复「1」登记，「2」不用。")
	c.say("张三", "2")
	has(t, "dividend", c.say("陈二", "分红名单上没有我家 我家的股权证明明在"), "我理解为：一般事项·其他——分红名单上没有我家 我家的股权证明明在。")
}
