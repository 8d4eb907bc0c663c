package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkRep100 counts round trips of rep100's paths: a leader's split
// of two new items in words, of a new item and a villager's waiting
// confirm-back, his work words naming a waiting confirm-back, a 指派 of
// a new item (its reporter told), and his done words naming one of two.
func BenchmarkRep100(b *testing.B) {
	slope := bot.Message{Chat: grid3, From: "张三", Text: "上报 村口那个坡路结冰了，早上好几个人滑倒了"}
	split := bot.Message{Chat: grid3, From: "李四", Text: "收到，坡路我马上叫人去撒盐，水管让王五去看看"}
	two := []bot.Message{slope, {Chat: grid3, From: "陈二", Text: "上报 我家门口水管冻住了，一滴水都没有"}}
	waiting := []bot.Message{slope, {Chat: grid3, From: "陈二", Text: "我家门口水管冻住了，一滴水都没有"}}
	rows := map[string]benchRow{
		"split_fresh":   {two, split},
		"split_waiting": {waiting, split},
		"work_words_confirm_back": {[]bot.Message{{Chat: grid3, From: "张三", Text: "我们这边垃圾三天没人收了，都堆到路上了"}},
			bot.Message{Chat: grid3, From: "李四", Text: "垃圾的事我联系环卫站了，下午来拉"}},
		"assign_new_told": {two[1:], bot.Message{Chat: grid3, From: "李四", Text: "指派 #R1 王五"}},
		"done_named_one":  {append(two[:2:2], split), bot.Message{Chat: grid3, From: "李四", Text: "坡上盐撒好了"}},
	}
	benchSteps(b, []string{"split_fresh", "split_waiting", "work_words_confirm_back", "assign_new_told", "done_named_one"}, rows)
}
