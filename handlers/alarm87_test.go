package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestCadreGoingTakesMissingOn: a grid cadre's own words of going to
// search (「我去后山找 李四你带人去河边」), no 收到 and no #R, during the
// only open missing-person alarm take it on as 确认 would, told in the
// duty chat (alarm87).
func TestCadreGoingTakesMissingOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "lost", c.say("陈二", "我家老娘有点老年痴呆 晚饭后出去到现在没回来 这么冷的天"), "【突发事件】青山村三组 #R1")
	got := c.say("王五", "我去后山找 李四你带人去河边")
	has(t, "going", got, "#R1 已受理", "青山镇应急值班群")
	// a fire waiting: the same words answer nothing of it
	f := newChat(t, understand.Rules{})
	has(t, "fire", f.say("张三", "后山着火了 快来人"), "【突发事件】青山村三组 #R1")
	lacks(t, "fire going", f.say("王五", "我去后山找 李四你带人去河边"), "已受理")
}

// TestPulledOutNoBreath: 「孩子拉上来了 没气了」 added to an ice alarm
// tells the duty chat 「没有呼吸」 with the CPR line (alarm87).
func TestPulledOutNoBreath(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "ice", c.say("陈二", "快来人啊 有个小孩掉冰窟窿里了 在水库那边"), "【突发事件】青山村三组 #R1")
	has(t, "out", c.say("周八", "孩子拉上来了 没气了"), "#R1", "胸外按压")
}

// TestHeaterFireCutPower: a heater or an electric blanket on fire is an
// electric fire: 「先拉闸断电」 and no water (alarm87).
func TestHeaterFireCutPower(t *testing.T) {
	for _, text := range []string{"取暖器着火了 快来人", "我家电热毯冒烟了 着火了"} {
		c := newChat(t, understand.Rules{})
		has(t, text, c.say("张三", text), "【突发事件】青山村三组 #R1", "别用水泼", "先拉下家里的电闸断电")
	}
}
