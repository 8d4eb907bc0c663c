package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestCallReportNamesStatus: when what an elder said on a call is
// registered, the worker who logged it hears the item's number and where
// it stands (cover49).
func TestCallReportNamesStatus(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 王奶奶 已通 她说家门口路灯坏了好几天了")
	has(t, "the worker", got, "王五: 已记录：王奶奶 已通", "已登记 #R1（待受理），网格长会跟进")
}

// TestAssentAcksFreshNotice: a villager's bare "好的" in the group soon
// after a notice counts as his household's 收到, as it does quoting the
// notice; hours later it answers someone else and counts nothing
// (cover49).
func TestAssentAcksFreshNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.office("通知 青山村 下周一上午9点在村委会体检，请带身份证")
	lacks(t, "好的 in the group", c.say("张三", "好的"), "我是网格小助手")
	has(t, "counted", c.office("查 #N1"), "青山村三组：已收到 1/")
	c.now = c.now.Add(5 * time.Hour)
	c.say("陈二", "好的")
	has(t, "hours later", c.office("查 #N1"), "青山村三组：已收到 1/")
	c.say("陈二", "收到")
	has(t, "收到 still counts", c.office("查 #N1"), "青山村三组：已收到 2/")
}

// TestSelfNamedCommands: a cadre who signs his command with his own name
// before it ("李四 查 #R1", "王五 待办") gets the command, not a reading
// of his words as a report or the help text (cover49).
func TestSelfNamedCommands(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	has(t, "李四 查", c.private("李四", "李四 查 #R1"), "李四: #R1")
	lacks(t, "李四 查", c.private("李四", "李四：查 #R1"), "我理解为", "回复「1」登记")
	has(t, "王五 待办", c.private("王五", "王五 待办"), "待办 1 件")
	has(t, "李四 确认", c.private("李四", "李四 确认 #R1"), "#R1 已受理")
	has(t, "a villager's name is his", c.private("张三", "张三 查 #R1"), "张三: ")
}
