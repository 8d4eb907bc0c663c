package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkCadreAlarm: an alarm whose person in trouble is the grid
// leader himself (陈桂兰's 「我家老头子…还没回来」: 刘建国), one reported
// by a worker (杨春花), one of a leader hurt himself (李四, left71) or told
// hurt by another (hurt73, alarm74, alarm75: by name, title, body part,
// after a pause; a worker caught in a machine; a question of it), and for
// comparison the same alarms of a villager
// (her son 刘洋; 田甜): filed in one commit each, asking around the cadre
// without a read more (lost68).
func BenchmarkCadreAlarm(b *testing.B) {
	for _, tc := range []struct{ name, chat, from, text, taker, ask string }{
		{"leader missing", grid1, "陈桂兰", "我家老头子早上出去放羊到现在还没回来 电话也打不通", "马红梅", ""},
		// left71: 网格长李四 hurt himself, 王五 asked instead
		{"leader hurt", grid3, "李四", "我从梯子上摔下来了 腿好像断了", "王五", ""},
		// hurt73: 张三 tells 网格长李四 is hurt, 王五 asked instead
		{"leader hurt, told by villager", grid3, "张三", "李四从梯子上摔下来了 腿好像断了", "王五", ""},
		// alarm74: 陈二 tells 网格长 (by title) is hurt, 王五 asked instead
		{"leader hurt, by title", grid3, "陈二", "网格长摔伤了 快来人", "王五", ""},
		// alarm75: by his body part, caught in a machine, by title after
		// a pause; and a neighbour's question of the leader's, answered
		// naming 王五 (askees), its alarm filed before, unmeasured
		{"leader's leg", grid3, "陈二", "李四的腿摔断了", "王五", ""},
		{"worker in a machine", grid3, "陈二", "王五的手被机器绞了", "李四", ""},
		{"leader, after a pause", grid3, "张三", "网格长 摔伤了", "王五", ""},
		{"asked of the leader's", grid3, "陈二", "李四的腿摔断了", "王五", "李四的腿没事吧"},
		// alarm76: a sudden illness, a bleeding that will not stop (their
		// first steps beside the 120)
		{"sudden illness", grid3, "张三", "我爸心绞痛犯了", "李四", ""},
		{"bleeding", grid3, "张三", "手被镰刀割了个大口子 流血不止", "李四", ""},
		{"son missing", grid1, "陈桂兰", "我家儿子早上出去放羊到现在还没回来 电话也打不通", "刘建国", ""},
		{"worker's alarm", grid2, "杨春花", "田卫东家房子塌了一角 有人被压了", "黄永红", ""},
		{"villager's alarm", grid2, "田甜", "田卫东家房子塌了一角 有人被压了", "黄永红", ""},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				ref := fmt.Sprintf("#R%d", i+1)
				m = bot.Message{ID: fmt.Sprintf("%d-alarm", i), At: day, Chat: tc.chat, From: tc.from, Text: tc.text}
				if tc.ask != "" {
					before = []bot.Message{m}
					m = bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Second), Chat: tc.chat, From: "赵六", Text: tc.ask}
				}
				return before, m, []bot.Message{{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: tc.chat, From: tc.taker, Text: "确认 " + ref},
					{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: tc.chat, From: tc.taker, Text: "办结 " + ref + " 人已找到、已救出"}}
			})
			wantLastEntry(b, st, n, "filed and taken on", func(e village.Entry) bool { return e.Action == village.ActAccept && e.By == tc.taker })
		})
	}
}
