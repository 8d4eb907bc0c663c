package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestLostElderInTheCold: an elder found wandering who cannot say where he
// lives is a medical alarm; the group and the duty post say to take him in
// and warm him, show his photo round and call 110 for his family (und112:
// a silent query).
func TestLostElderInTheCold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "有个老人在村口转悠 问他家在哪也说不清 冻得直哆嗦")
	has(t, "alarm", got, "紧急情况 #R1", "【突发事件】青山村三组 #R1", "急救要点", "领到附近暖和的屋里", "拨打110帮着找家人")
	lacks(t, "no search", got, "分头寻找")
}

// TestWinterHazardsCautioned: a charcoal fire in a shut room is told to
// open a window (no 「修好前」: there is no flue to mend), a sky lantern on
// straw to be put out, a hot blanket to be unplugged (und112).
func TestWinterHazardsCautioned(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "我家屋里门窗关得严严的 烧着一盆炭火")
	has(t, "shut room", got, "一般事项·安全隐患", "马上把窗户开条缝", "炭盆端到屋外")
	lacks(t, "no flue", got, "修好前")
	has(t, "lantern", c.say("张三", "孩子放孔明灯落在草垛上了"), "一般事项·安全隐患", "用水浇灭", "119")
	has(t, "blanket", c.say("郑十", "电热毯开了一夜 早上起来褥子烫手"), "一般事项·安全隐患", "先拔掉插头")
}
