package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkRep111 counts round trips of rep111's paths on a started
// store (every process's start copies what waits): the leader's first
// 待办 of a process with a worker away (cover_todo: the grid's 我是 claims
// decided absent on the start copy, checked by the reply's commit, as
// the sender's own questions are), a bare 确认 asking which of two
// confirm-backs, a quoted 确认 filing one, and a worker's bare 确认 filing
// one for the leader.
func BenchmarkRep111(b *testing.B) {
	his := []bot.Message{{Chat: grid3, From: "张三", Text: "上报 我家门口水管冻裂了，水喷了一地"},
		{Chat: grid3, From: "李四", Text: "确认 #R1"}, {Chat: grid3, From: "李四", Text: "指派 #R1 王五"},
		{Chat: grid3, From: "王五", Text: "不好意思，我发烧住院了 要住到12月20号 手上的事办不了"}}
	two := []bot.Message{{Chat: grid3, From: "张三", Text: "我家屋后那根电线杆有点歪了"},
		{Chat: grid3, From: "陈二", Text: "我家后面的沟被雪堵住了 化了的雪水流不走"}}
	warm := append([]bot.Message{{Chat: grid3, From: "陈二", Text: "上报 村口那段路结冰了 好滑"}, {Chat: grid3, From: "李四", Text: "确认 #R1"}}, two...)
	quoted := "「张三：我家屋后那根电线杆有点歪了」\n- - - - - - - - - - - - - - -\n确认"
	rows := map[string]benchRow{
		"cover_todo":           {his, bot.Message{Chat: grid3, From: "李四", Text: "待办"}},
		"bare_confirm_which":   {two, bot.Message{Chat: grid3, From: "李四", Text: "确认"}},
		"quoted_confirm_files": {two, bot.Message{Chat: grid3, From: "李四", Text: quoted}},
		"quoted_confirm_warm":  {warm, bot.Message{Chat: grid3, From: "李四", Text: quoted}},
		"worker_confirm_files": {two[:1], bot.Message{Chat: grid3, From: "王五", Text: "确认"}},
	}
	benchStepsOn(b, []string{"cover_todo"}, rows, true, false)
	benchStepsOn(b, []string{"bare_confirm_which", "quoted_confirm_files", "quoted_confirm_warm", "worker_confirm_files"}, rows, true, true)
}
