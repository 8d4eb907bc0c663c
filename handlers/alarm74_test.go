package handlers_test

import (
	"context"
	"testing"

	"gridbot/bot"

	"gridbot/understand"
	"gridbot/village"
)

// TestVillagerTellsLeaderHurtByTitle: 陈二's 「网格长摔伤了 快来人」 names
// the grid's one leader by his title as the one hurt (alarm74): the
// summary keeps him, 王五 is asked and @-mentioned, not 李四, and the duty
// chat hears the leader himself is hurt. The stored text keeps the title,
// so the watchdog reads him hurt too.
func TestVillagerTellsLeaderHurtByTitle(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "网格长摔伤了 快来人")
	expect(t, "alarm", got, "青山镇应急值班群", "青山村三组网格群")
	has(t, "alarm", got,
		"情况：网格长摔伤了 快来人",
		"遇险的是网格长李四本人，请调度120，并联系王五赶去现场。",
		"@王五", "紧急情况 #R1 已登记",
		"网格长李四本人遇险，请王五立即赶到现场协助救护，到场后回复「确认 #R1」。")
	lacks(t, "alarm", got, "@李四", "（报告人）", "您先别乱动", "请网格长立即赶到")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Type != village.Emergency || reps[0].Text != "网格长摔伤了 快来人" || reps[0].Status != village.StatusNew {
		t.Fatalf("stored %+v, want one new emergency 「网格长摔伤了 快来人」", reps)
	}
	has(t, "worker confirms", c.say("王五", "确认 #R1"), "#R1 已受理")

	// the worker named by his title, after a time word
	w := newChat(t, understand.Rules{})
	has(t, "worker hurt", w.say("陈二", "刚才网格员被狗咬了 流了好多血"),
		"遇险的是网格员王五本人", "网格员王五本人遇险，请李四立即赶到现场")

	// the leader spoken to: as before, he is asked to come
	a := newChat(t, understand.Rules{})
	got = a.say("陈二", "网格长 快来 老王家着火了")
	has(t, "addressed", got, "情况：快来 老王家着火了", "@李四", "请网格长立即赶到现场、组织疏散")
	lacks(t, "addressed", got, "本人遇险")
}

// TestTreeOnPowerLine: 谢明's 「俺家门口那棵树被风刮倒了 压着电线了」 is a
// safety hazard filed at once (alarm74), not a confirm-back: the line is
// still up, the grid must get 95598 to cut and clear it, and the group
// hears the 95598 hint. A line the tree broke is an alarm of a line down
// (duty chat, 95598); a wish to replace old wiring is still asked back.
func TestTreeOnPowerLine(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.send(bot.Message{Chat: grid1, From: "谢明", Text: "俺家门口那棵树被风刮倒了 压着电线了"})
	expect(t, "pressed", got, grid1)
	has(t, "pressed", got, "已登记 #R1（一般事项·安全隐患）：俺家门口那棵树被风刮倒了 压着电线了",
		"别靠近，打95598（供电）报修；电线落地或打火花请远离并拨打119。", "请网格长受理：回复「确认 #R1」")
	lacks(t, "pressed", got, "回复「1」登记")
	reps, err := c.st.Reports(context.Background(), village3)
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 || reps[0].Type != village.General || reps[0].Category != "安全隐患" || reps[0].Status != village.StatusNew {
		t.Fatalf("stored %+v, want one new general 安全隐患", reps)
	}

	got = c.send(bot.Message{Chat: grid1, From: "谢明", Text: "树倒了 把电线压断了"})
	expect(t, "broken", got, "青山镇应急值班群", grid1)
	has(t, "broken", got, "【突发事件】青山村一组 #R2", "供电抢修：95598，请通知供电所立即断电",
		"紧急情况 #R2 已登记，已报告镇应急值班。", "别靠近倒下的电杆、树木和电线，拦住过往的人和车；马上打95598（供电）让供电所断电抢修，有人触电拨打120。")
	lacks(t, "broken", got, "火情请立即拨打119")
	if reps, _ = c.st.Reports(context.Background(), village3); len(reps) != 2 || reps[1].Type != village.Emergency || reps[1].Hazard != village.HazardNone {
		t.Fatalf("stored %+v, want R2 an emergency of no hazard", reps)
	}

	has(t, "wish", c.send(bot.Message{Chat: grid1, From: "谢明", Text: "电线老化了 想换一下"}), "我理解为：一般事项·水电设施——电线老化了 想换一下。回复「1」登记，「2」不用。")
}

// TestLineHeldToldAtOnce: a tree blown onto a power line is filed at once
// (alarm74) and, like a wall about to fall on passers-by, is a danger to
// whoever walks by: at night its leader hears of it at once, urgent, and
// the group is told to keep away; by day the @ reaches him and the group
// is told the same. A tree grown up to a line waits for the morning.
func TestLineHeldToldAtOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 10)
	has(t, "plain", c.say("张三", "上报 村口垃圾桶倒了"), "先不打扰网格长")
	got := c.costs(t, 1, "night", bot.Message{Chat: grid3, From: "陈二", Text: "俺家门口那棵树被风刮倒了 压着电线了"})
	expectLike(t, "night", got,
		like{start: "李四: 【村民反映·可能伤人】陈二在群里反映 #R2（一般事项）：俺家门口那棵树被风刮倒了 压着电线了\n可能伤到人：请马上到场"},
		like{start: grid3 + ": 已登记 #R2（一般事项·安全隐患）", has: "这关系到人身安全，虽是夜里，已马上私信告诉网格长李四，受理请回复「确认 #R2」。请先提醒大家离远一点",
			lacks: "先不打扰"})
	has(t, "night", got, "95598")
	got = c.say("张三", "后院的树长到电线上了 啥时候来修剪一下")
	lacks(t, "grown", got, "人身安全", "李四: ")

	// told as a 补充 of his leaning tree: the leader hears at once too
	got = c.say("陈二", "上报 村口那棵大树歪得厉害")
	has(t, "leaning", got, "先不打扰网格长")
	got = c.say("陈二", "那棵树刚被风刮倒了 压着电线了")
	has(t, "fell since", got, "李四: 【村民补充·可能伤人】#R4", "已补充到 #R4", "这关系到人身安全，已马上转告李四")

	d := newChat(t, understand.Rules{})
	got = d.say("张三", "路边电线断了 吊在半空")
	has(t, "by day", got, "@李四\u2005请网格长受理：回复「确认 #R1」。这关系到人身安全，请先提醒大家离远一点")
	lacks(t, "by day", got, "李四: ")
}
