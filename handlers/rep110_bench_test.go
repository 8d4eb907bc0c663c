package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkRep110 counts round trips of rep110's paths, each in a fresh
// process: the leader's bare 确认 of a villager's confirm-back, a
// follower's thanks said again after the 办结, the reporter's word that it
// is fixed said again, a worker's snow-shut road beside an unplaced one,
// and a bare 查 of the one open item (decided on the followed copy).
func BenchmarkRep110(b *testing.B) {
	msg := func(i int, id string, at time.Time, from, text string) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: at, Chat: grid3, From: from, Text: text}
	}
	lamp := func(i int, day time.Time) []bot.Message {
		return []bot.Message{msg(i, "lamp", day, "张三", "上报 村口那盏路灯不亮了 晚上黑黢黢的"),
			msg(i, "dup", day.Add(time.Minute), "陈二", "村口路灯坏了 晚上走路看不见"),
			msg(i, "yes", day.Add(2*time.Minute), "陈二", "是"),
			msg(i, "take", day.Add(3*time.Minute), "李四", "确认 #R1"),
			msg(i, "done", day.Add(time.Hour), "李四", "办结 #R1 换了个新灯泡"),
			msg(i, "lit", day.Add(2*time.Hour), "陈二", "亮了亮了 谢谢网格长")}
	}
	b.Run("bare_confirm_of_confirm_back", func(b *testing.B) {
		benchEachFresh(b, time.Minute, func(i int, day time.Time) []bot.Message {
			return []bot.Message{msg(i, "pipe", day, "陈二", "我家水管冻住了 一早上没水")}
		}, func(i int, day time.Time) bot.Message { return msg(i, "ok", day, "李四", "确认") })
	})
	b.Run("follower_thanks_again", func(b *testing.B) {
		benchEachFresh(b, 3*time.Hour, lamp, func(i int, day time.Time) bot.Message {
			return msg(i, "again", day, "陈二", "亮了亮了 谢谢网格长")
		})
	})
	b.Run("says_fixed_again", func(b *testing.B) {
		benchEachFresh(b, 4*time.Hour, func(i int, day time.Time) []bot.Message {
			return []bot.Message{msg(i, "ditch", day, "张三", "上报 后坡那个排水沟冻住了 水漫到路上结冰了"),
				msg(i, "take", day.Add(time.Minute), "李四", "确认 #R1"),
				msg(i, "said", day.Add(3*time.Hour), "张三", "排水沟通了 谢谢李四")}
		}, func(i int, day time.Time) bot.Message {
			return msg(i, "again", day, "张三", "排水沟通了 谢谢李四")
		})
	})
	b.Run("worker_sees_another_way_shut", func(b *testing.B) {
		benchEachFresh(b, time.Hour, func(i int, day time.Time) []bot.Message {
			return []bot.Message{msg(i, "shut", day, "陈二", "上报 大雪封路了 车出不去"), msg(i, "take", day.Add(time.Minute), "李四", "确认 #R1")}
		}, func(i int, day time.Time) bot.Message {
			return msg(i, "hill", day, "王五", "后山那条路被雪封死了")
		})
	})
	b.Run("bare_query_one_open", func(b *testing.B) {
		benchEachFresh(b, time.Hour, func(i int, day time.Time) []bot.Message {
			return []bot.Message{msg(i, "ditch", day, "张三", "上报 后坡那个排水沟冻住了 水漫到路上结冰了"), msg(i, "take", day.Add(time.Minute), "李四", "确认 #R1")}
		}, func(i int, day time.Time) bot.Message { return msg(i, "q", day, "张三", "查") })
	})
}
