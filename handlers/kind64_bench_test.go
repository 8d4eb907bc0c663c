package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkRetype: the leader judges the alarm just raised no emergency,
// in words ("#R1 不是什么大事 明天找人填一下") or by the command
// (「改为一般 #R1」), beside the words that take it on ("ack", what the
// leader said before 改为一般 existed); the item is resolved and confirmed
// before the next round (not measured). With the report cache on and off.
func BenchmarkRetype(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, said := range []string{"words", "command", "ack"} {
		for _, cache := range []bool{true, false} {
			b.Run(fmt.Sprintf("%s/cache=%v", said, cache), func(b *testing.B) {
				benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
					ref := fmt.Sprintf("#R%d", i+1)
					text := ref + " 不是什么大事 就是路边塌了一小块 明天找人填一下"
					if said == "ack" {
						text = ref + " 收到 我去看了 已经让人守着了"
					}
					if said == "command" {
						text = "改为一般 " + ref + " 明天找人填一下"
					}
					if i > 0 {
						// confirmed by its reporter: a new collapse of his is a new
						// item (#R(i+1)), not the last one's relapse
						setup = []bot.Message{benchMsg(fmt.Sprintf("%d-a", i), grid, "李四", fmt.Sprintf("办结 #R%d 已填好", i), ""),
							benchMsg(fmt.Sprintf("%d-s", i), grid, "陈二", fmt.Sprintf("满意 #R%d", i), "")}
					}
					setup = append(setup, benchMsg(fmt.Sprintf("%d-b", i), grid, "陈二", fmt.Sprintf("我家门口%d号路 塌了一块", i+1), ""))
					return setup, []bot.Message{benchMsg(fmt.Sprintf("%d-c", i), grid, "李四", text, "")}
				})
			})
		}
	}
}
