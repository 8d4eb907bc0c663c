package handlers_test

import (
	"testing"

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
