package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed82: a mediator's 「两家我都约好了 明天上午9点在村委会调解」
// when the ditch quarrel and the cow quarrel of the same two households
// are both his (one meeting, the 进展 of both: both_meeting), the
// reporter's quarrel said again in its group (neutral group reply:
// repeat), and the township's 确认 of a quarrel sent up (both sides
// named: takeover). What comes before is filed unmeasured.
func BenchmarkMed82(b *testing.B) {
	const office = "青山镇网格工作群"
	for _, c := range []struct {
		name, filer, file string
		chat, from, text  string
		along, up         bool
		after             time.Duration
	}{
		{"both_meeting", "陈二", ditch, grid3, "李四", "两家我都约好了 明天上午9点在村委会调解", true, false, 3 * time.Hour},
		{"repeat", "张三", "陈二家的牛天天跑到我家地里吃玉米，说了好几次也不管", grid3, "张三", "陈二家的牛又跑来了，玉米都吃光了，说了好几次也不管", false, false, 5 * time.Minute},
		{"takeover", "陈二", ditch, office, "孙七", "确认 #R%d", false, true, 3 * time.Hour},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 10 * 24 * time.Hour)
				n := i + 1
				if c.along {
					n = 2*i + 1
				}
				ref := fmt.Sprintf("#R%d", n)
				before = []bot.Message{{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: c.filer, Text: c.file},
					{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 " + ref}}
				if c.along {
					ref2 := fmt.Sprintf("#R%d", n+1)
					before = append(before, bot.Message{ID: fmt.Sprintf("%d-cow", i), At: day.Add(2 * time.Hour), Chat: grid3, From: "张三", Text: "上报 调解 陈二家的牛天天跑到我家菜地里 说了也不管"},
						bot.Message{ID: fmt.Sprintf("%d-take2", i), At: day.Add(2*time.Hour + time.Minute), Chat: grid3, From: "李四", Text: "确认 " + ref2})
				}
				if c.up {
					before = append(before, bot.Message{ID: fmt.Sprintf("%d-up", i), At: day.Add(time.Hour), Chat: grid3, From: "李四", Text: "上报镇 " + ref + " 双方谈不拢"})
				}
				text := c.text
				if c.up {
					text = fmt.Sprintf(c.text, n)
				}
				m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(c.after), Chat: c.chat, From: c.from, Text: text}
				end := day.Add(c.after + time.Hour)
				after = []bot.Message{{ID: fmt.Sprintf("%d-end", i), At: end, Chat: grid3, From: "李四", Text: "办结 " + ref + " 谈妥了"}}
				if c.along {
					after = append(after, bot.Message{ID: fmt.Sprintf("%d-end2", i), At: end, Chat: grid3, From: "李四", Text: fmt.Sprintf("办结 #R%d 谈妥了", n+1)})
				}
				return before, m, after
			})
		})
	}
}
