package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkProgressNeverMind: 「没事了」 to 「是 #R…的进展吗」 (nothing noted,
// nothing filed) is the taking of the question with its reply, one
// commit; with the report cache on and off.
func BenchmarkProgressNeverMind(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				id := func(s string) string { return fmt.Sprintf("%d-%s", i, s) }
				news := benchMsg(id("b"), grid, "王五", fmt.Sprintf("%d号王奶奶家屋顶瓦换了几块 还有点漏", i+1), "")
				return []bot.Message{benchMsg(id("a"), grid, "王五", fmt.Sprintf("代报 王奶奶 %d号屋顶漏雨", i+1), ""), news},
					[]bot.Message{benchMsg(id("c"), grid, "王五", "没事了", "")}
			})
		})
	}
}
