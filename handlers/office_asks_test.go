package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestOfficerAsksOpenItemsUnaddressed: in the township's chat an
// officer's plain question about the open items of a village or grid
// ("青山村有几件没办完") is answered as 待办 of that place, without an
// @; his other talk about a place's items is not.
func TestOfficerAsksOpenItemsUnaddressed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	c.in("青山村一组网格群", "陈桂兰", "上报 水渠堵了")
	village3 := "青山村待办 2 件"
	for _, q := range []string{"青山村有几件没办完", "青山村还有几件没办完？", "青山村还有哪些没办完的", "青山村待办有几件", "青山村还有多少件没处理"} {
		has(t, q, c.in(officeChat, "孙七", q), village3, "青山村三组 待受理 村口的路灯", "青山村一组 待受理 水渠堵了")
	}
	for _, q := range []string{"三组还有几件没办完", "青山村三组有哪些没办完的"} {
		expect(t, q, c.in(officeChat, "孙七", q), officeChat+": 青山村三组待办 1 件：\n#R1 待受理 村口的路灯坏了好几天了")
	}
	// the township's 待办 is what went up: asked of the whole township,
	// he gets every village's count
	has(t, "the township", c.in(officeChat, "孙七", "全镇还有多少没办完"), "【情况】全镇", "未办结 2 件")
	has(t, "the admin", c.in(officeChat, "吴九", "青山村一组还有几件没办完"), "青山村一组待办 1 件")
	for _, talk := range []string{
		"青山村没办完的我明天去催一下",
		"明天开会说说青山村没办完的事",
		"你们青山村还有几件没办完",
		"青山村的路灯修好了吗",
		"青山村三组今天开会",
	} {
		silent(t, "office talk: "+talk, c.in(officeChat, "孙七", talk))
	}
	silent(t, "a villager in his group", c.say("张三", "三组还有几件没办完"))
}
