package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// takenOver is a chat where 李四 sent #R1 up and 孙七 took it over in the
// office (镇里接手), 李四 helping.
func takenOver(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	has(t, "take over", c.office("确认 #R1"), "镇里已接手：由孙七负责协调，李四配合")
	return c
}

// TestTownPressOnItsOwnItem: 孙七's 「#R1 抓紧处理」 on the item he took
// over sent the grid leader, who only helps, 【镇里督办】: he is now told
// it is the township's own item, held by him, and nothing is sent or
// recorded; a question (「电工找了吗？」) still goes to the grid.
func TestTownPressOnItsOwnItem(t *testing.T) {
	c := takenOver(t)
	got := c.office("#R1 抓紧处理")
	expect(t, "press own", got, officeChat+": #R1 是镇里接手的，由您负责协调，李四配合，没有转给网格督办。"+
		"有进展回复「进展 #R1 情况」，办好回复「办结 #R1 结果」。要问网格情况，发「问网格 #R1 问题」。")
	if n := asks(c, 0); n != 0 {
		t.Errorf("a press on the township's own item left %d asks, want none", n)
	}
	got = c.office("#R1 电工找了吗？")
	has(t, "question", got, "李四: 【镇里问】青山村三组 #R1")
	if n := asks(c, 0); n != 1 {
		t.Errorf("the question left %d asks, want 1", n)
	}
}

// TestTownCardOfTakenOver: 查 of an item the township took over says whose
// it is (孙七 镇里接手, 李四 配合) and names the takeover step 镇里接手, not
// 受理, to the office and to the villager; the grid's own accept stays 受理.
func TestTownCardOfTakenOver(t *testing.T) {
	c := takenOver(t)
	want := []string{"负责人：孙七（镇里接手），李四配合", "孙七 镇里接手"}
	got := c.office("查 #R1")
	has(t, "office card", got, want...)
	lacks(t, "office card", got, "受理", "李四、孙七")
	got = c.say("张三", "查 #R1")
	has(t, "villager card", got, want...)
	lacks(t, "villager card", got, "受理", "李四、孙七")

	g := newChat(t, understand.Rules{})
	g.say("张三", "上报 村口路灯坏了好几天了")
	g.say("李四", "确认 #R1")
	got = g.say("张三", "查 #R1")
	has(t, "grid's own", got, "负责人：李四", "李四 受理")
	lacks(t, "grid's own", got, "镇里接手")
}
