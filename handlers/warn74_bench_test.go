package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkRuleStated: a rule stated to the group (「不准往河里倒垃圾 发现
// 一次扣5分」) by the grid leader or a villager is read as a notice and
// left to the group: nothing is asked, stored or filed (it was a
// confirm-back, one commit, before warn74).
func BenchmarkRuleStated(b *testing.B) {
	for _, from := range []string{"李四", "陈二"} {
		b.Run(from, func(b *testing.B) {
			r, st := benchRouter(b, true)
			n := benchOneOfEachOn(b, r, st, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
				return nil, bot.Message{ID: fmt.Sprintf("%d-rule", i), At: at.Add(time.Duration(i) * 49 * time.Hour), Chat: grid3, From: from,
					Text: "不准往河里倒垃圾 发现一次扣5分"}, nil
			})
			if reps, err := st.Reports(context.Background(), village3); err != nil || len(reps) != 0 {
				b.Fatalf("%d rules stated left %d reports (%v), want none", n, len(reps), err)
			}
		})
	}
}
