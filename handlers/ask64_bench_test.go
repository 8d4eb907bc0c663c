package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkChatQuestionToTheBot: a plain question the reader takes for
// chat, said to the bot ("镇上第N个厂有没有招工的"), forwarded to the leader
// as any question nothing answers: the filing's one commit. Each run's
// earlier question is closed first, so none is asked again.
func BenchmarkChatQuestionToTheBot(b *testing.B) {
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				if i > 0 {
					setup = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: at, Chat: grid3, From: "李四", Text: fmt.Sprintf("驳回 #R%d 已当面答复", i)}}
				}
				return setup, []bot.Message{{ID: fmt.Sprintf("%d-b", i), At: at, Chat: grid3, From: "张三",
					Text: fmt.Sprintf("@网格小助手\u2005镇上第%d个厂有没有招工的", i+1)}}
			})
		})
	}
}
