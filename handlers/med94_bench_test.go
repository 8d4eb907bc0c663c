package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed94: the reporter's new thing in the hour after he filed the
// wall quarrel, told as his 补充 (one commit); 「老刘家的狗也天天半夜叫」
// while 陈二's dog quarrel is open, filed as its own quarrel (was a
// 【又来反映】 of it). Each day's items are closed after it (not measured).
func BenchmarkMed94(b *testing.B) {
	b.Run("reporter_adds_first_hour", func(b *testing.B) {
		benchMed94(b, "陈二家盖鸡圈把墙砌到俺家地界上来了 还往俺家这边排水 院子里全是水 说了好几次也不听", "还有 他家的鸡天天跑俺家菜地里刨", 1)
	})
	b.Run("other_household_filed", func(b *testing.B) {
		benchMed94(b, "对门陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管", "老刘家的狗也天天半夜叫 吵得睡不着", 2)
	})
}

// benchMed94 measures 张三's text m after he filed quarrel; items is how
// many items the day leaves open, each closed after it.
func benchMed94(b *testing.B, quarrel, text string, items int) {
	n := 0
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 10 * 24 * time.Hour)
		before = []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: quarrel}}
		m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(5 * time.Minute), Chat: grid3, From: "张三", Text: text}
		for j := range items {
			n++
			after = append(after, bot.Message{ID: fmt.Sprintf("%d-end%d", i, j), At: day.Add(2*time.Hour + time.Duration(j)*time.Minute), Chat: grid3, From: "李四", Text: fmt.Sprintf("办结 #R%d 谈妥了", n)})
		}
		return before, m, after
	})
}
