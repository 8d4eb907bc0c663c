package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestNoGridAlarmHandedToLeader: an emergency of no grid (told privately
// by the admin) that the duty officer hands a grid leader (指派) is in the
// leader's 待办 and 我的待办: no grid's list holds it otherwise.
func TestNoGridAlarmHandedToLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.private("吴九", "后山着火了 快来人"), dutyChat+": 【突发事件】青山村 #R1")
	has(t, "handed", c.in(dutyChat, "孙七", "指派 #R1 李四"), "#R1 已指派给李四")
	has(t, "the grid's list", c.say("李四", "待办"), grid3+": 三组待办 1 件：\n#R1 已受理 后山着火了 快来人（李四")
	has(t, "his own list", c.private("李四", "我的待办"), "李四: 李四负责的待办 1 件：\n#R1 已受理 后山着火了 快来人")
	has(t, "the worker's own list", c.private("王五", "我的待办"), "王五: 王五负责的事项目前都办完了")
}
