package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestVillagerTellsLeaderHurt: 张三's 「李四从梯子上摔下来了 腿好像断了」
// names 网格长李四 as the one hurt: 王五 is asked and @-mentioned, not 李四,
// and the duty chat hears the leader himself is hurt (not that he told it).
// 「李四说他摔了一跤 没事」 stays no alarm.
func TestVillagerTellsLeaderHurt(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "李四从梯子上摔下来了 腿好像断了")
	has(t, "named", got,
		"遇险的是网格长李四本人，请调度120，并联系王五赶去现场。",
		"网格长李四本人遇险，请王五立即赶到现场协助救护，到场后回复「确认 #R1」。", "@王五")
	lacks(t, "named", got, "@李四", "（报告人）", "您先别乱动", "请网格长立即赶到")
	has(t, "worker confirms", c.in(grid3, "王五", "确认 #R1"), "#R1 已受理")

	n := newChat(t, understand.Rules{})
	lacks(t, "his word", n.say("张三", "李四说他摔了一跤 没事"), "紧急情况", "本人遇险")
}
