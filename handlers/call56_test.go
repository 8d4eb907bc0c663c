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
