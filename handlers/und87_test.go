package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// TestAmountAskedShortAndLandTaken (und87): an amount question gets the
// amount (or who will say it) and the 去哪办 line, not the whole guide,
// and how to ask for the guide; asked for, the guide comes alone, nobody
// called again. Land taken (宅基地能补多少, 征地补偿标准是多少, 拆迁) names
// the 征地拆迁 desk, not the 宅基地建房 guide; letting land out told by
// 租给/转给/包给 asks the 流转 procedure.
func TestAmountAskedShortAndLandTaken(t *testing.T) {
	_, reader := exampleReader(t)
	c := newChat(t, reader)

	got := c.say("陈二", "医保一年交多少钱")
	has(t, "amount told", got, "金额：", "去哪办：", "要看怎么办、带哪些材料，在群里说「城乡居民医保怎么办」。")
	lacks(t, "amount: no whole guide", got, "怎么办：\n1.", "带齐材料：")
	got = c.costs(t, 1, "whole guide asked", bot.Message{Chat: grid3, From: "陈二", Text: "城乡居民医保怎么办"})
	has(t, "whole guide asked", got, "陈二，【城乡居民医保】怎么办：", "带齐材料：")
	lacks(t, "whole guide: nobody called", got, "@", "请负责人")

	got = c.say("张三", "准备把地租给合作社 一亩一年给多少")
	has(t, "let out by 租给", got, "【土地经营权流转】多少钱指南里没有写，已请@李四", "去哪办：村委会备案", "在群里说「土地经营权流转怎么办」")
	lacks(t, "let out: no whole guide", got, "带齐材料：")
	got = c.say("张三", "土地经营权流转怎么办")
	has(t, "whole guide, amount still awaited", got, "张三，【土地经营权流转】怎么办：", "问的那一点已请李四答复")
	lacks(t, "whole guide, amount still awaited: no @", got, "@")

	for _, q := range []string{"宅基地能补多少", "征地补偿标准是多少", "拆迁怎么补"} {
		got = c.say("周八", q)
		has(t, q, got, "已登记", "一般找镇国土所（自然资源所）问")
		lacks(t, q+": not the 宅基地建房 guide", got, "【宅基地建房】")
	}
	has(t, "宅基地建房 still its guide", c.say("赵六", "宅基地建房要啥材料"), "【宅基地建房】办理流程里写的：\n带齐材料：") // the part asked (appr97)
}

// BenchmarkAmountAsked87: an amount question answered short, the whole
// guide asked after it, and land taken placed by its desk, each one
// commit (und87).
func BenchmarkAmountAsked87(b *testing.B) {
	for _, tc := range []struct{ name, ask, on string }{
		{"amount_short", "", "医保一年交多少钱"},
		{"whole_after_amount", "医保一年交多少钱", "城乡居民医保怎么办"},
		{"land_taken_desk", "", "拆迁怎么补"},
	} {
		b.Run(tc.name, func(b *testing.B) { benchAskedOn(b, "陈二", tc.ask, tc.on, 0, false) })
	}
}
