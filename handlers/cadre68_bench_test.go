package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkBareCallQuestion: 刘建国's bare 「打120了吗」 on 谢明's fire is
// noted (callQuestioned), and 谢明's 「还没有」 to it urged (callAnswered),
// each measured on its own (cadre68).
func BenchmarkBareCallQuestion(b *testing.B) {
	for _, tc := range []struct {
		name  string
		asked bool // the answer is measured, the question before it
		entry func(village.Entry) bool
	}{
		{"question", false, func(e village.Entry) bool { return e.By == "刘建国" && e.Note == "问「打120了吗」" }},
		{"answer", true, func(e village.Entry) bool {
			return e.By == "谢明" && strings.HasPrefix(e.Note, "答「打120了吗」：还没有")
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				ref := fmt.Sprintf("#R%d", i+1)
				fire := bot.Message{ID: fmt.Sprintf("%d-fire", i), At: day, Chat: grid1, From: "谢明", Text: "快来人 刘洋家着火了"}
				ask := bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: grid1, From: "刘建国", Text: "打120了吗"}
				no := bot.Message{ID: fmt.Sprintf("%d-no", i), At: day.Add(2 * time.Minute), Chat: grid1, From: "谢明", Text: "还没有"}
				after = []bot.Message{{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: grid1, From: "刘建国", Text: "办结 " + ref + " 火已扑灭"},
					{ID: fmt.Sprintf("%d-close", i), At: day.Add(2 * time.Hour), Chat: grid1, From: "谢明", Text: "满意 " + ref}}
				if tc.asked {
					return []bot.Message{fire, ask}, no, after
				}
				return []bot.Message{fire}, ask, after
			})
			wantLastEntry(b, st, n, "with the question's step noted", tc.entry)
		})
	}
}

// BenchmarkPartyLeaderNoMediator: 谢明's quarrel of 刘洋家 (刘建国's son)
// with 郑十家, no mediator being no party: filed for 刘建国 with the
// township office told, in the filing's one commit (cadre68); "no party"
// is the same quarrel of 冯春生家, for comparison.
func BenchmarkPartyLeaderNoMediator(b *testing.B) {
	for _, tc := range []struct{ name, text string }{
		{"party leader", "上报 刘洋家和郑十家为宅基地边界吵起来了 说了好几次也不管"},
		{"no party", "上报 冯春生家和郑十家为宅基地边界吵起来了 说了好几次也不管"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				ref := fmt.Sprintf("#R%d", i+1)
				return nil, bot.Message{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid1, From: "谢明", Text: tc.text},
					[]bot.Message{{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: grid1, From: "刘建国", Text: "办结 " + ref + " 双方已签协议"},
						{ID: fmt.Sprintf("%d-close", i), At: day.Add(2 * time.Hour), Chat: grid1, From: "谢明", Text: "满意 " + ref}}
			})
			wantLastEntry(b, st, n, "filed", func(e village.Entry) bool { return e.Action == village.ActCreate && e.By == "谢明" })
		})
	}
}
