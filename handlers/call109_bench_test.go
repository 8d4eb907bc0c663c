package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall109 (roundtrips/msg): a worker's word that the family of
// an elder on his list come home (her open calls read, one reply), a
// missed call with a visit planned (one commit, as any miss), and
// 「…那边我打过了 他说…」 with a need (her call log and its item, as
// 「…我打过了 他说…」). The leader's answer-shaped words with none waiting
// and his unnamed answer are BenchmarkCall107's rows (calls:asked
// followed since call109).
func BenchmarkCall109(b *testing.B) {
	missed := func(i int) (time.Time, []bot.Message) {
		day := december.Add(time.Duration(i) * 8 * 24 * time.Hour)
		return day.Add(24 * time.Hour), []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: "回访 石德贵 未接通"}}
	}
	b.Run("kin home note", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			at, before := missed(i)
			return before, bot.Message{ID: fmt.Sprintf("%d-b", i), At: at.Add(time.Hour), Private: true, From: "王五", Text: "石德贵他儿子腊月二十五回来过年 电话我照常打"},
				[]bot.Message{{ID: fmt.Sprintf("%d-c", i), At: at.Add(2 * time.Hour), Private: true, From: "王五", Text: "回访 石德贵 已通 挺好"}}
		})
	})
	b.Run("missed, visit planned", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 8 * 24 * time.Hour)
			return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: "石德贵打了两次没人接 下午我去他家看看"},
				[]bot.Message{{ID: fmt.Sprintf("%d-b", i), At: day.Add(5 * time.Hour), Private: true, From: "王五", Text: "回访 石德贵 上门 人没事"}}
		})
	})
	b.Run("there dialled, need", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := december.Add(time.Duration(i) * 8 * 24 * time.Hour)
			return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day, Private: true, From: "王五", Text: fmt.Sprintf("石德贵那边我打过了 他说家里水管冻住了%d处", i)}, nil
		})
	})
}
