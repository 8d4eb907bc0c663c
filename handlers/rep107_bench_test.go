package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkNotes107: with 李四 away, 王五's 进展 of a private item told to
// 王五's cover in his place (no read added: the absences are the
// process's copies); a question of the ice
// beside an open wire alarm (no alarm's question); a leader's plain
// 「…换了一截新的 … 好了」 (the 办结 offer).
func BenchmarkNotes107(b *testing.B) {
	run := func(b *testing.B, setup func(i int, day time.Time) []bot.Message, measured func(i int, day time.Time) bot.Message) {
		benchEachFresh(b, 3*time.Hour, setup, measured)
	}
	ice := func(i int, day time.Time) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-ice", i), At: day, Chat: grid3, From: "陈二", Text: "村口那段路结冰了 早上好几个人骑车摔了"}
	}
	b.Run("private_progress_to_cover", func(b *testing.B) {
		run(b, func(i int, day time.Time) []bot.Message {
			return []bot.Message{{ID: fmt.Sprintf("%d-away", i), At: day, Private: true, From: "李四", Text: "我家里有事 请假三天"},
				{ID: fmt.Sprintf("%d-wall", i), At: day.Add(time.Minute), Private: true, From: "张三", Text: "我家后面老房子的墙被雪压裂了 怕塌 不想在群里说"},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(2 * time.Minute), Private: true, From: "王五", Text: "确认 #R1"}}
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-prog", i), At: day, Private: true, From: "王五", Text: "进展 #R1 找人拿木头顶上了"}
		})
	})
	b.Run("ice_asked_beside_alarm", func(b *testing.B) {
		run(b, func(i int, day time.Time) []bot.Message {
			return []bot.Message{ice(i, day), {ID: fmt.Sprintf("%d-wire", i), At: day.Add(time.Minute), Chat: grid3, From: "陈二", Text: "我家屋后那根电线被雪压得快垂到地上了 娃娃放学要从那过"}}
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day, Chat: grid3, From: "张三", Text: "村口的冰什么时候有人来铲"}
		})
	})
	b.Run("mended_then_fixed", func(b *testing.B) {
		run(b, func(i int, day time.Time) []bot.Message {
			return []bot.Message{{ID: fmt.Sprintf("%d-pipe", i), At: day, Chat: grid3, From: "张三", Text: "上报 我家门口的自来水管冻裂了 水喷了一地 结成冰了"},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"}}
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-done", i), At: day, Chat: grid3, From: "李四", Text: "张三家水管换了一截新的 包了保温棉 好了"}
		})
	})
}
