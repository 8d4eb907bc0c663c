package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestSeveralCallsOneCommit (rt67): a note of several elders in one
// message, in his own words or as a 回访, logs one call each in one round
// trip; the same message delivered again logs nothing twice (石德贵's miss
// counted once) and says nothing. One that files an item is logged with
// the rest all the same. Round trips: the calls of the two reached are
// read (no copy yet), then one commit (it was one a log: 5).
func TestSeveralCallsOneCommit(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		trips      int64
		want       []string
	}{
		{"own words", "王奶奶好 石德贵没接 白凤兰挺好", 3, []string{"王五: 已记录：王奶奶 已通", "王五: 已记录：石德贵 未接通（第 1 次）", "王五: 已记录：白凤兰 已通"}},
		{"回访", "回访 王奶奶 已通 石德贵 未接通 白凤兰 已通", 3, []string{"王五: 已记录：王奶奶 已通", "王五: 已记录：石德贵 未接通（第 1 次）", "王五: 已记录：白凤兰 已通"}},
		{"an item filed", "王奶奶好 石德贵没接 白凤兰身体还行 就是有点咳嗽", 0, []string{"王五: 已记录：王奶奶 已通", "王五: 已记录：石德贵 未接通（第 1 次）",
			"「有点咳嗽」已登记 #R1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.listed("王奶奶", "石德贵", "白凤兰")
			c.private("王五", "回访") // his list: what a process follows is read
			m := bot.Message{ID: "several", Private: true, From: "王五", Text: tc.text}
			trips, got := c.counted(m)
			has(t, tc.text, got, tc.want...)
			if tc.trips > 0 && trips != tc.trips {
				t.Errorf("%s: %d round trips, want %d", tc.text, trips, tc.trips)
			}
			_, again := c.counted(m)
			lacks(t, "delivered again", again, "已记录", "登记")
			for _, p := range []string{"王奶奶", "石德贵", "白凤兰"} {
				if calls := c.callsOf(p); len(calls) != 1 || calls[0].Outcome == "" {
					t.Errorf("%s: %s's calls %+v, want one logged", tc.text, p, calls)
				}
			}
			if calls := c.callsOf("石德贵"); len(calls) == 1 && calls[0].Misses != 1 {
				t.Errorf("%s: 石德贵's misses %d, want 1", tc.text, calls[0].Misses)
			}
		})
	}
}
