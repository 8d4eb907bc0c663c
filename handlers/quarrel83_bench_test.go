package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkQuarrel83: the other party's account of the same ditch
// quarrel, naming the reporter's household, five minutes after its
// filing: kept on the item, told to its mediators, answered to him.
func BenchmarkQuarrel83(b *testing.B) {
	b.Run("other_side_names_reporter", func(b *testing.B) { benchDitch(b, ditchHisSide) })
}

// benchDitch measures 陈二's words of 张三's ditch quarrel (ditchOwnSide),
// after each of earlier said five minutes apart in the group, and five
// minutes after the last of them; each round is a fresh day, closed after.
func benchDitch(b *testing.B, text string, earlier ...string) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 10 * 24 * time.Hour)
		before = []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: ditchOwnSide}}
		for j, s := range earlier {
			before = append(before, bot.Message{ID: fmt.Sprintf("%d-said%d", i, j), At: day.Add(time.Duration(j+1) * 5 * time.Minute), Chat: grid3, From: "陈二", Text: s})
		}
		m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(time.Duration(len(earlier)+1) * 5 * time.Minute), Chat: grid3, From: "陈二", Text: text}
		after = []bot.Message{{ID: fmt.Sprintf("%d-end", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "李四", Text: fmt.Sprintf("办结 #R%d 谈妥了", i+1)}}
		return before, m, after
	})
}
