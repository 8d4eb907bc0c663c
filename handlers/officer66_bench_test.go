package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkOfficerTakesInWords: each round 张三's report in 三组 is taken
// on and sent up by 李四 (not measured); 孙七's 「这个我找城建办联系一下」 in
// the office chat right after its 【网格上报】 is the township's 确认
// (officerTakesRecent, officer66). It is resolved and closed after (not
// measured).
func BenchmarkOfficerTakesInWords(b *testing.B) {
	st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		msg := func(id string, min time.Duration, chat, from, text string) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(min * time.Minute), Chat: chat, From: from, Text: text}
		}
		return []bot.Message{msg("file", 0, grid3, "张三", fmt.Sprintf("上报 三组第%d个下水道口堵了", i+1)),
				msg("take", 1, grid3, "李四", "确认 "+ref), msg("up", 2, grid3, "李四", "上报镇 "+ref+" 主管网堵了 村里没设备")},
			msg("words", 3, officeChat, "孙七", "这个我找城建办联系一下"),
			[]bot.Message{msg("done", 60, officeChat, "孙七", "办结 "+ref+" 城建办疏通了"), msg("close", 120, grid3, "张三", "满意 "+ref)}
	})
	wantLastEntry(b, st, n, "with 孙七's 确认", func(e village.Entry) bool {
		return e.By == "孙七" && e.Action == village.ActAccept && e.Note == "这个我找城建办联系一下"
	})
}
