package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkRep103 counts round trips of rep103's paths, each in a fresh
// process: a worker's 「我这两天发烧住院了」 in his group with an item he
// handles, his leader's 「王五病了 这周他的事我先管着」 there, a merged
// villager named when the item is taken on, and the pool that smells
// asked as a duplicate.
func BenchmarkRep103(b *testing.B) {
	his := []bot.Message{{Chat: grid3, From: "张三", Text: "上报 我家门口水管冻裂了，水喷了一地"},
		{Chat: grid3, From: "李四", Text: "确认 #R1"}, {Chat: grid3, From: "李四", Text: "指派 #R1 王五"}}
	pool := bot.Message{Chat: grid3, From: "张三", Text: "村东头垃圾池满了好几天没人拉，都堆到路上了"}
	smells := bot.Message{Chat: grid3, From: "周八", Text: "垃圾池那边臭死了，快过年了谁来管管"}
	rows := map[string]benchRow{
		"worker_sick_in_group":  {his, bot.Message{Chat: grid3, From: "王五", Text: "不好意思，我这两天发烧住院了，手上的事办不了"}},
		"leader_takes_his_work": {his, bot.Message{Chat: grid3, From: "李四", Text: "王五病了 这周他的事我先管着"}},
		"accept_names_merged": {[]bot.Message{pool, smells, {Chat: grid3, From: "周八", Text: "是"}},
			bot.Message{Chat: grid3, From: "李四", Text: "确认 #R1"}},
		"pool_smells_again":   {[]bot.Message{pool}, smells},
		"worker_sick_private": {his, bot.Message{Private: true, From: "王五", Text: "不好意思，我这两天发烧住院了，手上的事办不了"}},
	}
	benchSteps(b, []string{"worker_sick_in_group", "leader_takes_his_work", "accept_names_merged", "pool_smells_again", "worker_sick_private"}, rows)
}
