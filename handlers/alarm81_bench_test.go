package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkAlarm81 measures the words that name whom and where an
// unnamed medical alarm is of, told with or without an alarm word, and
// an unlisted reporter's place and phone (alarm81): one commit each.
func BenchmarkAlarm81(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
	}{
		{"named_after", "周八", "是张三家的老人 在村口", []string{"陈二:有人晕倒了 快来人"}},
		{"alarm_named", "周八", "是张三家的老人晕倒了 在村口", []string{"陈二:有人晕倒了 快来人"}},
		{"unlisted_answer", "刘大勇", "在村口小卖部后面 13812345678", []string{"刘大勇:后山着火了"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				for k, o := range c.open {
					from, text, _ := strings.Cut(o, ":")
					before = append(before, bot.Message{ID: fmt.Sprintf("%d-open%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: grid3, From: from, Text: text})
				}
				m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(3 * time.Minute), Chat: grid3, From: c.from, Text: c.text}
				next++
				ref := fmt.Sprintf("#R%d", next)
				t := day.Add(6 * time.Minute)
				after = append(after, bot.Message{ID: fmt.Sprintf("%d-take", i), At: t, Chat: grid3, From: "李四", Text: "确认 " + ref},
					bot.Message{ID: fmt.Sprintf("%d-done", i), At: t.Add(time.Hour), Chat: grid3, From: "李四", Text: "办结 " + ref + " 已处理"})
				return before, m, after
			})
		})
	}
}
