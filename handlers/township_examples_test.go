package handlers_test

import (
	"strings"
	"testing"
)

// TestTownshipExamplesNameTheVillage: in the township office's chat of a
// township of several villages, each numbering its items from #R1, the
// replies that show how to write an item (a number in several villages,
// a command without a number, a 收到 that takes nothing over) write it
// with its village, by the villages' real names, never a bare #R1 or a
// village the township does not have.
func TestTownshipExamplesNameTheVillage(t *testing.T) {
	c := stoneBridge(t)
	const sq = "石桥村一组网格群"
	c.say("张三", "上报 村口路灯坏了")
	c.inSQ(sq, "石大山", "上报 桥栏杆断了")
	c.inSQ(sq, "石大山", "确认 #R1")
	post := strings.TrimPrefix(townshipPosts(c.inSQ(sq, "石大山", "上报镇 #R1 桥归交通部门管，村里修不了")), officeChat+": ")

	got := c.inSQ(officeChat, "孙七", "确认 #R1")
	has(t, "a number of two villages", got, "#R1 在青山村、石桥村都有，请写上村名再发一次，例如：确认 青山村 #R1")
	lacks(t, "a number of two villages", got, "查 青山村")

	got = c.inSQ(officeChat, "孙七", "办结")
	has(t, "no number", got, "请写上编号，例如：办结 石桥村 #R1", "石桥村 #R1 ")
	lacks(t, "no number", got, "办结 #R1", "\n#R1")

	got = c.inSQ(officeChat, "孙七", "「网格小助手："+post+"」\n- - - - - - - - - - - - - - -\n收到")
	has(t, "收到 quoting the post", got, "孙七，镇里要接手 石桥村 #R1，请引用后回「确认」，或发「确认 石桥村 #R1」；")
	lacks(t, "收到 quoting the post", got, "「确认 #R1」", "村名")

	got = c.inSQ(officeChat, "孙七", "R1 收到")
	has(t, "收到 of no village", got, "发「确认 村名 #R1」（村名写事项所在的村：青山村、石桥村）")
	lacks(t, "收到 of no village", got, "「确认 #R1」")
}
