package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestCoalFumesHintLeads: a gas alarm told by a stove's or a chimney's
// words (carbon monoxide) tells the group the coal-fumes steps alone; a
// pipeline gas leak keeps the valve line first.
func TestCoalFumesHintLeads(t *testing.T) {
	const (
		pipe = "燃气泄漏：立即关阀门"
		coal = "煤炉、炭火熏倒了人：开窗通风，把人抬到屋外，拨打120。"
	)
	for text, wantPipe := range map[string]bool{
		"王奶奶家烟囱漏烟 昨晚她说头晕":   false,
		"烤炭火晕倒在屋里了 快来人":     false,
		"家里煤气泄漏了 好大味道":      true,
		"热水器那儿一股臭鸡蛋味 我头晕得很": true,
	} {
		t.Run(text, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			all := strings.Join(c.say("张三", text), "\n")
			if !strings.Contains(all, coal) {
				t.Errorf("no coal-fumes line:\n%s", all)
			}
			if got := strings.Contains(all, pipe); got != wantPipe {
				t.Errorf("pipeline line shown %v, want %v:\n%s", got, wantPipe, all)
			}
		})
	}
}

// TestHerOneAfterCadreFiled: after the leader's 收到 filed a villager's
// confirm-back for her, her 「1」 is told once that it is registered and
// who handles it, in the one round trip the silent 「1」 cost (a read of
// her questions); a second 「1」 is silent again, nothing filed twice.
func TestHerOneAfterCadreFiled(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", stink)
	c.say("李四", "收到 明天找人来掏")
	got := c.costs(t, 1, "her 1", bot.Message{ID: "m1", Chat: grid3, From: "张三", Text: "1"})
	expect(t, "her 1", got, grid3+": #R1 已经登记了，李四在办，可发「查 #R1」看进度。")
	c.wantReports(1, "(her 1 files nothing twice)")
	expect(t, "her second 1", c.say("张三", "1"))
	c.wantReports(1, "(second 1)")
}
