package handlers_test

import "testing"

// A worker asking again about the item he filed for an elder is not told
// to ask a grid worker that is himself ("或问网格员王五").
func TestAskedAgainNamesNotTheAsker(t *testing.T) {
	c := warmCalls(t)
	has(t, "logged", c.private("王五", "白凤兰打过了 她说要办高龄补贴"), "已记录：白凤兰 已通", "#R1")
	got := c.private("王五", "白凤兰那个高龄补贴满了几岁能领 她是79岁")
	has(t, "asked again", got, "就 #R1")
	lacks(t, "asked again", got, "网格员王五")
}
