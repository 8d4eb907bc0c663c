package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestTownHolderInGridLists: once the township took an item over, the
// grid's 待办 and 情况 (the evening digest's body) name its holder and the
// grid helping (「镇里孙七接手，李四配合」), not every handler alike.
func TestTownHolderInGridLists(t *testing.T) {
	c := takenOver(t)
	want := "#R1 已上报镇 村口路灯坏了好几天了（镇里孙七接手，李四配合）"
	got := c.say("李四", "待办")
	has(t, "待办", got, want)
	lacks(t, "待办", got, "李四、孙七")
	got = c.say("李四", "情况")
	has(t, "情况", got, want)
	lacks(t, "情况", got, "李四、孙七")
}

// TestOrderMootAfterTakeover: 孙七 pressed 李四 (镇里督办) while the grid
// held #R1; the grid then sent it up and 孙七 took it over. The order no
// longer waits for the grid's answer: nothing the 早报 and the reminder
// would chase. A question asked before the takeover still waits.
func TestOrderMootAfterTakeover(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("李四", "确认 #R1")
	has(t, "pressed", c.office("#R1 抓紧处理"), "李四: 【镇里督办】青山村三组 #R1")
	c.say("李四", "上报镇 #R1 村里没有电工")
	has(t, "take over", c.office("确认 #R1"), "镇里已接手：由孙七负责协调，李四配合")
	rep := c.reports()[0]
	if ask, ok := rep.OpenAsk(); ok {
		t.Errorf("after the takeover the order %+v still waits", ask)
	}

	q := newChat(t, understand.Rules{})
	q.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	has(t, "asked", q.office("#R1 电工联系上了吗"), "李四: 【镇里问】青山村三组 #R1")
	q.office("确认 #R1")
	rep = q.reports()[0]
	if _, ok := rep.OpenAsk(); !ok {
		t.Errorf("after the takeover the question no longer waits")
	}
}

// TestEndedTownCard: 查 of an item the township took over and resolved
// says the township handled it (镇里办理), not that it is taking it over.
func TestEndedTownCard(t *testing.T) {
	c := takenOver(t)
	c.office("办结 #R1 供电所换了新线路")
	got := c.office("查 #R1")
	has(t, "resolved", got, "负责人：孙七（镇里办理），李四配合")
	c.say("张三", "满意")
	got = c.say("张三", "查 #R1")
	has(t, "closed", got, "负责人：孙七（镇里办理），李四配合")
	lacks(t, "closed", got, "镇里接手）")
}

// TestReopenedTownCardNoPress: reopened (未解决) after the township
// resolved it, the item is still the township's: its card does not tell
// the officer to press the grid leader (抓紧处理), who only helps.
func TestReopenedTownCardNoPress(t *testing.T) {
	c := takenOver(t)
	c.office("办结 #R1 供电所换了新线路")
	c.say("张三", "未解决 #R1 还是不亮")
	got := c.office("查 #R1")
	has(t, "reopened", got, "负责人：孙七（镇里接手），李四配合")
	lacks(t, "reopened", got, "抓紧处理", "督促网格长")
}

// TestReopenGoesToTownHolder: 未解决 after the township's 办结 sends the
// item back to the officer who holds it (镇里孙七继续处理), the grid asked
// to help, not 「@李四 请继续处理」.
func TestReopenGoesToTownHolder(t *testing.T) {
	c := takenOver(t)
	c.office("办结 #R1 供电所换了新线路")
	got := c.say("张三", "未解决 #R1 还是不亮")
	has(t, "reopen", got, "镇里孙七继续处理，@李四", "请配合，办好后会在群里告诉大家。")
	lacks(t, "reopen", got, "@李四 请继续处理")
}
