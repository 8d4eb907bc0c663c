package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestChaseOfHisProcedureItem: 「我上次交了材料怎么还没信儿」 a day after his
// 低保 question was a further question "not in the guide"; he applied and
// presses. His item is chased: its leader sees how it stands, the 时限 and
// the office's phone, and is asked to chase the office (with 「确认」 while
// nobody has taken it on); one round trip, no second item.
func TestChaseOfHisProcedureItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "低保怎么申请")
	c.now = c.now.Add(26 * time.Hour)
	got := c.costs(t, 1, "chase", bot.Message{Chat: grid3, From: "张三", Text: "我上次交了材料怎么还没信儿"})
	has(t, "chase", got, "张三就 #R1（低保怎么申请）催办：我上次交了材料怎么还没信儿", "#R1 现在「已告知流程」。【低保】办到哪一步了要问经办部门。",
		"时限：一般受理后30个工作日内办结", "问进度：镇便民服务中心电话", "请负责人帮张三向经办部门问问进度，回复「确认 #R1」受理")
	lacks(t, "chase: no guide", got, "办事指南里没有写", "又问", "带齐材料")
	if reps := c.reports(); len(reps) != 1 || reps[0].DueAt.IsZero() {
		t.Fatalf("reports = %+v; want #R1 alone, waiting for 确认", reps)
	}
	c.say("李四", "确认 #R1")
	got = c.say("张三", "材料交了一个月了还没信儿")
	has(t, "taken on", got, "#R1 现在「已受理」", "请负责人帮张三向经办部门问问进度，问到后在群里告诉张三。")
	lacks(t, "taken on: no 确认", got, "回复「确认")
	has(t, "private", c.private("张三", "低保材料交了一个月了 怎么还没批"), "#R")
	c.wantReports(2, "the group item chased, a private chase of its own")
	// a further question is still one
	has(t, "further", c.say("张三", "要带啥"), "又问：要带啥", "带齐材料")
}
