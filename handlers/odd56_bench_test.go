package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkDuplicateNeverMind: 「没事了」 to the duplicate question (the
// matter dropped: neither merged nor filed) is the taking of the question
// with its reply, one commit; with the report cache on and off.
func BenchmarkDuplicateNeverMind(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				id := func(s string) string { return fmt.Sprintf("%d-%s", i, s) }
				return []bot.Message{benchMsg(id("a"), grid, "张三", fmt.Sprintf("上报 %d号门口的路灯坏了", i+1), ""),
						benchMsg(id("b"), grid, "陈二", fmt.Sprintf("%d号门口路灯坏了", i+1), "")},
					[]bot.Message{benchMsg(id("c"), grid, "陈二", "没事了", "")}
			})
		})
	}
}
