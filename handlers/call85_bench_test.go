package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall85 (roundtrips/msg): a cold wave's 收到 in the villagers'
// words, and 王五's notes of 王奶奶 in his own.
func BenchmarkCall85(b *testing.B) {
	ack := func(from, said string) func(b *testing.B) {
		return func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 3 * 24 * time.Hour)
				before = []bot.Message{{ID: fmt.Sprintf("%d-n", i), At: day, Chat: "青山镇网格工作群", From: "孙七",
					Text: "通知 全镇 寒潮预警：明天起气温骤降，请各户做好防寒准备，注意取暖防煤气中毒。"}}
				return before, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day.Add(10 * time.Minute), Chat: grid3, From: from, Text: said}, nil
			})
		}
	}
	b.Run("收到收到，aside", ack("张三", "收到收到，家里炉子都检查过了"))
	b.Run("好的 谢谢提醒", ack("陈二", "好的 谢谢提醒"))
	b.Run("晓得了", ack("赵六", "晓得了"))
	b.Run("好的 (as before)", ack("陈二", "好的"))
	call := func(said string, after func(i int, day time.Time) []bot.Message) func(b *testing.B) {
		return func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, rest []bot.Message) {
				day := at.Add(time.Duration(i) * 7 * 24 * time.Hour)
				m = bot.Message{ID: fmt.Sprintf("%d-c", i), At: day, Private: true, From: "王五", Text: said}
				if after != nil {
					rest = after(i, day)
				}
				return nil, m, rest
			})
		}
	}
	b.Run("奶奶那边打通了", call("奶奶那边打通了 炉子我让她儿子看了", nil))
	b.Run("石德贵家我去了", call("石德贵家我去了 人没事 手机没电了", nil))
	b.Run("上门看了 没炭了 filed", call("王奶奶上门看了 屋里冷 没炭了", func(i int, day time.Time) []bot.Message {
		ref := fmt.Sprintf("#R%d", i+1)
		return []bot.Message{{ID: fmt.Sprintf("%d-ok", i), At: day.Add(time.Minute), Private: true, From: "李四", Text: "确认 " + ref},
			{ID: fmt.Sprintf("%d-done", i), At: day.Add(2 * time.Minute), Private: true, From: "李四", Text: "办结 " + ref + " 送了一袋炭"},
			{ID: fmt.Sprintf("%d-fine", i), At: day.Add(3 * time.Minute), Private: true, From: "王五", Text: "满意 " + ref}}
	}))
}
