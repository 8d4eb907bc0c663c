package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkRep101 counts round trips of rep101's paths: a leader's call
// words taking on a waiting alarm, a reporter's 「水来了，谢谢」 after
// 办结 (her 满意), and a split naming two waiting confirm-backs.
func BenchmarkRep101(b *testing.B) {
	wire := bot.Message{Chat: grid3, From: "周八", Text: "村口超市门口电线掉下来了，还在冒火花，大家别靠近"}
	pipe := []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 我家门口水管冻裂了，一滴水都没有"},
		{Chat: grid3, From: "李四", Text: "确认 #R1"}, {Chat: grid3, From: "李四", Text: "办结 #R1 王五把水管换好了"}}
	waiting := []bot.Message{{Chat: grid3, From: "张三", Text: "我们这边垃圾三天没人收了，都堆到路上了"},
		{Chat: grid3, From: "陈二", Text: "我家门口水管冻住了，一滴水都没有"}}
	rows := map[string]benchRow{
		"alarm_calls_now":   {[]bot.Message{wire}, bot.Message{Chat: grid3, From: "李四", Text: "电线的事我马上给供电所打电话"}},
		"water_came_thank":  {pipe, bot.Message{Chat: grid3, From: "陈二", Text: "水来了，谢谢王五"}},
		"split_two_waiting": {waiting, bot.Message{Chat: grid3, From: "李四", Text: "收到，垃圾我联系环卫站，水管让王五去看看"}},
	}
	benchSteps(b, []string{"alarm_calls_now", "water_came_thank", "split_two_waiting"}, rows)
}
