package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestOfficeChatEmergencyFiledInItsGrid: an officer's "青山村三组后山着火了"
// in the township office's chat is filed in 三组 with him as reporter: the
// duty chat and the grid's group are alerted (@ its leader and worker,
// 119), and he hears where it was filed. The same fire then shouted in the
// group is that item's news, not a second alarm.
func TestOfficeChatEmergencyFiledInItsGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.in(officeChat, "孙七", "青山村三组后山着火了")
	expectLike(t, "the officer's alarm", got,
		like{start: dutyChat + ": 【突发事件】青山村三组 #R1\n情况：青山村三组后山着火了\n报告人：孙七（13900000007）", has: "网格长：李四 13900000004；网格员：王五 13900000005"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况 #R1 已登记，已报告镇应急值班。", has: "119"},
		like{start: officeChat + ": 紧急情况 #R1 已登记在青山村三组（报告人：孙七），已报告镇应急值班，也已在青山村三组网格群通知网格长：李四 13900000004", has: "119"})
	reps := c.reports()
	if len(reps) != 1 || reps[0].Grid != "三组" || reps[0].Reporter != "孙七" || reps[0].Type != village.Emergency || reps[0].Chat != grid3 {
		t.Fatalf("reports = %+v, want one emergency of 三组 reported by 孙七 in its group", reps)
	}
	got = c.say("张三", "后山着火了 快来人啊")
	expectLike(t, "the same fire shouted in the group", got,
		like{start: dutyChat + ": 【突发补充】青山村三组 #R1\n张三", has: "也报告"})
	c.wantReports(1, "(the group's alarm is #R1's news)")
}

// TestTownshipChatAlarms: "三组后山着火了" in the duty chat files it in
// 三组, and the duty chat's alarm answers the officer there; the fire
// raised in the group first, the officer's word of it in the office is
// linked to it: the duty chat hears it as more news, he hears it is #R1,
// nothing is filed again.
func TestTownshipChatAlarms(t *testing.T) {
	for _, tc := range []struct {
		name, group, chat, text string
		want                    []like
	}{
		{"duty chat", "", dutyChat, "三组后山着火了", []like{
			{start: dutyChat + ": 【突发事件】青山村三组 #R1\n情况：三组后山着火了\n报告人：孙七"},
			{start: grid3 + ": @李四\u2005@王五\u2005紧急情况 #R1 已登记", has: "\n镇里孙七报告：三组后山着火了\n"}}},
		{"beside a drill", "", officeChat, "上次演练说着火要打119 现在三组真着火了！快来", []like{
			{start: dutyChat + ": 【突发事件】青山村三组 #R1"}, {start: grid3 + ": @李四"}, {start: officeChat + ": 紧急情况 #R1 已登记在青山村三组"}}},
		{"after the group's", "后山着火了 快来人啊", officeChat, "青山村三组后山着火了", []like{
			{start: dutyChat + ": 【突发补充】青山村三组 #R1\n孙七（13900000007）也报告"},
			{start: officeChat + ": 这件事已经登记了：#R1 青山村三组（张三报告"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			if tc.group != "" {
				c.say("张三", tc.group)
			}
			expectLike(t, tc.text, c.in(tc.chat, "孙七", tc.text), tc.want...)
			c.wantReports(1, "")
		})
	}
}

// TestOfficeAlarmPlaces: a village's grid, a villager's home named, and
// no place: each is filed where it is, or the duty chat is alarmed and
// the officer asked which grid; his "三组" then files it there and closes
// the unplaced one. Chit-chat in the office stays silent.
func TestOfficeAlarmPlaces(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expectLike(t, "a villager's home", c.in(officeChat, "孙七", "王奶奶家着火了 快派人去"),
		like{start: dutyChat + ": 【突发事件】青山村三组 #R1"}, like{start: grid3 + ": @李四\u2005@王五\u2005"}, like{start: officeChat + ": 紧急情况 #R1 已登记在青山村三组"})
	got := c.in(officeChat, "孙七", "听说村里有人落水了 赶紧派人")
	expectLike(t, "no place", got,
		like{start: dutyChat + ": 【突发事件】青山村 #R2\n", has: "没认出是哪个网格，已问报告人；请直接打电话联系报告人（13900000007）问清地点"},
		like{start: officeChat + ": 紧急情况 #R2 已报告镇应急值班，但没认出是哪个村哪个组", has: "请回复在哪个组（如「三组」）"})
	expect(t, "no such grid", c.in(officeChat, "孙七", "四组"),
		officeChat+": 「四组」对不上一个网格。#R2（听说村里有人落水了 赶紧派人）在哪个网格？请回复其中一个：青山村一组、青山村二组、青山村三组。")
	got = c.in(officeChat, "孙七", "三组")
	expectLike(t, "the officer names the grid", got,
		like{start: dutyChat + ": 【突发事件】青山村三组 #R3（即刚才没认出网格的 #R2，已确定在这个网格）\n情况：听说村里有人落水了"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况 #R3 已登记"},
		like{start: officeChat + ": 紧急情况 #R3 已登记在青山村三组"})
	c.wantStatuses(map[string]village.Status{"R2": village.StatusDuplicate}, village.StatusNew)
	for _, chat := range []string{"明天上午开会 讨论冬季防火", "昨天三组那场火灭了 大家辛苦了", "消防演练 大家不要慌 不是真的着火", "三组",
		"山洪预警解除了", "气象台发布山洪预警 请各村做好防范", "接县里通知 今晚可能有泥石流 请各村做好转移准备",
		"转县应急局：近期溺水事故多发 请加强巡查"} {
		if got := c.in(officeChat, "孙七", chat); len(got) != 0 {
			t.Errorf("office chat %q answered: %q", chat, got)
		}
	}
	c.wantReports(3, "")
}

// TestCadrePrivateAlarmNamesItsGrid: the leader of 三组 telling the bot
// privately of someone fallen into the water in 二组 raises 二组's
// alarm, not his own grid's; an officer's private one is placed too.
func TestCadrePrivateAlarmNamesItsGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("李四", "二组村口有人落水了")
	if len(got) != 3 || !strings.HasPrefix(got[0], dutyChat+": 【突发事件】青山村二组 #R1") || !strings.HasPrefix(got[1], "青山村二组网格群: @") {
		t.Fatalf("the leader's private alarm of 二组:\n%s", strings.Join(got, "\n"))
	}
	expectLike(t, "an officer's private alarm", c.private("孙七", "三组后山着火了"),
		like{start: dutyChat + ": 【突发事件】青山村三组 #R2"}, like{start: grid3 + ": @李四\u2005@王五\u2005"}, like{start: "孙七: 紧急情况 #R2 已登记"})
	if reps := c.reports(); len(reps) != 2 || reps[0].Grid != "二组" || reps[1].Grid != "三组" {
		t.Errorf("reports = %+v", reps)
	}
}

// TestStoreDownCallNoteAlarms: with Redis down, a worker's private call
// note telling of a fire at the elder's ("回访 王奶奶 已通 她说屋后柴堆
// 着火了") raises the alarm as a group's does then: unnumbered, to the
// duty chat and her grid's group; the worker hears it went out, that the
// call was not logged, and to log it again later, not the bare apology.
// An officer's alarm in the office chat goes out too.
func TestStoreDownCallNoteAlarms(t *testing.T) {
	sink := &directSink{}
	r := downRouter(t, sink.send)
	_ = r.Handle(t.Context(), bot.Message{ID: "c", At: at, Private: true, From: "王五", Text: "回访 王奶奶 已通 她说屋后柴堆着火了"})
	expectLike(t, "the call note's alarm", sink.lines(),
		like{start: dutyChat + ": 【突发事件】青山村三组（系统故障，未编号）", has: "柴堆着火", lacks: "#R"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况：王奶奶", has: "119", lacks: "#"},
		like{start: "王五: 王奶奶说的「", has: "这次回访记录没有保存", end: "请再发一次「回访 王奶奶 已通 情况」补记。"})

	sink.out = nil
	_ = r.Handle(t.Context(), bot.Message{ID: "o", At: at, Chat: officeChat, From: "孙七", Text: "青山村三组后山着火了"})
	expectLike(t, "the officer's alarm", sink.lines(),
		like{start: dutyChat + ": 【突发事件】青山村三组（系统故障，未编号）"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况已报告镇应急值班。系统暂时出了故障"},
		like{start: officeChat + ": 紧急情况（青山村三组）已报告镇应急值班", has: "还没有登记编号"})
}

// lines are the messages sent, as "to: text".
func (d *directSink) lines() []string {
	var out []string
	for _, o := range d.out {
		out = append(out, o.To+": "+o.Text)
	}
	return out
}

// TestOfficerAlarmStepsToldWhereHeToldIt: an officer who reported an
// emergency in the office's chat, in the duty chat or privately is not
// @-mentioned in the grid's group he never reads: the group hears the
// steps as before, without asking him anything; he hears each step where
// he told it, and the 办结 asks him there to confirm.
func TestOfficerAlarmStepsToldWhereHeToldIt(t *testing.T) {
	for _, tc := range []struct {
		name string
		tell func(c *chat) []string
		// where is what his copy of a step starts with
		where string
	}{
		{"office chat", func(c *chat) []string { return c.in(officeChat, "孙七", "青山村三组后山着火了") }, officeChat + ": 【青山村三组】#R1"},
		{"duty chat", func(c *chat) []string { return c.in(dutyChat, "孙七", "青山村三组后山着火了") }, dutyChat + ": 【青山村三组】#R1"},
		{"privately", func(c *chat) []string { return c.private("孙七", "青山村三组后山着火了") }, "孙七: #R1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			tc.tell(c)
			accept := c.say("李四", "确认 #R1")
			has(t, "accepted", accept, grid3+": #R1 已受理，由李四负责", "办好后回复「办结 #R1 结果」，我会告诉报告人孙七。", tc.where)
			lacks(t, "accepted", accept, "孙七，办好后会告诉您")
			resolve := c.say("李四", "办结 #R1 火已扑灭")
			has(t, "resolved", resolve, grid3+": #R1 已办结：火已扑灭。\n已请报告人孙七确认", tc.where)
			lacks(t, "resolved", resolve, grid3+": #R1 已办结：火已扑灭。\n@孙七")
			ask := "请确认：解决了回复「满意 #R1」"
			if tc.name == "privately" {
				ask = "请您确认：解决了回复「满意 #R1」"
			}
			for _, got := range resolve {
				if strings.HasPrefix(got, tc.where) && !strings.Contains(got, ask) {
					t.Errorf("his copy of the 办结 does not ask him:\n%s", got)
				}
			}
			if reps := c.reports(); len(reps) != 1 || reps[0].ToldIn == "" {
				t.Errorf("reports = %+v, want one told elsewhere", reps)
			}
		})
	}
}

// TestAllClearIsNoAlarm: "山洪预警解除了" and the like in a grid group
// raise no alarm. With the grid's flood alarm taken on, a villager's
// all-clear goes to its handler to check and close (办结), and to the
// duty chat; it closes nothing itself.
func TestAllClearIsNoAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, text := range []string{"山洪预警解除了", "暴雨预警已经解除", "火已经灭了，没事了"} {
		expect(t, text, c.say("陈二", text))
	}
	c.wantReports(0, "(an all-clear is no alarm)")
	c.say("张三", "河水漫进村了 快来人")
	c.say("李四", "确认 #R1")
	expectLike(t, "all-clear of an open flood", c.say("陈二", "山洪预警解除了"),
		like{start: dutyChat + ": 【突发补充】青山村三组 #R1"},
		like{start: grid3 + ": @李四\u2005陈二说：「山洪预警解除了」。#R1 如已解除，请核实后回复「办结 #R1 情况」"})
	c.wantReports(1, "")
	c.firstStatus(village.StatusAccepted)
}

// TestAlarmRetracted: the reporter's "搞错了 没着火 是烧秸秆" after his
// alarm stops the watchdog (OverSaid) and asks the leader to check it and
// reject it as a false alarm (驳回 … 误报, as the duty chat is told to:
// a 办结 would count a fire put out and ask him whether he is satisfied);
// a stranger's "搞错了" does nothing.
func TestAlarmRetracted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "王奶奶家着火了")
	expect(t, "a stranger's", c.say("张三", "搞错了吧"))
	expectLike(t, "retracted", c.say("陈二", "搞错了 没着火 是烧秸秆"),
		like{start: dutyChat + ": 【突发补充】青山村三组 #R1"},
		like{start: grid3 + ": @李四\u2005陈二说：「搞错了 没着火 是烧秸秆」。#R1 如确是误报，请网格长核实后回复「驳回 #R1 误报」；还要处置的，回复「确认 #R1」"})
	if reps := c.reports(); len(reps) != 1 || reps[0].OverSaid.IsZero() {
		t.Errorf("reports = %+v, want #R1 said over", reps)
	}
}
