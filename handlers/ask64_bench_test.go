package handlers_test

import "testing"

// BenchmarkChatQuestionToTheBot: a plain question the reader takes for
// chat, said to the bot ("镇上第N个厂有没有招工的"), forwarded to the leader
// as any question nothing answers: the filing's one commit. Each run's
// earlier question is closed first, so none is asked again.
func BenchmarkChatQuestionToTheBot(b *testing.B) {
	benchForwardedQuestion(b, "@网格小助手\u2005镇上第%d个厂有没有招工的")
}
