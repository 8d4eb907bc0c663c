package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkOfficerTakesTaken: each round 张三's report in 三组 is sent up
// and taken by 孙七's 「我来跟」 (not measured); 钱八's taking words are
// measured: the office's 「我来跟」 and 「R1我来跟」 (he hears 孙七 has it,
// nothing changes), and 孙七's own 「这个我来跟」 to the bot privately on a
// fresh item (taken on, as in the office). Closed after (not measured).
func BenchmarkOfficerTakesTaken(b *testing.B) {
	for _, tc := range []struct {
		name     string
		taken    bool
		chat     string
		from     string
		text     func(ref string) string
		matchOne func(e village.Entry) bool
	}{
		{"office unnumbered", true, officeChat, "钱八", func(string) string { return "我来跟" }, nil},
		{"office numbered", true, officeChat, "钱八", func(ref string) string { return ref[1:] + "我来跟" }, nil},
		{"private unnumbered", false, "", "孙七", func(string) string { return "这个我来跟" },
			func(e village.Entry) bool {
				return e.By == "孙七" && e.Action == village.ActAccept && e.Note == "这个我来跟"
			}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEachAmong(b, officer68People, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				ref := fmt.Sprintf("#R%d", i+1)
				msg := func(id string, min time.Duration, chat, from, text string) bot.Message {
					return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(min * time.Minute), Chat: chat, From: from, Text: text, Private: chat == ""}
				}
				before = []bot.Message{msg("file", 0, grid3, "张三", fmt.Sprintf("上报 三组第%d个下水道口堵了", i+1)),
					msg("take", 1, grid3, "李四", "确认 "+ref), msg("up", 2, grid3, "李四", "上报镇 "+ref+" 主管网堵了 村里没设备")}
				if tc.taken {
					before = append(before, msg("sun", 3, officeChat, "孙七", "我来跟"))
				}
				return before, msg("words", 4, tc.chat, tc.from, tc.text(ref)),
					[]bot.Message{msg("done", 60, officeChat, "孙七", "办结 "+ref+" 城建办疏通了"), msg("close", 120, grid3, "张三", "满意 "+ref)}
			})
			if tc.matchOne != nil {
				wantLastEntry(b, st, n, "with 孙七's 确认", tc.matchOne)
			} else {
				wantLastEntry(b, st, n, "not 钱八's", func(e village.Entry) bool { return e.By == "孙七" && e.Action == village.ActAccept })
			}
		})
	}
}
