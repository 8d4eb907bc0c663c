package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

const grid1 = "青山村一组网格群"

// TestLeaderPartySteps: a dispute naming one of the grid leader's own
// household (刘洋, 刘建国's son) goes to the mediator, who is asked to
// 确认; the reply says why in a clause; the leader's 确认 is answered
// with who mediates it, and the mediator's takes it on. The filing costs
// the round trips a dispute of others costs, which stays as today: the
// leader and the mediator, the leader's 确认 taking it on.
func TestLeaderPartySteps(t *testing.T) {
	c := newChat(t, understand.Rules{})
	n, got := c.counted(bot.Message{Chat: grid1, From: "谢明", Text: "刘洋家的狗天天晚上叫 吵得睡不着 说了好几次也不管"})
	has(t, "filed for the mediator", got, "已交郑十（刘洋是刘建国家里人，刘建国回避）调解", "@郑十", "请回复「确认 #R1」受理")
	for _, line := range got {
		if strings.Contains(line, "已交刘建国") || strings.Contains(line, "@刘建国") {
			t.Errorf("the party leader handles it: %q", line)
		}
	}
	has(t, "the leader's 确认", c.in(grid1, "刘建国", "确认 #R1"), "#R1 涉及您家，您回避，由郑十调解受理")
	has(t, "the mediator's 确认", c.in(grid1, "郑十", "确认 #R1"), "#R1 已受理，由郑十负责")

	o := newChat(t, understand.Rules{})
	m, got := o.counted(bot.Message{Chat: grid1, From: "谢明", Text: "冯德才家的狗天天晚上叫 吵得睡不着 说了好几次也不管"})
	has(t, "no party: as today", got, "已交刘建国、郑十调解，会尽快约双方当面谈", "@刘建国", "请回复「确认 #R1」受理")
	if m != n {
		t.Errorf("filing a party leader's dispute: %d round trips, want %d as another's", n, m)
	}
	has(t, "the leader's 确认 as today", o.in(grid1, "刘建国", "确认 #R1"), "#R1 已受理，由刘建国、郑十负责")
}
