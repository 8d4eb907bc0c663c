package handlers_test

import (
	"slices"
	"testing"
	"time"

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

// TestLeaderPassesNewItemOn: a grid leader's 「#R1 转供电所处理」 on an
// item nobody took on yet took it on, the reply silent on 供电所: the
// villager did not hear who does it now, the leader not what to send
// next. It is still taken on (the leader follows it), and the reply says
// it is passed to 供电所, that the reporter hears when it is done, and
// the leader's next commands. A person named is a hand-over, no body.
func TestLeaderPassesNewItemOn(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	in := func(from, text string) bot.Message { return bot.Message{Chat: g1, From: from, Text: text} }
	has(t, "filed", c.send(in("谢明", "上报 村口电线杆歪了，电线垂得很低")), "#R1")
	got := c.costs(t, 1, "passed on", in("刘建国", "#R1 转供电所处理"))
	has(t, "said", got, "#R1 已受理，转供电所处理，由刘建国跟进", "谢明，供电所处理好后会告诉您。",
		"刘建国，供电所有消息请回复「进展 #R1 情况」，处理好后回复「办结 #R1 结果」。")
	if reps := c.reports(); reps[0].Status != "accepted" || !slices.Equal(reps[0].Handlers, []string{"刘建国"}) {
		t.Fatalf("status %s handlers %v; want accepted by 刘建国", reps[0].Status, reps[0].Handlers)
	}
	has(t, "second", c.send(in("谢明", "上报 水渠堵了")), "#R2")
	got = c.send(in("刘建国", "确认 #R2 交给自来水公司"))
	has(t, "typed 确认", got, "#R2 已受理，转自来水公司处理，由刘建国跟进")
	has(t, "third", c.send(in("谢明", "上报 村西头垃圾没人清")), "#R3")
	got = c.send(in("刘建国", "确认 #R3 交给何志强"))
	lacks(t, "a person is no body", got, "转何志强处理")
}

// TestCadreTakesBackReopen: a grid leader who reopened an item by mistake
// (「未解决 #R1 …」 of its 办结) and said 「刚才点错了」 or 「撤回」 got no
// answer, or a villager's. The reopen's reply says how to take it back;
// his word within the hour does, in one round trip: the item is resolved
// again, awaiting its reporter, its handler told he need do nothing, and
// the slip counts no reopen. Later, or from another cadre, it does not.
func TestCadreTakesBackReopen(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	in := func(from, text string) bot.Message { return bot.Message{Chat: g1, From: from, Text: text} }
	has(t, "filed", c.send(in("谢明", "村口路灯不亮了")), "#R1")
	c.send(in("刘建国", "指派 #R1 马红梅"))
	has(t, "resolved", c.send(in("马红梅", "办结 #R1 换了灯泡")), "#R1 已办结")
	got := c.send(in("刘建国", "未解决 #R1 灯还是不亮"))
	has(t, "reopened, undo told", got, "#R1 已重新打开", "刘建国，点错了的话，一小时内回复「撤回」。")
	lacks(t, "another cadre", c.send(in("何志强", "刚才点错了")), "已撤回")
	got = c.costs(t, 1, "slip", in("刘建国", "刚才点错了"))
	has(t, "undone", got, "已撤回刘建国刚才的重新打开：#R1 仍是已办结（换了灯泡），等谢明确认。", "@马红梅\u2005不用再处理。")
	rep := c.reports()[0]
	if n, _ := rep.Reopened(); rep.Status != "resolved" || n != 0 {
		t.Fatalf("status %s reopened %d; want resolved, 0", rep.Status, n)
	}
	has(t, "reporter's answer still awaited", c.send(in("谢明", "满意 #R1")), "#R1 已完结")

	has(t, "second", c.send(in("谢明", "上报 水渠堵了 水漫到路上")), "#R2")
	c.send(in("刘建国", "确认 #R2"))
	c.send(in("刘建国", "办结 #R2 清了淤泥"))
	c.send(in("刘建国", "未解决 #R2 还有一段没清"))
	has(t, "bare 撤回", c.send(in("刘建国", "撤回")), "已撤回刘建国刚才的重新打开：#R2 仍是已办结")
	c.send(in("刘建国", "未解决 #R2 还有一段没清"))
	c.now = c.now.Add(2 * time.Hour)
	lacks(t, "too late", c.send(in("刘建国", "刚才点错了")), "已撤回")
}

// TestBareCorrectionInOffice: 孙七's bare 「更正：…」 in the township's
// chat posts nothing, and got no reply: with no notice of his before he
// hears there is none to correct and how to send one; after one, the 通知
// that posts the correction to the groups it went to. Nothing is posted.
func TestBareCorrectionInOffice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.in(officeChat, "孙七", "更正：明天的会改到下午三点")
	has(t, "none", got, officeChat+": 您还没有发过通知，没有可更正的。要发通知，请照这样发（不写范围就是全镇）：\n通知 明天的会改到下午三点")
	has(t, "notice", c.in(officeChat, "孙七", "通知 青山村 明天上午9点在村委会开会"), "#N1")
	got = c.in(officeChat, "孙七", "更正 明天的会改到下午三点")
	has(t, "after a notice", got, "更正还没有发出。要更正通知 #N1", "青山村一组网格群、青山村二组网格群、青山村三组网格群", "\n通知 更正：明天的会改到下午三点")
	has(t, "one grid's notice", c.in(officeChat, "孙七", "通知 二组 周六上午打疫苗"), "#N2")
	has(t, "its scope", c.in(officeChat, "孙七", "更正：周六改到周日"), "要更正通知 #N2", "（会发到 青山村二组网格群，", "\n通知 二组 更正：周六改到周日")
	lacks(t, "nothing posted", got, "青山村一组网格群: ")
	lacks(t, "villager's talk untouched", c.in(officeChat, "孙七", "明天的会改到下午三点"), "更正")
}

// TestNewMatterAfterOwnQuarrel: a villager who reported a quarrel over a
// homestead and then a burst pipe (「村东头水管爆了，水哗哗地流」) had the
// pipe passed to the quarrel's mediators as 【又来反映】 of it, never
// filed: its 地 was read as land. It is a matter of its own.
func TestNewMatterAfterOwnQuarrel(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	in := func(from, text string) bot.Message { return bot.Message{Chat: g1, From: from, Text: text} }
	has(t, "quarrel", c.send(in("谢明", "隔壁两家为了宅基地吵起来了")), "#R1（调解事项）")
	got := c.send(in("谢明", "村东头水管爆了，水哗哗地流"))
	lacks(t, "not the quarrel's", got, "又来反映", "已经登记了：#R1")
	has(t, "its own", got, "水管爆了")
}

// TestCadreQuotesVillagersReport: a grid cadre quoting the villager's own
// message that filed an item (「收到 我去看看」, 「王五你去看下」) got no
// reply, the item untouched. It is read as quoting the bot's message
// about that item: the leader's 收到 takes it on, his 「王五你去看下」
// gives it to 王五, a worker's words are answered. A quote of the
// villager's other words is left alone.
func TestCadreQuotesVillagersReport(t *testing.T) {
	const g3 = "青山村三组网格群"
	c := newChat(t, understand.Rules{})
	said := "我家后面的排水沟堵了，一下雨就往屋里灌"
	quoting := func(from, text string) bot.Message {
		return bot.Message{Chat: g3, From: from, Text: text, Quote: &bot.Quote{Name: "陈二", Text: said}}
	}
	has(t, "filed", c.send(bot.Message{Chat: g3, From: "陈二", Text: "上报 " + said}), "#R1")
	got := c.send(quoting("李四", "收到 我去看看"))
	has(t, "leader takes it on", got, "#R1 已受理")
	got = c.send(quoting("李四", "王五你去看下"))
	has(t, "leader sends 王五", got, "#R1 已指派给王五")
	if reps := c.reports(); !slices.Contains(reps[0].Handlers, "王五") {
		t.Fatalf("handlers = %v; want 王五", reps[0].Handlers)
	}
	has(t, "worker's words its 进展", c.send(quoting("王五", "好的 明天上午去")), "#R1 进展已记录")
	other := bot.Message{Chat: g3, From: "李四", Text: "收到", Quote: &bot.Quote{Name: "陈二", Text: "今天天气真好"}}
	lacks(t, "other words", c.send(other), "#R1")
}
