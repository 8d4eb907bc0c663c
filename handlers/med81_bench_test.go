package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed81: a quarrel settled on 300元, its reporter's 「300块一分没
// 给」 four days later (his 未解决, unpaid), and a mediator's 「两家我都约好
// 了 明天上午9点在村委会调解」 on the quarrel he took on (its 进展, meeting),
// and the other party's 「我不去 凭什么」 after it (his refusal, will_not_come).
// What comes before is filed unmeasured and the item closed after.
func BenchmarkMed81(b *testing.B) {
	for _, c := range []struct {
		name, from, text  string
		settled, arranged bool
		after             time.Duration
	}{
		{"unpaid", "陈二", "说好三天给钱 到现在300块一分没给 这调解有啥用", true, false, 4 * 24 * time.Hour},
		{"meeting", "李四", "两家我都约好了 明天上午9点在村委会调解 张三 陈二都来", false, false, 3 * time.Hour},
		{"will_not_come", "张三", "我不去 凭什么", false, true, 3 * time.Hour},
		// chat that says 我不去 with no meeting arranged
		{"chat_not_coming", "周八", "明天赶集我不去", false, false, 3 * time.Hour},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 10 * 24 * time.Hour)
				ref := fmt.Sprintf("#R%d", i+1)
				before = []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "陈二", Text: ditch},
					{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 " + ref}}
				if c.settled {
					before = append(before, bot.Message{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: grid3, From: "李四", Text: "办结 " + ref + " 双方达成协议 张三赔陈二300元"})
				}
				if c.arranged {
					before = append(before, bot.Message{ID: fmt.Sprintf("%d-meet", i), At: day.Add(time.Hour), Chat: grid3, From: "李四", Text: "两家我都约好了 明天上午9点在村委会调解"})
				}
				m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(c.after), Chat: grid3, From: c.from, Text: c.text}
				end := day.Add(c.after + time.Hour)
				after = []bot.Message{{ID: fmt.Sprintf("%d-end", i), At: end, Chat: grid3, From: "李四", Text: "办结 " + ref + " 钱已付清"},
					{ID: fmt.Sprintf("%d-close", i), At: end.Add(time.Minute), Chat: grid3, From: "陈二", Text: "满意 " + ref}}
				return before, m, after
			})
		})
	}
}
