package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// callsOf are the calls to person in 青山村, in the order they were logged.
func (c *chat) callsOf(person string) []village.Call {
	c.t.Helper()
	calls, err := c.st.Calls(c.t.Context(), village3, storage.CallsAll)
	if err != nil {
		c.t.Fatal(err)
	}
	var of []village.Call
	for _, k := range calls {
		if k.Person == person {
			of = append(of, k)
		}
	}
	return of
}

// TestCallSecondNoteKept: a second note about the same elder right after
// the first is never refused as 已经记过 when it says something else: a
// matter is its own call with its item; other well-words are added to the
// same call's note. The identical message (same id, or the same text
// retyped) still counts once.
func TestCallSecondNoteKept(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "logged", c.private("王五", "回访 王奶奶 已通 身体挺好"), "已记录：王奶奶 已通")
	got := c.private("王五", "回访 王奶奶 已通 还说屋顶漏雨")
	has(t, "a matter", got, "已记录：王奶奶 已通", "「屋顶漏雨」已登记 #R1")
	lacks(t, "not refused", got, "已经记过")
	m := bot.Message{ID: "again", Private: true, From: "王五", Text: "回访 王奶奶 已通 精神也还行"}
	got = c.send(m)
	has(t, "more well-words", got, "已补记到王奶奶 09:01 的回访（已通）：精神也还行。")
	lacks(t, "more well-words, not refused", got, "不重复记")
	if got := c.send(m); len(got) != 0 {
		t.Errorf("the same message id again: sent %q, want nothing", got)
	}
	has(t, "the same text", c.private("王五", "回访王奶奶已通，精神也还行。"), "已经记过（已通），这条不重复记")
	calls := c.callsOf("王奶奶")
	if len(calls) != 2 || calls[0].Note != "身体挺好；精神也还行" || calls[1].Note != "还说屋顶漏雨" || calls[1].Report != "R1" {
		t.Errorf("王奶奶's calls: %+v; want 身体挺好；精神也还行, then 还说屋顶漏雨 with R1", calls)
	}
	if reps := c.reports(); len(reps) != 1 {
		t.Errorf("reports = %d; want 1", len(reps))
	}
}

// TestCallNoteChasesApplication: an elder who tells on a call that her
// application has not come through (「她说高龄补贴交了材料两个月了还没批下
// 来」) is not given the how-to again: the worker hears the guide's 时限 and
// where to ask, her item waits for the leader's 确认 and the leader is asked
// to chase the office, as her own question in the group would. One who
// has not applied still gets the procedure to pass on.
func TestCallNoteChasesApplication(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 白凤兰 已通 她说高龄补贴交了材料两个月了还没批下来")
	has(t, "chase", got, "已记录：白凤兰 已通", "已登记 #R1", "【高龄补贴】时限：一般审批后次月起发放", "问进度：镇便民服务中心电话 0123-5550111",
		"网格长会向经办部门问问进度，问到后会告诉您，请您转告白凤兰",
		"李四: 【私信反映】白凤兰（王五代报）反映 #R1（办事咨询·催办）", "白凤兰已经申请过了，请向经办部门问问进度，私信我回复「确认 #R1」受理")
	lacks(t, "no how-to", got, "怎么办：", "带齐材料", "不用回「确认」")
	got = c.say("王五", "回访 石德贵 已通 他说残疾证申请了 什么时候能批下来")
	has(t, "chase in the group", got, "已登记 #R2（办事咨询·催办，待受理）", "@李四\u2005石德贵已经申请过了，请向经办部门问问进度，回复「确认 #R2」受理，问到后告诉王五。")
	lacks(t, "no how-to in the group", got, "怎么办：", "带齐材料")
	has(t, "not applied", c.private("王五", "回访 王奶奶 已通 她说要办高龄补贴"), "可以这样告诉王奶奶：", "【高龄补贴】怎么办：")
	for _, rep := range c.reports() {
		chase := rep.ID != "R3"
		if rep.AwaitsAnswer() != chase || rep.ProcedureAnswered() == chase {
			t.Errorf("%s %q: awaits %v, told %v; want the chase waiting for 确认, the how-to told", rep.ID, rep.Text, rep.AwaitsAnswer(), rep.ProcedureAnswered())
		}
	}
}
