package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkTown112: an officer's 「各村铲雪情况怎么样」 with a snowed-up
// road open (new, town112), answered as the roads asked are.
func BenchmarkTown112(b *testing.B) {
	b.Run("snow_clearing_asked", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			before = []bot.Message{{ID: fmt.Sprintf("%d-snow", i), Chat: grid3, From: "王五", Text: "三组后山那条路被雪封了 车出不去"}}
			return before, bot.Message{ID: fmt.Sprintf("%d-ask", i), Chat: officeChat, From: "孙七", Text: "各村铲雪情况怎么样"}, nil
		})
	})
}
