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
	benchApproveBatch(b, [][2]string{{"陈二", "申请积分 参加普法学习 证明人 王五"}, {"张三", "申请积分 参加义务劳动 证明人 王五"},
		{"李四", "申请积分 昨晚参加治安巡防 证明人 王五"}},
		func(c []int) string { return fmt.Sprintf("同意 #C%d #C%d 8分 #C%d", c[0], c[1], c[2]) })
}

// benchApproveBatch measures 赵六's one message deciding the claims filed
// (by, text) in 三组 each round, a month apart; decide writes that message
// from the claims' numbers; asks are what 赵六 says before it, not
// measured (「都同意」). With and without the reports cache.
func benchApproveBatch(b *testing.B, claims [][2]string, decide func(numbers []int) string, asks ...string) {
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				day := at.Add(time.Duration(i) * 32 * 24 * time.Hour)
				msg := func(k int, from, text string) bot.Message {
					return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: g3, From: from, Text: text}
				}
				numbers := make([]int, len(claims))
				for k, c := range claims {
					setup = append(setup, msg(k, c[0], c[1]))
					numbers[k] = len(claims)*i + k + 1
				}
				for k, text := range asks {
					setup = append(setup, msg(len(claims)+k, "赵六", text))
				}
				return setup, []bot.Message{msg(len(claims)+len(asks), "赵六", decide(numbers))}
			})
		})
	}
}
