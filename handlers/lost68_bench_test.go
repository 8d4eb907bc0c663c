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
// by a worker (杨春花), one of a leader hurt himself (李四, left71), and for comparison the same alarms of a villager
// (her son 刘洋; 田甜): filed in one commit each, asking around the cadre
// without a read more (lost68).
func BenchmarkCadreAlarm(b *testing.B) {
	for _, tc := range []struct{ name, chat, from, text, taker string }{
		{"leader missing", grid1, "陈桂兰", "我家老头子早上出去放羊到现在还没回来 电话也打不通", "马红梅"},
		// left71: 网格长李四 hurt himself, 王五 asked instead
		{"leader hurt", grid3, "李四", "我从梯子上摔下来了 腿好像断了", "王五"},
		// hurt73: 张三 tells 网格长李四 is hurt, 王五 asked instead
		{"leader hurt, told by villager", grid3, "张三", "李四从梯子上摔下来了 腿好像断了", "王五"},
		// alarm74: 陈二 tells 网格长 (by title) is hurt, 王五 asked instead
		{"leader hurt, by title", grid3, "陈二", "网格长摔伤了 快来人", "王五"},
		{"son missing", grid1, "陈桂兰", "我家儿子早上出去放羊到现在还没回来 电话也打不通", "刘建国"},
		{"worker's alarm", grid2, "杨春花", "田卫东家房子塌了一角 有人被压了", "黄永红"},
		{"villager's alarm", grid2, "田甜", "田卫东家房子塌了一角 有人被压了", "黄永红"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				ref := fmt.Sprintf("#R%d", i+1)
				return nil, bot.Message{ID: fmt.Sprintf("%d-alarm", i), At: day, Chat: tc.chat, From: tc.from, Text: tc.text},
					[]bot.Message{{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: tc.chat, From: tc.taker, Text: "确认 " + ref},
						{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: tc.chat, From: tc.taker, Text: "办结 " + ref + " 人已找到、已救出"}}
			})
			wantLastEntry(b, st, n, "filed and taken on", func(e village.Entry) bool { return e.Action == village.ActAccept && e.By == tc.taker })
		})
	}
}
