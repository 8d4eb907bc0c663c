package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkRep112 counts round trips of rep112's paths on a started
// store: a worker's plain word that the leader's item is done (kept on
// it in the reply's commit), the leader's bare 办结 right after it, a
// quoted 确认 filing a villager's waiting matter, and the leader's first
// 待办 of a process with a worker away (cover_todo).
func BenchmarkRep112(b *testing.B) {
	way := []bot.Message{{Chat: grid3, From: "陈二", Text: "上报 过年儿子一家要回来 我家门口那段路坑坑洼洼的 下了雪更不好走"},
		{Chat: grid3, From: "李四", Text: "收到 这两天找人拉点石子垫一下"}}
	relayed := append(append([]bot.Message{}, way...), bot.Message{Chat: grid3, From: "王五", Text: "陈二家门口的路垫好了"})
	two := []bot.Message{{Chat: grid3, From: "张三", Text: "我家屋后那根电线杆有点歪了"},
		{Chat: grid3, From: "陈二", Text: "我家后面的沟被雪堵住了 化了的雪水流不走"}}
	warm := append([]bot.Message{{Chat: grid3, From: "陈二", Text: "上报 村口那段路结冰了 好滑"}, {Chat: grid3, From: "李四", Text: "确认 #R1"}}, two...)
	quoted := "「张三：我家屋后那根电线杆有点歪了」\n- - - - - - - - - - - - - - -\n确认"
	his := []bot.Message{{Chat: grid3, From: "张三", Text: "上报 我家门口水管冻裂了，水喷了一地"},
		{Chat: grid3, From: "李四", Text: "确认 #R1"}, {Chat: grid3, From: "李四", Text: "指派 #R1 王五"},
		{Chat: grid3, From: "王五", Text: "不好意思，我发烧住院了 要住到12月20号 手上的事办不了"}}
	rows := map[string]benchRow{
		"worker_says_done":     {way, bot.Message{Chat: grid3, From: "王五", Text: "陈二家门口的路垫好了"}},
		"bare_resolve_relayed": {relayed, bot.Message{Chat: grid3, From: "李四", Text: "办结"}},
		"quoted_confirm_files": {two, bot.Message{Chat: grid3, From: "李四", Text: quoted}},
		"quoted_confirm_warm":  {warm, bot.Message{Chat: grid3, From: "李四", Text: quoted}},
		"quoted_confirm_report": {[]bot.Message{{Chat: grid3, From: "张三", Text: "上报 村口那段路结冰了 好滑"}},
			bot.Message{Chat: grid3, From: "李四", Text: "「张三：上报 村口那段路结冰了 好滑」\n- - - - - - - - - - - - - - -\n确认"}},
		"slope_passable_thanks": {[]bot.Message{{Chat: grid3, From: "张三", Text: "村东头那段下坡路结冰了 早上好几个人骑电动车摔了"}, {Chat: grid3, From: "张三", Text: "1"},
			{Chat: grid3, From: "李四", Text: "收到 我叫人拉点炉渣撒一下"}}, bot.Message{Chat: grid3, From: "张三", Text: "撒了渣子好走多了 谢谢李四"}},
		"danger_of_the_slope": {[]bot.Message{{Chat: grid3, From: "张三", Text: "上报 村东头那段下坡路结冰了 早上好几个人骑电动车摔了"}},
			bot.Message{Chat: grid3, From: "陈二", Text: "东头那个坡确实滑 我早上也差点摔"}},
		"cover_todo": {his, bot.Message{Chat: grid3, From: "李四", Text: "待办"}},
	}
	benchStepsOn(b, []string{"worker_says_done", "bare_resolve_relayed", "quoted_confirm_files", "quoted_confirm_warm", "slope_passable_thanks", "danger_of_the_slope"}, rows, true, true)
	benchStepsOn(b, []string{"quoted_confirm_report", "cover_todo"}, rows, true, false)
}
