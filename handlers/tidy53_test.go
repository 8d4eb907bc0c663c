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
		coal = "煤炉、炭火的烟会让人一氧化碳中毒：马上开窗通风，屋里的人先出到屋外，熏倒的人抬到屋外；有人头晕、恶心或叫不醒请拨打120。"
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

// TestPressedLeaderAnswersEach: the leader pressed on two items in one
// message answers each by its number, each reaching the township; his
// words quoting the joined message, naming no number, are asked which
// (nothing filed).
func TestPressedLeaderAnswersEach(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	got := c.office("#R1 #R2 抓紧处理")
	var joined string
	for _, g := range got {
		if strings.HasPrefix(g, "李四: ") {
			if joined != "" {
				t.Fatalf("李四 got two messages: %q", got)
			}
			joined = strings.TrimPrefix(g, "李四: ")
		}
	}
	q := c.send(bot.Message{Private: true, From: "李四", Text: "这两件都在办了 明天找人来修", Quote: &bot.Quote{Name: "网格小助手", Text: joined}})
	expect(t, "quoted", q, "李四: 您引用的消息里有2件（#R1 #R2），这句是答复哪一件？")
	has(t, "answer R1", c.private("李四", "答复 #R1 明天电工来修"), "#R1")
}
