package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkOneAnswerThreeOffers: 陈二's 「1」 to three confirm-backs: the
// three filed in one commit, one reply asking once (askedOnce, rep75).
func BenchmarkOneAnswerThreeOffers(b *testing.B) {
	benchRep74(b, grid3, false, 3, 3, village.StatusRejected,
		"陈二", "村口的路灯坏了，晚上黑乎乎的", "陈二", "还有水渠堵了 水漫到路上了", "陈二", "还有垃圾桶满了没人收", "陈二", "1",
		"李四", "驳回 %R0 测试", "李四", "驳回 %R1 测试", "李四", "驳回 %R2 测试")
}

// BenchmarkAckUnderQuestionOneMessage: each round a notice goes out and
// 陈二 files a matter asked back; his 「收到」 is measured: the notice's
// 收到 and the question's reminder said in one message (ackWhileAsked,
// rep75), then his 「2」.
func BenchmarkAckUnderQuestionOneMessage(b *testing.B) {
	benchAfterNotice(b, bot.Message{Chat: grid3, From: "陈二", Text: "村口的路灯坏了，晚上黑乎乎的"},
		bot.Message{Chat: grid3, From: "陈二", Text: "收到"}, bot.Message{Chat: grid3, From: "陈二", Text: "2"})
}
