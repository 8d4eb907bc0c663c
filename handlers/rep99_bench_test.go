package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkRep99 counts round trips of rep99's paths: a worker's bare
// plan with two of the leader's items open (asked which), his number
// picking one (its 进展), a villager's 「我那件怎么还没人管」 (his item
// pressed), the leader's plain work words taking on the named new item,
// and a pick of an item whose 办结 offer waits.
func BenchmarkRep99(b *testing.B) {
	two := []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 村口的路灯坏了"}, {Chat: grid3, From: "李四", Text: "确认 #R1"},
		{Chat: grid3, From: "张三", Text: "上报 我家门口的水管爆了，水流了一地"}, {Chat: grid3, From: "李四", Text: "确认 #R2"}}
	plan := bot.Message{Chat: grid3, From: "王五", Text: "明天上午去修"}
	fresh := []bot.Message{{Chat: grid3, From: "张三", Text: "上报 村东头那段坡路结冰了"}, {Chat: grid3, From: "李四", Text: "确认 #R1"},
		{Chat: grid3, From: "张三", Text: "上报 村西垃圾池三四天没人拉了"}}
	offer := []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 村口的路灯坏了"}, {Chat: grid3, From: "李四", Text: "确认 #R1 王五去看看"},
		{Chat: grid3, From: "王五", Text: "路灯修好了"}, {Chat: grid3, From: "陈二", Text: "上报 村口的水管也漏水了"}, {Chat: grid3, From: "李四", Text: "确认 #R2"},
		{Chat: grid3, From: "王五", Text: "村口修好了"}}
	rows := map[string]benchRow{
		"bare_plan_which":    {two, plan},
		"bare_plan_picked":   {append(two[:4:4], plan), bot.Message{Chat: grid3, From: "王五", Text: "2"}},
		"own_matter_chase":   {fresh, bot.Message{Chat: grid3, From: "张三", Text: "我那件怎么还没人管"}},
		"leader_fresh_words": {fresh, bot.Message{Chat: grid3, From: "李四", Text: "垃圾的事我联系环卫站了，下午来拉"}},
		"pick_under_offer":   {offer, bot.Message{Chat: grid3, From: "王五", Text: "1"}},
	}
	benchSteps(b, []string{"bare_plan_which", "bare_plan_picked", "own_matter_chase", "leader_fresh_words", "pick_under_offer"}, rows)
}
