package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkClose109: 张三's 「路上的冰还在呢」 after his ditch's 办结 (his
// 未解决); 陈二, merged into 张三's lamp, says it is lit while it is still
// worked on (its leader asked to 办结) and after its 办结 (张三 asked for
// his 满意); 李四's bare 办结 after 陈二 said his pipe runs again.
func BenchmarkClose109(b *testing.B) {
	lamp := func(i int, day time.Time) []bot.Message {
		return []bot.Message{{ID: fmt.Sprintf("%d-lamp", i), At: day, Chat: grid3, From: "张三", Text: "上报 村口那盏路灯不亮了 晚上黑黢黢的"},
			{ID: fmt.Sprintf("%d-same", i), At: day.Add(time.Minute), Chat: grid3, From: "陈二", Text: "村口路灯坏了 晚上走路看不见"},
			{ID: fmt.Sprintf("%d-yes", i), At: day.Add(time.Minute + 10*time.Second), Chat: grid3, From: "陈二", Text: "1"},
			{ID: fmt.Sprintf("%d-take", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"}}
	}
	lit := func(i int, day time.Time) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-lit", i), At: day, Chat: grid3, From: "陈二", Text: "亮了亮了 谢谢网格长"}
	}
	b.Run("ice_still_there", func(b *testing.B) {
		benchEachFresh(b, time.Hour, func(i int, day time.Time) []bot.Message {
			return []bot.Message{{ID: fmt.Sprintf("%d-ditch", i), At: day, Chat: grid3, From: "张三", Text: "上报 我家门口排水沟冻住了 水漫出来淌到路上结成冰了 走路打滑"},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"},
				{ID: fmt.Sprintf("%d-done", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "李四", Text: "办结 #R1 排水沟用热水浇开了 已经通了"}}
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-ice", i), At: day, Chat: grid3, From: "张三", Text: "路上的冰还在呢"}
		})
	})
	b.Run("follower_says_lit", func(b *testing.B) {
		benchEachFresh(b, 3*time.Hour, lamp, lit)
	})
	b.Run("bare_resolve_said_fixed", func(b *testing.B) {
		benchEachFresh(b, time.Hour, func(i int, day time.Time) []bot.Message {
			return []bot.Message{{ID: fmt.Sprintf("%d-pipe", i), At: day, Chat: grid3, From: "陈二", Text: "上报 我家水管冻住了 一滴水都没有 做饭都没水"},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"},
				{ID: fmt.Sprintf("%d-said", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "陈二", Text: "出水了 谢谢王五"}}
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-done", i), At: day, Chat: grid3, From: "李四", Text: "办结"}
		})
	})
	b.Run("follower_lit_after_close", func(b *testing.B) {
		benchEachFresh(b, 3*time.Hour, func(i int, day time.Time) []bot.Message {
			return append(lamp(i, day), bot.Message{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: grid3, From: "李四", Text: "办结 #R1 换了个新灯泡"})
		}, lit)
	})
}
