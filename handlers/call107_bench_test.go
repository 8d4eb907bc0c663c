package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall107 (roundtrips/msg): a relative's word of a stay that
// begins in two days (her calls read, one commit of a call of its own),
// and a leader's unnamed answer to a 【老人问】 (the village's open
// questions and her calls as this process follows them, one commit); a
// leader's private words of an answer's shape offered as a report (the
// open questions followed since call109: no read).
func BenchmarkCall107(b *testing.B) {
	b.Run("kin stay ahead", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 24 * time.Hour)
			return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Chat: "青山村三组网格群", From: "金大海", Text: "我妈后天去我姐家住 过完年再回来 这段时间电话不用打了"},
				[]bot.Message{{ID: fmt.Sprintf("%d-b", i), At: day.Add(time.Hour), Chat: "青山村三组网格群", From: "金大海", Text: "我妈回来了"}}
		})
	})
	b.Run("老人问 answered unnamed", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 24 * time.Hour)
			q := fmt.Sprintf("今年过年有没有慰问品%d", i)
			before = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: "回访 王奶奶 已通 身体挺好 她问" + q}}
			return before, bot.Message{ID: fmt.Sprintf("%d-b", i), At: day.Add(time.Hour), Private: true, From: "李四", Text: "有的 腊月二十前送到家"}, nil
		})
	})
	b.Run("leader's private report offer", func(b *testing.B) {
		// words of an answer's shape (有的…) with no question waiting:
		// the open questions as this process follows them, the offer's
		// commit checking that copy (call109; words of no answer's shape
		// look at none: TestAnswerTakenBackOneRoundTrip)
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 24 * time.Hour)
			return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "李四", Text: fmt.Sprintf("有的 腊月二十前送%d份", i)}, nil
		})
	})
}
