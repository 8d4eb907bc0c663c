package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkApproveSeveral: each round (a month apart, clear of the caps)
// 陈二, 张三 and 李四 file a claim each (not measured); 赵六's one
// 「同意 #C1 #C2 8分 #C3」 approves the three (decideMany, score66): with a
// cache it is the one commit (a single 同意 costs 1–2), without one the
// claims and the households' accounts are read ahead, one round trip
// each: 3, as one 同意 of one claim costs uncached.
func BenchmarkApproveSeveral(b *testing.B) {
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				day := at.Add(time.Duration(i) * 32 * 24 * time.Hour)
				msg := func(k int, from, text string) bot.Message {
					return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: g3, From: from, Text: text}
				}
				setup = []bot.Message{msg(0, "陈二", "申请积分 参加普法学习 证明人 王五"), msg(1, "张三", "申请积分 参加义务劳动 证明人 王五"),
					msg(2, "李四", "申请积分 昨晚参加治安巡防 证明人 王五")}
				return setup, []bot.Message{msg(3, "赵六", fmt.Sprintf("同意 #C%d #C%d 8分 #C%d", 3*i+1, 3*i+2, 3*i+3))}
			})
		})
	}
}
