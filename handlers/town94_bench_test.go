package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkRefusalsJoined (town94): an officer's 「#Ra #Rb 抓紧处理」 on
// two items the township took over, refused alike and said in one
// paragraph. Filed, sent up and taken on before, ended after, unmeasured.
func BenchmarkRefusalsJoined(b *testing.B) { benchRefusals(b, grid3, "陈二", "李四") }

// benchRefusals measures the office's 「#Ra #Rb 抓紧处理」 on two items
// the township took over: 三组's and one filed in chat2 by reporter,
// sent up by its leader.
func benchRefusals(b *testing.B, chat2, reporter, leader string) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		a, c := fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)
		msg := func(id string, min int, chat, from, text string) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(time.Duration(min) * time.Minute), Chat: chat, From: from, Text: text}
		}
		before = []bot.Message{msg("file1", 0, grid3, "张三", "上报 三组水渠堵了，水漫到路上了"),
			msg("file2", 1, chat2, reporter, "上报 桥边的护栏断了"),
			msg("up1", 2, grid3, "李四", "上报镇 "+a+" 需要挖机"),
			msg("up2", 3, chat2, leader, "上报镇 "+c+" 需要焊工"),
			msg("take", 4, officeChat, "孙七", "确认 "+a+" "+c)}
		m = msg("press", 30, officeChat, "孙七", a+" "+c+" 抓紧处理")
		after = []bot.Message{msg("done", 60, officeChat, "孙七", "办结 "+a+" "+c+" 修好了"),
			msg("yes1", 61, grid3, "张三", "满意 "+a), msg("yes2", 62, chat2, reporter, "满意 "+c)}
		return before, m, after
	})
}

// BenchmarkBareNumberNoItem (town94): a cadre's 「今天R9001加好了」 with no
// such item: read for the item, then left unread.
func BenchmarkBareNumberNoItem(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		return nil, bot.Message{ID: fmt.Sprintf("%d-r22", i), At: day, Chat: grid3, From: "李四", Text: fmt.Sprintf("今天R%d加好了", 9001+i)}, nil
	})
}
