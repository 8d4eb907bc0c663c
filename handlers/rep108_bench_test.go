package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkPress108: 张三 presses 陈二's wire alarm nobody confirmed, an
// hour on (its responders and the duty chat told); 张三 presses 陈二's
// ice taken on a day and more ago (its handler told); 张三's press hours
// after his own wire's 办结, nothing else open (asked, not reopened).
func BenchmarkPress108(b *testing.B) {
	wire := func(i int, day time.Time) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-wire", i), At: day, Chat: grid3, From: "陈二", Text: "我家屋后那根电线被雪压得快垂到地上了 娃娃放学要从那过"}
	}
	press := func(text string) func(i int, day time.Time) bot.Message {
		return func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-press", i), At: day, Chat: grid3, From: "张三", Text: text}
		}
	}
	b.Run("neighbour_presses_alarm", func(b *testing.B) {
		benchEachFresh(b, time.Hour, func(i int, day time.Time) []bot.Message { return []bot.Message{wire(i, day)} }, press("电线那个咋还没人来"))
	})
	b.Run("neighbour_presses_ice", func(b *testing.B) {
		benchEachFresh(b, 30*time.Hour, func(i int, day time.Time) []bot.Message {
			return []bot.Message{{ID: fmt.Sprintf("%d-ice", i), At: day, Chat: grid3, From: "陈二", Text: "村口那段路结冰了 早上好几个人骑车摔了"},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"}}
		}, press("村口那段冰到底有人管没有"))
	})
	b.Run("press_after_own_close", func(b *testing.B) {
		benchEachFresh(b, 3*time.Hour, func(i int, day time.Time) []bot.Message {
			return []bot.Message{{ID: fmt.Sprintf("%d-own", i), At: day, Chat: grid3, From: "张三", Text: "上报 村西头路边的电线被树枝压下来了 垂到路上了"},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"},
				{ID: fmt.Sprintf("%d-done", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "李四", Text: "办结 #R1 供电所来人把树枝锯了"}}
		}, press("电线那个咋还没人来"))
	})
}
