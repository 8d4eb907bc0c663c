package main

import (
	"fmt"

	"gridbot/bot"
	"gridbot/config"
)

// benchTranscript builds a synthetic mixed day of n messages spread over the
// grids: each story is a report and its whole lifecycle, with the chit-chat
// a village group really carries in between (which the bot must ignore).
// Per story of 10 messages: 3 chit-chat, 1 report, accept, progress,
// resolve, confirm, one status query and one help request.
func benchTranscript(grids []config.Grid, leaderOf func(grid string) string, n int) []bot.Message {
	var out []bot.Message
	for story := 0; len(out) < n; story++ {
		g := grids[story%len(grids)]
		leader := leaderOf(g.Name)
		ref := fmt.Sprintf("#R%d", story+1)
		id := func(step int) string { return fmt.Sprintf("bench-%d-%d", story, step) }
		msg := func(step int, from, text string) bot.Message {
			return bot.Message{ID: id(step), Chat: g.Group, From: from, Text: text}
		}
		out = append(out,
			msg(0, "张三", "大家早上好"),
			msg(1, "张三", fmt.Sprintf("上报 村口第%d根路灯不亮了", story)),
			msg(2, "陈二", "哈哈 收到"),
			msg(3, leader, "确认 "+ref),
			msg(4, leader, "进展 "+ref+" 已联系电工"),
			msg(5, "陈二", "今天天气不错"),
			msg(6, leader, "办结 "+ref+" 已换灯泡"),
			msg(7, "张三", "满意 "+ref),
			msg(8, "张三", "查 "+ref),
			msg(9, "陈二", "帮助"),
		)
	}
	return out[:n]
}
