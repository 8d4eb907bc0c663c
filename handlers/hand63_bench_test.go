package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkWorkerHandsOver: each round 谢明 files an item in 一组, 刘建国
// gives it to 马红梅 (not measured); her 「我去不了 让何志强去吧」 is
// recorded as its 进展 with the 指派 offered to the leader (hand63). It
// is resolved after (not measured), out of the way of the next round's.
func BenchmarkWorkerHandsOver(b *testing.B) {
	const g1 = "青山村一组网格群"
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 25 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		m = bot.Message{ID: fmt.Sprintf("%d-over", i), At: day.Add(2 * time.Minute), Chat: g1, From: "马红梅", Text: "我去不了 让何志强去吧"}
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: g1, From: "谢明", Text: "上报 村口路灯不亮了"},
				{ID: fmt.Sprintf("%d-assign", i), At: day.Add(time.Minute), Chat: g1, From: "刘建国", Text: "指派 " + ref + " 马红梅"}},
			m,
			[]bot.Message{{ID: fmt.Sprintf("%d-done", i), At: m.At.Add(time.Minute), Chat: g1, From: "刘建国", Text: "办结 " + ref + " 已修好"},
				{ID: fmt.Sprintf("%d-close", i), At: m.At.Add(2 * time.Minute), Chat: g1, From: "谢明", Text: "满意 " + ref}}
	})
	wantLastEntry(b, st, n, "with 马红梅's 进展", func(e village.Entry) bool { return e.By == "马红梅" && e.Action == village.ActProgress })
}
