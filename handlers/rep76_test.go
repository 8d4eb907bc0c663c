package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// rep76: joined replies at night and for a mediation among general items;
// 「查 #R1 #R2」 in the joined 查 line.

// TestOneAnswerOffersAtNightOneReply: at night one 「1」 to three
// confirm-backs says one reply, as by day, with the night paragraph once;
// each item's note to 李四 is still held for the morning, one each (each
// withdrawn on its own if settled overnight; those left go as one, rep79), and the list form 「查 #R1
// #R2 #R3」 it offers answers all three in one round trip.
func TestOneAnswerOffersAtNightOneReply(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 30)
	has(t, "first", c.say("陈二", "村口的路灯坏了，晚上黑乎乎的"), "回复「1」登记")
	has(t, "second", c.say("陈二", "还有水渠堵了 水漫到路上了"), "回复「1」登记这两件")
	has(t, "third", c.say("陈二", "还有垃圾桶满了没人收"), "回复「1」登记这3件")
	got := c.costs(t, 1, "1", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
	expect(t, "1 at night", got, grid3+": 已登记 #R1（一般事项·道路交通）：村口的路灯坏了，晚上黑乎乎的\n"+
		"已登记 #R2（一般事项·水电设施）：还有水渠堵了 水漫到路上了\n"+
		"已登记 #R3（一般事项·环境卫生）：还有垃圾桶满了没人收\n"+
		"现在是夜里，先不打扰网格长：李四早上看到后回复「确认 #R1 #R2 #R3」受理。事情急的话，请直接打电话给网格长。\n"+
		"陈二，可随时发「查 #R1 #R2 #R3」看进度。")
	c.wantReports(3, "all three filed")
	got = c.costs(t, 1, "查 all", bot.Message{Chat: grid3, From: "陈二", Text: "查 #R1 #R2 #R3"})
	has(t, "查 all", got, "#R1 一般事项·待受理", "#R2 一般事项·待受理", "#R3 一般事项·待受理")
	c.say("李四", "驳回 #R2 已经有人通开了")
	c.now = clock(c.now, 1, 7, 0)
	got = c.flush()
	// one message (rep79), R2's line withdrawn, the night note once
	has(t, "the morning", got, "李四: 【夜里反映】\n1. 陈二在群里反映 #R1（一般事项）", "\n\n2. 陈二在群里反映 #R3（一般事项）",
		"「确认 #R3」（在群里或私信我都行）。\n\n（这是昨天22:34的消息，为免夜里打扰，早上才发）")
	lacks(t, "the morning", got, "#R2（一般事项）")
}

// TestOneAnswerOffersAtNightDanger: at night a dangerous item among those
// one 「1」 files is told its leader at once (urgent); the one reply says
// so and asks 确认 of all, the other item's note held for the morning.
func TestOneAnswerOffersAtNightDanger(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 30)
	c.say("陈二", "村口那棵大树好像要倒了 下面老有人走")
	has(t, "second", c.say("陈二", "还有垃圾桶满了没人收"), "回复「1」登记这两件")
	got := c.say("陈二", "1")
	expect(t, "1 at night", got,
		"李四: 【村民反映·可能伤人】陈二在群里反映 #R1（一般事项）：村口那棵大树好像要倒了 下面老有人走\n"+
			"可能伤到人：请马上到场或打电话请附近的人先拦一下、劝行人绕开，再安排处理。受理请回复「确认 #R1」。",
		grid3+": 已登记 #R1（一般事项·安全隐患）：村口那棵大树好像要倒了 下面老有人走\n"+
			"已登记 #R2（一般事项·环境卫生）：还有垃圾桶满了没人收\n"+
			"这关系到人身安全，虽是夜里，#R1 已马上私信告诉网格长李四，#R2 等早上再告诉网格长，受理请回复「确认 #R1 #R2」。请先提醒大家离远一点、别从旁边走，有人受伤请打120。\n"+
			"陈二，可随时发「查 #R1 #R2」看进度。")
	c.now = clock(c.now, 1, 7, 0)
	got = c.flush()
	has(t, "the morning", got, "李四: 【夜里反映】陈二在群里反映 #R2（一般事项）")
	lacks(t, "the morning", got, "反映 #R1")
}

// mixReader reads an unsure general item and an unsure neighbours'
// quarrel: each is asked back.
func mixReader() scripted {
	return scripted{
		"东头那条路有个坑":         report("道路交通", 0.65, "东头那条路有个坑"),
		"后山水渠好像堵了":         report("水利", 0.65, "后山水渠好像堵了"),
		"隔壁家的狗天天半夜叫 说了也不听": {Intent: village.IntentReport, Type: village.Mediation, Category: "邻里纠纷", Confidence: 0.65, Summary: "隔壁家的狗天天半夜叫"},
	}
}

// TestOneAnswerMixedOffersOneReply: one 「1」 to two general items and a
// quarrel says one reply: the general ones asked once, after the last of
// them, the quarrel's own lines as they are (its own 确认).
func TestOneAnswerMixedOffersOneReply(t *testing.T) {
	c := newChat(t, mixReader())
	has(t, "first", c.say("陈二", "东头那条路有个坑"), "回复「1」登记")
	has(t, "quarrel", c.say("陈二", "隔壁家的狗天天半夜叫 说了也不听"), "回复「1」登记这两件")
	has(t, "third", c.say("陈二", "后山水渠好像堵了"), "回复「1」登记这3件")
	// one commit; a fresh process's first read for the quarrel (1), as
	// its 「1」 alone costs (BenchmarkOneAnswerMixedOffers: 1.040; the
	// pipeline pool's HELLO is gone, rep101)
	got := c.costs(t, 2, "1", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
	expect(t, "1", got, grid3+": 已登记 #R1（一般事项·道路交通）：东头那条路有个坑\n"+
		"已登记 #R2（调解事项）：隔壁家的狗天天半夜叫 说了也不听\n"+
		"已交李四、郑十调解，会尽快约双方当面谈。\n"+
		"请双方保持冷静，不要在群里争吵，也不要动手；有话当面说清楚。\n"+
		"@李四\u2005请回复「确认 #R2」受理。\n"+
		"已登记 #R3（一般事项·水利）：后山水渠好像堵了\n"+
		"@李四\u2005请网格长受理：回复「确认 #R1 #R3」。\n陈二，可随时发「查 #R1 #R3」看进度。")
	c.wantReports(3, "all three filed")
	has(t, "确认 the quarrel", c.say("李四", "确认 #R2"), "#R2")
	has(t, "确认 the others", c.say("李四", "确认 #R1 #R3"), "#R1", "#R3", "已受理")
	c.wantStatuses(map[string]village.Status{}, village.StatusAccepted)

	c = newChat(t, mixReader())
	c.say("陈二", "隔壁家的狗天天半夜叫 说了也不听")
	c.costs(t, 2, "a quarrel alone", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
}
