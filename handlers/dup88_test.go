package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestOwnOtherThingAgainNotAsked: 张三's 「桥头的路灯又不亮了」 after his
// 「桥头的水渠堵了」 names another thing at one place; its 又 is said of
// the lamp. It was passed to the ditch's handlers as his news (the ditch
// 受理'd) and reopened the ditch (办结'd, waiting for his answer); it is a
// new item. His 「桥头的水渠还是堵着」 is still the ditch's news (town85).
func TestOwnOtherThingAgainNotAsked(t *testing.T) {
	g := "青山村三组网格群"
	for _, pre := range [][]string{{"确认 #R1"}, {"确认 #R1", "办结 #R1 已疏通"}} {
		c := newChat(t, understand.Rules{})
		has(t, "filed", c.in(g, "张三", "上报 桥头的水渠堵了"), "已登记 #R1")
		for _, cmd := range pre {
			c.in(g, "李四", cmd)
		}
		out := strings.Join(c.in(g, "张三", "桥头的路灯又不亮了"), "\n")
		if strings.Contains(out, "#R1") || !strings.Contains(out, "已登记 #R2") {
			t.Fatalf("after %q: taken as the ditch's: %q", pre, out)
		}
	}
	c := newChat(t, understand.Rules{})
	c.in(g, "张三", "上报 桥头的水渠堵了")
	c.in(g, "李四", "确认 #R1")
	has(t, "ditch news", c.in(g, "张三", "桥头的水渠还是堵着"), "#R1（桥头的水渠堵了）", "已转告负责人李四")
}
