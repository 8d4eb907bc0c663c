package handlers_test

import (
	"testing"
)

// TestStrangerPointsSaysWhoHeIs: a WeChat name on no roster ("快乐每一天",
// a nickname of someone who may well be on it) asking for points or his
// score is told how to be known (我是 姓名 in his grid group) and who
// confirms it, not only to be registered as a newcomer; nothing is
// claimed for any household, while his report is filed as usual. Asking
// after it privately, he is told where he can.
func TestStrangerPointsSaysWhoHeIs(t *testing.T) {
	cfg, dir := exampleVillage(t)
	b := newPointsBot(t, cfg, dir)
	expect(t, "claim", b.say("快乐每一天", "申请积分 打扫了村口卫生"),
		g3+": 我还认不出您是花名册上的哪一位（群昵称和名单对不上），积分按户记，这条申请还没有登记。\n"+
			"请在本群发「我是 姓名」（写花名册上的名字，如：我是 张三），网格长李四确认后就认得您了，到时请再申请一次。家里还没登记进花名册的，请找网格员登记。")
	expect(t, "score", b.say("老张", "我的积分"),
		g3+": 我还认不出您是花名册上的哪一位（群昵称和名单对不上），积分按户记，还查不到您家的积分。\n"+
			"请在本群发「我是 姓名」（写花名册上的名字，如：我是 张三），网格长李四确认后就认得您了，到时再查。家里还没登记进花名册的，请找网格员登记。")
	expect(t, "score privately", b.privately("🌸梅子", "我的积分"),
		"🌸梅子: 我还认不出您是花名册上的哪一位（微信名和名单对不上），积分按户记，还查不到您家的积分。\n"+
			"请在您的网格群里发「我是 姓名」（写花名册上的名字，如：我是 张三），网格长确认后就认得您了，到时再查。家里还没登记进花名册的，请找网格员登记。")
	has(t, "a report is filed", b.say("快乐每一天", "上报 村口路灯不亮了"), "已登记 #R1")
	has(t, "nothing was claimed", b.say("张三", "申请积分 参加义务劳动"), "#C1")
	expect(t, "查 privately", b.privately("快乐每一天", "查 #R1"),
		"快乐每一天: 我还认不出您是花名册上的哪一位（微信名和名单对不上），私信里查不了。请在您的网格群里发「查 #R1」；在群里发「我是 姓名」（写花名册上的名字），网格长确认后私信里也能查。")
}
