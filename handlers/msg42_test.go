package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestBareHashAsksForTheNumber: 「查 #」 (a # and no number) guesses no
// item, even the one open item of its reporter: it says how to write a
// number and where his numbers are (我的事项 for a villager, 待办 for a
// cadre). A 「办结 #」 from the leader is not taken for the item either.
func TestBareHashAsksForTheNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	for _, text := range []string{"查 #", "查#", "查 # 。"} {
		got := c.say("张三", text)
		expect(t, text, got, grid3+": 请写上事项编号，例如：查 #R3。发「我的事项」可看您反映的事项和编号。")
		lacks(t, text, got, "内容：", "#R1")
	}
	expect(t, "leader's 查 #", c.say("李四", "查 #"), grid3+": 请写上事项编号，例如：查 #R3。发「待办」可看本网格事项的编号。")
	got := c.say("李四", "确认 # 马上去看")
	lacks(t, "leader's 确认 #", got, "已受理")
	has(t, "leader's 确认 #", got, "请写上事项编号，例如：确认 #R3。")
	c.firstStatus("new")
	// a number written right still works
	has(t, "查 #R1", c.say("张三", "查 #R1"), "内容：村口路灯不亮了")
}
