package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestCallOnOthersListTellsHim: 马红梅 logs the call of 冯德才, on 何志强's
// list this morning: the call is closed under her name and 何志强 gets one
// private note that he need not phone. Her own elder 高秀英 tells nobody,
// nor does 徐玉珍 when no list holds her today (he was not to phone), nor
// a miss (his call stays on his list), nor 何志强 logging his own.
func TestCallOnOthersListTellsHim(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.listed("冯德才", "许凤英", "高秀英")
	got := c.in(grid1, "马红梅", "回访 冯德才 已通 身体挺好")
	has(t, "his elder", got, "已记录：冯德才 已通（马红梅", "何志强: 冯德才已经联系上了（马红梅：已通），这个回访电话不用再打了。")
	if calls := c.callsOf("冯德才"); len(calls) != 1 || calls[0].LoggedBy != "马红梅" || calls[0].Status != village.CallReached {
		t.Errorf("冯德才's calls %+v, want one reached by 马红梅", calls)
	}
	lacks(t, "his list", c.private("何志强", "回访"), "冯德才")

	for _, step := range []struct{ who, text string }{
		{"马红梅", "回访 高秀英 已通 身体挺好"}, // her own
		{"马红梅", "回访 徐玉珍 已通 挺好的"},  // no list holds her today
		{"马红梅", "回访 许凤英 未接通"},     // a miss: still his to try
		{"何志强", "回访 许凤英 已通 挺好"},   // his own
	} {
		got := c.in(grid1, step.who, step.text)
		has(t, step.text, got, "已记录")
		for _, line := range got {
			if len(line) > len("何志强:") && line[:len("何志强:")] == "何志强:" {
				t.Errorf("%s: 何志强 told: %q", step.text, line)
			}
		}
	}
}
