package handlers_test

import (
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestQuotedHandOver: a grid worker quoting the bot's message about his
// item (its 已登记, its 指派) and typing 「我去不了 让何志强去吧」 got no
// reply at all. It is read as the same words after the item's number
// are: a worker's 进展 with the leader asked to 指派, a leader's 指派.
func TestQuotedHandOver(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	quoting := func(from, quoted, text string) bot.Message {
		return bot.Message{Chat: g1, From: from, Text: text, Quote: &bot.Quote{Name: "网格小助手", Text: quoted}}
	}
	has(t, "filed", c.send(bot.Message{Chat: g1, From: "谢明", Text: "村口路灯不亮了"}), "#R1")
	has(t, "assigned", c.send(bot.Message{Chat: g1, From: "刘建国", Text: "指派 #R1 马红梅"}), "马红梅")
	got := c.costs(t, 1, "worker quotes the 已登记", quoting("马红梅", "已登记 #R1（一般事项·道路交通）：村口路灯不亮了", "我去不了 让何志强去吧"))
	has(t, "worker's words: progress, leader asked", got, "#R1 进展已记录：我去不了 让何志强去吧", "@刘建国\u2005马红梅请何志强接手，同意的话请网格长发「指派 #R1 何志强」")
	got = c.send(quoting("刘建国", "#R1 已指派给马红梅，现由刘建国、马红梅负责", "马红梅去不了 交给何志强"))
	has(t, "leader quoting: 指派", got, "#R1 已改派给何志强")
	if reps := c.reports(); !slices.Contains(reps[0].Handlers, "何志强") {
		t.Fatalf("handlers = %v; want 何志强", reps[0].Handlers)
	}
}
