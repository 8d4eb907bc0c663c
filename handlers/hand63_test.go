package handlers_test

import (
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestAnswerInGroupNamesTheAsker: the leader's 「答复 #R1 …」 to a question
// forwarded from the group (said there, privately, or by quoting the
// 【村民提问】 note) is posted @-naming the asker and repeating, short,
// what he asked; a question asked privately is still answered privately.
func TestAnswerInGroupNamesTheAsker(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "@网格小助手\u2005村里什么时候发过年的米"), "已转问网格长李四（#R1）")
	got := c.say("李四", "答复 #R1 腊月二十在村委会发")
	has(t, "asker named", got, grid3+": @张三\u2005您问的「村里什么时候发过年的米」：腊月二十在村委会发")
	has(t, "privately answered, group post", c.say("陈二", "@网格小助手\u2005今年村里分红有多少"), "（#R2）")
	got = c.private("李四", "答复 #R2 每人八百")
	has(t, "asker named from afar", got, grid3+": @陈二\u2005您问的「今年村里分红有多少」：每人八百（李四）")
	has(t, "third", c.say("张三", "@网格小助手\u2005村里的垃圾车哪天来"), "（#R3）")
	got = c.send(bot.Message{Private: true, From: "李四", Text: "每周二、五早上",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【村民提问】张三在青山村三组网格群问我（#R3）：村里的垃圾车哪天来"}})
	has(t, "quoted note", got, grid3+": @张三\u2005您问的「村里的垃圾车哪天来」：每周二、五早上")
	has(t, "private ask", c.private("陈二", "镇上哪天有集"), "（#R4）")
	got = c.private("李四", "答复 #R4 每月逢五逢十")
	has(t, "private answer", got, "陈二: ", "每月逢五逢十")
	lacks(t, "not in the group", got, grid3+": ", "您问的")
}

// TestWorkerHandsItemOver: a grid worker assigned an item who names
// another cadre of the grid to go (「我去不了 让何志强去吧」) got no reply.
// His words are its 进展 and the leader is @-named with the exact 指派 to
// send; the leader's own 「让何志强去吧」 is that 指派. Each one round trip.
// With several items he handles and none named, he is asked which.
func TestWorkerHandsItemOver(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	in := func(from, text string) bot.Message { return bot.Message{Chat: g1, From: from, Text: text} }
	has(t, "filed", c.send(in("谢明", "村口路灯不亮了")), "#R1")
	has(t, "assigned", c.send(in("刘建国", "指派 #R1 马红梅")), "马红梅")
	got := c.costs(t, 1, "worker hands over", in("马红梅", "我去不了 让何志强去吧"))
	has(t, "worker's words: progress, leader asked", got, "#R1 进展已记录：我去不了 让何志强去吧", "@刘建国\u2005马红梅请何志强接手，同意的话请网格长发「指派 #R1 何志强」")
	got = c.send(in("马红梅", "这个我明天没空，何志强你去一下"))
	has(t, "second wording", got, "「指派 #R1 何志强」")
	got = c.costs(t, 1, "leader hands over", in("刘建国", "让何志强去吧"))
	has(t, "leader's words: 指派", got, "#R1 已改派给何志强")
	if reps := c.reports(); !slices.Contains(reps[0].Handlers, "何志强") {
		t.Fatalf("handlers = %v; want 何志强", reps[0].Handlers)
	}
	has(t, "second item", c.send(in("谢明", "上报 水渠堵了")), "#R2")
	c.send(in("刘建国", "指派 #R2 何志强"))
	got = c.send(in("何志强", "我去不了 让马红梅去吧"))
	has(t, "which", got, "您负责的有2件", "#R1", "#R2", "我会请网格长刘建国指派")
	// the item named by its number: a worker's 进展, a leader's 指派
	got = c.send(in("何志强", "#R2 我去不了 让马红梅去吧"))
	has(t, "numbered, worker", got, "#R2 进展已记录：我去不了 让马红梅去吧", "「指派 #R2 马红梅」")
	got = c.send(in("刘建国", "R2 让马红梅去吧"))
	has(t, "numbered, leader", got, "#R2 已改派给马红梅")
}

// TestCadreWritesOpenItemAsNew: a grid worker who writes of an open item
// of his grid as if new (「村口路灯坏了好几天了 我去看看」 beside #R1
// 「村口路灯不亮了」) filed nothing new but was asked to 合并 as a villager
// is. His words are the 进展 of the item he handles (one round trip);
// of one he does not handle he is asked whether they are its 进展.
func TestCadreWritesOpenItemAsNew(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	in := func(from, text string) bot.Message { return bot.Message{Chat: g1, From: from, Text: text} }
	has(t, "filed", c.send(in("谢明", "村口路灯不亮了")), "#R1")
	c.send(in("刘建国", "指派 #R1 马红梅"))
	got := c.costs(t, 1, "his item's news", in("马红梅", "村口路灯坏了好几天了 我去看看"))
	has(t, "progress", got, "#R1 进展已记录：村口路灯坏了好几天了 我去看看")
	lacks(t, "no merge asked", got, "合并", "已登记 #R2")
	got = c.send(in("何志强", "村口路灯坏了好几天了 我去看看"))
	has(t, "asked", got, "是 #R1（村口路灯不亮了）的进展吗")
	lacks(t, "not the villager's question", got, "合并")
	if n := len(c.reports()); n != 1 {
		t.Fatalf("reports = %d; want 1", n)
	}
}
