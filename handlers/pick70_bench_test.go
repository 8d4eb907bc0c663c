package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// benchPickOfTwo: each round first and second open two items a minute
// apart and words (two minutes in) is asked which of them it is
// (unmeasured); its sender's 「1」 in the same chat (measured) answers.
// closing, given the two items' #Rs, are sent after (an hour on, a minute
// apart). The messages need only chat, sender and text.
func benchPickOfTwo(b *testing.B, first, second, words bot.Message, closing func(one, two string) []bot.Message) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		stamp := func(m bot.Message, id string, d time.Duration) bot.Message {
			m.ID, m.At = fmt.Sprintf("%d-%s", i, id), day.Add(d)
			return m
		}
		for k, m := range []bot.Message{first, second, words} {
			before = append(before, stamp(m, []string{"r1", "r2", "words"}[k], time.Duration(k)*time.Minute))
		}
		for k, m := range closing(fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)) {
			after = append(after, stamp(m, fmt.Sprintf("done%d", k+1), time.Hour+time.Duration(k)*time.Minute))
		}
		return before, stamp(bot.Message{Chat: words.Chat, From: words.From, Text: "1"}, "pick", 3*time.Minute), after
	})
}

// BenchmarkAcceptPick: each round two fresh reports, 李四's 「好的 我下午
// 过去」 asked which (unmeasured); his 「1」 (measured) takes the newer on.
func BenchmarkAcceptPick(b *testing.B) {
	benchPickOfTwo(b, bot.Message{Chat: grid3, From: "陈二", Text: "上报 我家门口水管漏水"},
		bot.Message{Chat: grid3, From: "张三", Text: "上报 后山垃圾没人清"},
		bot.Message{Chat: grid3, From: "李四", Text: "好的 我下午过去"},
		func(one, two string) []bot.Message {
			return []bot.Message{{Chat: grid3, From: "李四", Text: "驳回 " + one + " 重复"}, {Chat: grid3, From: "李四", Text: "驳回 " + two + " 重复"}}
		})
}

// BenchmarkDutyPick: each round a fire in 一组 and a flood in 三组 open,
// 孙七 asked which of them his 「我马上过去」 is (unmeasured); his 「1」
// (measured) takes the fire on with his words. Both are closed after.
func BenchmarkDutyPick(b *testing.B) {
	benchPickOfTwo(b, bot.Message{Chat: grid1d66, From: "谢明", Text: "快来人 着火了 在村口老王家"},
		bot.Message{Chat: grid3, From: "张三", Text: "河水漫上来了 淹到路上了"},
		bot.Message{Chat: dutyChat, From: "孙七", Text: "我马上过去"},
		func(fire, flood string) []bot.Message {
			return []bot.Message{{Chat: dutyChat, From: "孙七", Text: "办结 " + fire + " 火灭了"},
				{Chat: grid3, From: "李四", Text: "确认 " + flood}, {Chat: grid3, From: "李四", Text: "办结 " + flood + " 水退了"}}
		})
}
