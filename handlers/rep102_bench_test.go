package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkRep102 counts round trips of rep102's paths, each in a fresh
// process: a split naming two waiting confirm-backs (one commit), a
// leader's call words taking on a new item, his words naming a new item
// beside the one he handles, and a second villager's words of the same
// rubbish pool asked as a duplicate.
func BenchmarkRep102(b *testing.B) {
	waiting := []bot.Message{{Chat: grid3, From: "张三", Text: "我们这边垃圾三天没人收了，都堆到路上了"},
		{Chat: grid3, From: "陈二", Text: "我家门口水管冻住了，一滴水都没有"}}
	pipe := bot.Message{Chat: grid3, From: "张三", Text: "上报 我家门口水管冻裂了，水喷了一地"}
	rows := map[string]benchRow{
		"split_two_waiting_fresh": {waiting, bot.Message{Chat: grid3, From: "李四", Text: "收到，垃圾我联系环卫站，水管让王五去看看"}},
		"new_item_calls_now":      {[]bot.Message{pipe}, bot.Message{Chat: grid3, From: "李四", Text: "水管的事我马上给自来水公司打电话"}},
		"new_named_beside_his": {[]bot.Message{pipe, {Chat: grid3, From: "李四", Text: "确认 #R1"},
			{Chat: grid3, From: "陈二", Text: "我们这边路灯坏了好几天了，晚上黑乎乎的"}}, bot.Message{Chat: grid3, From: "李四", Text: "路灯我已经报修了"}},
		"pool_told_again": {[]bot.Message{{Chat: grid3, From: "张三", Text: "村东头垃圾池满了好几天没人拉，都堆到路上了，过年前得清一清"}},
			bot.Message{Chat: grid3, From: "周八", Text: "垃圾池那边垃圾堆成山了，快过年了谁来管管"}},
	}
	benchSteps(b, []string{"split_two_waiting_fresh", "new_item_calls_now", "new_named_beside_his", "pool_told_again"}, rows)
}
