package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestWorkerReportsTwoForSomeone: a grid worker's 代报 of two matters
// files both for the one he speaks for, as the leader's does, in the one
// round trip a 代报 of one takes; nothing is offered back, and the
// leader is asked to 确认 each.
func TestWorkerReportsTwoForSomeone(t *testing.T) {
	reportsTwoForSomeone(t, "王五", village.StatusNew, "waiting for 确认")
}

// TestMergedTakeoverAddressesAll: the township's merged 接手 notice in
// the group names its reporters and speaks to them as several (两位 of
// two, 各位 of more), not 「您」 as if to one.
func TestMergedTakeoverAddressesAll(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("陈二", "上报 桥头护栏断了")
	c.say("王五", "代报 王奶奶 屋顶漏雨了")
	c.say("李四", "确认 #R1 #R2 #R3")
	c.say("李四", "上报镇 #R1 #R2 #R3 村里修不了")
	got := c.in(officeChat, "孙七", "确认 #R1 #R2")
	has(t, "two", got, grid3+": #R1 #R2 镇里已接手：由孙七负责协调", "张三、陈二，办好后会告诉两位。")
	lacks(t, "two", got, "会告诉您")
	c.say("张三", "上报 三组水渠堵了")
	c.say("陈二", "上报 东头垃圾没人清")
	c.say("周八", "上报 超市门口的井盖松了")
	c.say("李四", "确认 #R4 #R5 #R6")
	c.say("李四", "上报镇 #R4 #R5 #R6 村里办不了")
	got = c.in(officeChat, "孙七", "确认 #R4 #R5 #R6")
	has(t, "three", got, "张三、陈二、周八，办好后会告诉各位。")
}

// TestOwnQuarrelAtNight: the leader's own quarrel filed at night names
// the mediator without an @ and without a stray comma in the sentence.
func TestOwnQuarrelAtNight(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 30)
	got := c.say("李四", "俺和隔壁老赵为地界吵起来了")
	has(t, "his own quarrel at night", got, "本人也是当事人：请调解员郑十主持调解；")
	lacks(t, "his own quarrel at night", got, "郑十，主持")
}

// TestDayWordsReadLater: 查 #N and 查 #R a day or more after a notice or
// a note said 明天 name the day as seen from the reader's day (今天, then
// the date), not the day it was written.
func TestDayWordsReadLater(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("李四", "通知 明天上午9点在村委会打疫苗")
	c.say("张三", "上报 村口路灯不亮了")
	c.say("李四", "确认 #R1")
	c.say("李四", "进展 #R1 联系了电工，明天来修")
	has(t, "the same day", c.say("李四", "查 #N1"), "「明天上午9点在村委会打疫苗」")
	has(t, "the same day", c.say("李四", "查 #R1"), "联系了电工，明天来修")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "the next day", c.say("李四", "查 #N1"), "「今天上午9点在村委会打疫苗」")
	has(t, "the next day", c.say("李四", "查 #R1"), "联系了电工，今天来修")
	c.now = c.now.Add(48 * time.Hour)
	has(t, "days later", c.say("李四", "查 #N1"), "「3月3日上午9点在村委会打疫苗」")
	got := c.say("李四", "查 #R1")
	has(t, "days later", got, "联系了电工，3月3日来修")
	lacks(t, "days later", got, "明天来修", "今天来修")
}
