package handlers_test

import (
	"testing"
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
