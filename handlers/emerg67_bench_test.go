package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkCallNotCalledAnswer: each round 田甜 raises a fall in 二组 and
// 黄永红 takes it on asking 「打120了吗」 (not measured); her 「还没有」 is
// told to call 120 now, noted and relayed (callAnswered, emerg67). It is
// closed after (not measured).
func BenchmarkCallNotCalledAnswer(b *testing.B) {
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		return []bot.Message{{ID: fmt.Sprintf("%d-fall", i), At: day, Chat: grid2, From: "田甜", Text: emerg67Fall},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid2, From: "黄永红", Text: "我马上过去 打120了吗"}},
			bot.Message{ID: fmt.Sprintf("%d-no", i), At: day.Add(2 * time.Minute), Chat: grid2, From: "田甜", Text: "还没有"},
			[]bot.Message{{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: grid2, From: "黄永红", Text: "办结 " + ref + " 已送卫生院"},
				{ID: fmt.Sprintf("%d-close", i), At: day.Add(2 * time.Hour), Chat: grid2, From: "田甜", Text: "满意 " + ref}}
	})
	wantLastEntry(b, st, n, "with 田甜's answer noted", func(e village.Entry) bool {
		return e.By == "田甜" && strings.HasPrefix(e.Note, "答「打120了吗」：还没有")
	})
}

// BenchmarkOnTheWayAsking: 黄永红's 「我马上过去 打120了吗」 takes 田甜's
// fall on (alarmAcked with the question kept, emerg67).
func BenchmarkOnTheWayAsking(b *testing.B) {
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		return []bot.Message{{ID: fmt.Sprintf("%d-fall", i), At: day, Chat: grid2, From: "田甜", Text: emerg67Fall}},
			bot.Message{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid2, From: "黄永红", Text: "我马上过去 打120了吗"},
			[]bot.Message{{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: grid2, From: "黄永红", Text: "办结 " + ref + " 已送卫生院"},
				{ID: fmt.Sprintf("%d-close", i), At: day.Add(2 * time.Hour), Chat: grid2, From: "田甜", Text: "满意 " + ref}}
	})
	wantLastEntry(b, st, n, "taken on with his words", func(e village.Entry) bool {
		return e.By == "黄永红" && e.Action == village.ActAccept && e.Note == "我马上过去 打120了吗"
	})
}
