package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestLeaderHurtHimself: 网格长李四's 「我从梯子上摔下来了 腿好像断了」
// in his own group: the alarm asks 王五 to go (not him to 确认 or to
// organise his own rescue), does not @ him, tells him help is coming and
// to call 120, and the duty chat hears that the leader himself is hurt. It
// costs what a villager's same alarm costs. 张三's same words ask the
// leader as usual; 张三's 「我看见王奶奶摔倒了」 is no cadre's own hurt.
func TestLeaderHurtHimself(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.costs(t, alarmTrips(t, grid3, "张三", "我从梯子上摔下来了 腿好像断了"), "alarm", bot.Message{Chat: grid3, From: "李四", Text: "我从梯子上摔下来了 腿好像断了"})
	has(t, "alarm", got,
		"遇险的是网格长李四本人（报告人），请调度120，并联系王五赶去现场。",
		"网格长李四本人遇险，请王五立即赶到现场协助救护，到场后回复「确认 #R1」。",
		"李四，您先别乱动，已请王五赶过去，镇应急值班也在调度救援；能打电话的话请先拨120，说清在哪。", "@王五")
	lacks(t, "alarm", got, "@李四", "李四已在处置的", "也可回复「确认", "网格长李四已报告")
	has(t, "worker confirms", c.in(grid3, "王五", "确认 #R1"), "#R1 已受理")

	v := newChat(t, understand.Rules{})
	got = v.say("张三", "我从梯子上摔下来了 腿好像断了")
	has(t, "villager", got, "请网格长立即赶到现场协助救护，到场后回复「确认 #R1」。", "@李四")
	lacks(t, "villager", got, "本人遇险", "您先别乱动")
	w := newChat(t, understand.Rules{})
	got = w.say("李四", "我看见王奶奶从台阶上摔倒了 起不来")
	lacks(t, "seen, not hurt", got, "本人遇险", "您先别乱动")
}
