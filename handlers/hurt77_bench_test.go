package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkSecondPersonHurt: while 张三's 「我爸心绞痛犯了」 is open,
// 陈二's 「李四的腿摔断了」 (another person: a new alarm, hurt77) and
// 张三's own words again (the same person: joined). The first alarm is
// filed before and all ended after, unmeasured.
func BenchmarkSecondPersonHurt(b *testing.B) {
	for _, c := range []struct{ name, from, text string }{
		{"other_person", "陈二", "李四的腿摔断了"},
		{"same_person", "张三", "我爸心绞痛犯了 快来人啊"},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				before = []bot.Message{{ID: fmt.Sprintf("%d-heart", i), At: day, Chat: grid3, From: "张三", Text: "我爸心绞痛犯了 快来人"}}
				m = bot.Message{ID: fmt.Sprintf("%d-hurt", i), At: day.Add(time.Minute), Chat: grid3, From: c.from, Text: c.text}
				refs := []string{fmt.Sprintf("#R%d", i+1)}
				if c.name == "other_person" {
					refs = []string{fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)}
				}
				for k, ref := range refs {
					at := day.Add(time.Duration(k+2) * time.Minute)
					after = append(after, bot.Message{ID: fmt.Sprintf("%d-take%d", i, k), At: at, Chat: grid3, From: "王五", Text: "确认 " + ref},
						bot.Message{ID: fmt.Sprintf("%d-done%d", i, k), At: at.Add(time.Hour), Chat: grid3, From: "王五", Text: "办结 " + ref + " 已送医"})
				}
				return before, m, after
			})
		})
	}
}
