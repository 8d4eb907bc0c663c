package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkAlarm91: the duty officer's search words with two missing
// alarms open — naming one's place (its 进展), naming neither (asked
// which), naming a place both hold (asked which), of two grids' alarms
// alike — a grid cadre's search of two alarms alike, and a child's
// clothes on fire (a fire alarm with the burn line). Each of open is
// "from:text" in 三组's group, or "chat|from:text". What comes before is
// filed unmeasured and all is ended after.
func BenchmarkAlarm91(b *testing.B) {
	lost := []string{"陈二:我家老娘有点老年痴呆 晚饭后往水库那边走了 到现在没回来", "张三:我家孩子放学到现在还没回家 同学说往后山去了"}
	alike := []string{"陈二:我家孩子放学到现在还没回家 同学说往后山去了", "张三:我家小孙子下午跟着去后山玩 到现在还没回来"}
	for _, c := range []struct {
		name, chat, from, text string
		refs                   int // items open after m, to end
		open                   []string
	}{
		{"duty_search_named", dutyChat, "孙七", "派人去后山找了", 2, lost},
		{"duty_search_asked", dutyChat, "孙七", "石桥那边已经在找了", 2, lost},
		{"duty_search_alike", dutyChat, "孙七", "派人去后山找了", 2, alike},
		{"duty_search_two_grids", dutyChat, "孙七", "后山那边已经在搜了", 2, []string{grid1 + "|谢明:我家孩子放学还没回来 有人看见往后山去了", alike[1]}},
		{"grid_search_alike", grid3, "王五", "我去后山找找", 2, alike},
		{"clothes_burn", grid3, "张三", "孩子衣服着了", 1, nil},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				for k, o := range c.open {
					chat, o, ok := strings.Cut(o, "|")
					if !ok {
						chat, o = grid3, chat
					}
					from, text, _ := strings.Cut(o, ":")
					before = append(before, bot.Message{ID: fmt.Sprintf("%d-open%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: chat, From: from, Text: text})
				}
				m = bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(5 * time.Minute), Chat: c.chat, From: c.from, Text: c.text}
				for k := 0; k < c.refs; k++ {
					next++
					ref := fmt.Sprintf("#R%d", next)
					t := day.Add(time.Duration(k+6) * time.Minute)
					after = append(after, bot.Message{ID: fmt.Sprintf("%d-take%d", i, k), At: t, Chat: c.chat, From: "孙七", Text: "确认 " + ref},
						bot.Message{ID: fmt.Sprintf("%d-done%d", i, k), At: t.Add(time.Hour), Chat: c.chat, From: "孙七", Text: "办结 " + ref + " 已处理"})
				}
				return before, m, after
			})
		})
	}
}
