package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkApproveEachScore: 「同意 #C1 #C2 都给8分」, a score said to be
// each range item's (claim67): what a batch costs (BenchmarkApproveSeveral).
func BenchmarkApproveEachScore(b *testing.B) {
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				day := at.Add(time.Duration(i) * 32 * 24 * time.Hour)
				msg := func(k int, from, text string) bot.Message {
					return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: g3, From: from, Text: text}
				}
				setup = []bot.Message{msg(0, "陈二", "申请积分 今天扫雪 证明人 王五"), msg(1, "张三", "申请积分 参加义务劳动 证明人 王五")}
				return setup, []bot.Message{msg(2, "赵六", fmt.Sprintf("同意 #C%d #C%d 都给8分", 2*i+1, 2*i+2))}
			})
		})
	}
}
