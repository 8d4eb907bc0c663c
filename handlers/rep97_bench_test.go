package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkLeaderDay97 counts round trips of rep97's paths: a leader's
// hand-over naming two numbers (both filed, or one not yet), his 「确认」
// of a number not filed while a confirm-back waits, the worker's plain
// 「已经换好了」 kept and offered, his 「1」 to it, and a villager's
// private 「低保怎么办」 after his group item.
func BenchmarkLeaderDay97(b *testing.B) {
	lamp := bot.Message{Chat: grid3, From: "张三", Text: "上报 村口的路灯坏了好几天了"}
	ditch := bot.Message{Chat: grid3, From: "陈二", Text: "上报 我家门口的水沟堵了"}
	asked := bot.Message{Chat: grid3, From: "陈二", Text: "我家门口的水沟堵了，一下雨就漫到路上"}
	given := []bot.Message{lamp, {Chat: grid3, From: "李四", Text: "确认 #R1"}, {Chat: grid3, From: "李四", Text: "指派 #R1 王五"}}
	rows := map[string]benchRow{
		"handover_two":     {[]bot.Message{lamp, ditch}, bot.Message{Chat: grid3, From: "李四", Text: "R1 R2都收到了 明天让王五去看"}},
		"handover_one_new": {[]bot.Message{lamp, asked}, bot.Message{Chat: grid3, From: "李四", Text: "R1 R2都收到了 明天让王五去看"}},
		"confirm_waiting":  {[]bot.Message{lamp, asked}, bot.Message{Chat: grid3, From: "李四", Text: "确认 #R2"}},
		"done_offered":     {given, bot.Message{Chat: grid3, From: "王五", Text: "已经换好了"}},
		"done_yes":         {append(given[:3:3], bot.Message{Chat: grid3, From: "王五", Text: "已经换好了"}), bot.Message{Chat: grid3, From: "王五", Text: "1"}},
		"private_reask":    {[]bot.Message{{Chat: grid3, From: "张三", Text: "我想给我妈申请低保，怎么弄"}}, bot.Message{Private: true, From: "张三", Text: "低保怎么办"}},
	}
	benchSteps(b, []string{"handover_two", "handover_one_new", "confirm_waiting", "done_offered", "done_yes", "private_reask"}, rows)
}
