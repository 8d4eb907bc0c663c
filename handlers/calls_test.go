package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestCallLogPhrasings: workers log calls the way they type them, glued
// or not; 回访 glued to ordinary speech in the group is not answered.
func TestCallLogPhrasings(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, step := range []struct {
		name, from, text string
		want             []string
	}{
		{"glued, reached", "王五", "回访王奶奶打通了，身体还行", []string{"已记录：王奶奶 已通"}},
		{"no answer", "王五", "回访 王奶奶 没人接", []string{"已记录：王奶奶 未接通（第 1 次）"}},
		{"switched off", "王五", "回访 王奶奶：关机", []string{"已记录：王奶奶 未接通（第 2 次）", "李四: 【请上门看看】王奶奶"}},
		{"no outcome", "王五", "回访 王奶奶", []string{"请这样记：回访 名字 已通/未接通/上门 情况"}},
		{"a name not in the roster", "王五", "回访 王爷爷 已通", []string{"名单里没有「王爷爷」，请核对名字。您负责打电话的有：王奶奶、石德贵、白凤兰。"}},
	} {
		expect(t, step.name, c.private(step.from, step.text), step.want...)
	}
	for _, text := range []string{"回访工作要做细", "回访王奶奶的事我知道了"} {
		if got := c.say("陈二", text); len(got) != 0 {
			t.Errorf("%q: replies %q, want silence", text, got)
		}
	}
	expect(t, "glued but addressed", c.say("陈二", "@网格小助手 回访工作要做细"), "请这样记：回访 名字")
}
