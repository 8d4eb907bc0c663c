package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestFallenTreeIsAskedAbout: a tree fallen on a roof, told in the group,
// is asked about as a report (it was read as chat and left alone); a wire
// lying on the road after it is an emergency, alarmed at once.
func TestFallenTreeIsAskedAbout(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "tree on the roof", c.say("张三", "树倒了压在我家房顶上"),
		grid3+": @张三\u2005我理解为：一般事项·安全隐患——树倒了压在我家房顶上。回复「1」登记，「2」不用。")
	has(t, "wire on the road", c.say("陈二", "电线杆倒了 电线掉在路上"), "【突发事件】")
}
