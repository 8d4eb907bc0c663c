package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkTroubleAsked (town106): 「今天出啥事没」 in the office chat,
// the day's emergencies and what waits on the township.
func BenchmarkTroubleAsked(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: fmt.Sprintf("上报 三组第%d个下水道口冻住了", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: "今天出啥事没"}, nil
	})
}

// BenchmarkAlarmAskAnsweredPrivately (town106): the leader's plain private
// news of an alarm the office asked after, its answer (both chats).
func BenchmarkAlarmAskAnsweredPrivately(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return []bot.Message{
				{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "王五", Text: fmt.Sprintf("上报 三组第%d家老人在门口滑倒了 腿疼", i+1)},
				{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: officeChat, From: "孙七", Text: fmt.Sprintf("R%d 老人现在怎么样了", i+1)}},
			bot.Message{ID: fmt.Sprintf("%d-answer", i), At: day.Add(2 * time.Minute), Private: true, From: "李四", Text: "已经送到县医院了，小腿骨折"}, nil
	})
}
