package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestWinterAskedAndDrains (und85): a payout asked after a flood's ruin is
// no alarm; an amount the guide lacks, asked to nobody, is answered with
// where to ask and the leader asked (it was silent), and never with the
// 宅基地 guide's 「面积按省定标准」 as if it told money; 土地流转 with the
// wish to let the land out is the procedure; 下水道 after 水沟 at one
// place is offered as the same matter.
func TestWinterAskedAndDrains(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "洪水冲毁的房子 赔偿到了没")
	lacks(t, "payout after ruin", got, "【突发事件】", "紧急情况")
	got = c.say("张三", "低保一个月给多少")
	has(t, "amount the guide lacks", got, "【低保】多少钱指南里没有写，已请@李四", "去哪办：")
	got = c.say("陈二", "宅基地能补多少")
	has(t, "compensation asked", got, "一般找镇国土所（自然资源所）问") // land taken: its desk (und87)
	has(t, "land let out", c.say("周八", "土地流转一亩一年多少钱 想转出去"), "【土地经营权流转】")
	c.say("陈二", "村口的水沟堵了 臭得很")
	has(t, "drain by another name", c.say("张三", "村口那个下水道堵死了 一下雨就漫到路上"), "已有人反映", "是同一件事吗")
}
