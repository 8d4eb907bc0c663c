package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

const grid2 = "青山村二组网格群"

// TestCalmingThenPlanTakesQuarrelOn: the leader's 「你们俩别吵了 我下午过去
// 看看」 in a quarrel nobody took on yet takes it on (确认, his plan its
// note), and both sides, the one who joined in the group too, hear when.
// Calming alone takes nothing on.
func TestCalmingThenPlanTakesQuarrelOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(grid2, "田卫东", "田甜家的狗又把我家鸡咬死了两只 说了好几次都不管 今天必须给个说法")
	c.in(grid2, "田甜", "谁说是我家狗咬的 你看见了？")
	if got := c.in(grid2, "黄永红", "你们俩别吵了"); len(got) != 0 {
		t.Errorf("calming alone: %q, want nothing", got)
	}
	got := c.in(grid2, "黄永红", "你们俩别吵了 我下午过去看看")
	expect(t, "calming then a plan", got,
		"青山村二组网格群: 按黄永红的回复，#R1 已受理，由黄永红、郑十负责")
	has(t, "both sides hear when", got, "田卫东、田甜，黄永红说「我下午过去看看」")
	rep := c.reports()[0]
	if rep.Status != village.StatusAccepted {
		t.Fatalf("R1 is %s, want accepted", rep.Status)
	}
	if last, _ := rep.LastStep(); !strings.Contains(last.Note, "我下午过去看看") || strings.Contains(last.Note, "别吵") {
		t.Errorf("R1's 确认 note %q, want his plan without the calming words", last.Note)
	}
}

// TestWithoutCalming: the calming clauses and bare addresses go, the rest
// stays; words with none come back as they are.
func TestWithoutCalming(t *testing.T) {
	for text, want := range map[string]struct {
		rest   string
		calmed bool
	}{
		"你们俩别吵了 我下午过去看看":   {"我下午过去看看", true},
		"你们俩 别吵了，明天上午我去调解": {"明天上午我去调解", true},
		"都消消气 我这就过去":       {"我这就过去", true},
		"我下午过去看看":          {"我下午过去看看", false},
		"别吵了":              {"", true},
	} {
		rest, calmed := understand.WithoutCalming(text)
		if rest != want.rest || calmed != want.calmed {
			t.Errorf("WithoutCalming(%q) = %q, %v; want %q, %v", text, rest, calmed, want.rest, want.calmed)
		}
	}
}

// TestHurryingTakesAlarmOn: 王五's 「我看到了 正往那边赶」 to the fire 陈二
// raised is its 确认, as 「马上过去」 is: the duty chat hears it and the
// watchdog stops. 「我赶不过去」 takes nothing on.
func TestHurryingTakesAlarmOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "着火了 后面柴房烧起来了 快来人")
	got := c.say("王五", "我赶不过去 在镇上")
	if c.reports()[0].Status != village.StatusNew {
		t.Fatalf("「我赶不过去」: R1 is %s (%q), want still new", c.reports()[0].Status, got)
	}
	got = c.say("王五", "我看到了 正往那边赶")
	has(t, "on his way", got, "按王五的回复，#R1 已受理", "#R1（突发事件）王五 受理：正往那边赶")
	if rep := c.reports()[0]; rep.Status != village.StatusAccepted {
		t.Errorf("R1 is %s, want accepted: somebody acts", rep.Status)
	}
}

// TestSecondCadreJoinsAlarm: once 何志强 took the fire on, 马红梅's 「我也
// 过去」 and his own 「我到了」 are its 进展 (one round trip each, the duty
// chat told), not dropped; with no alarm open her words record nothing.
func TestSecondCadreJoinsAlarm(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	if got := c.in(g1, "马红梅", "我也过去"); len(got) != 0 {
		t.Errorf("no alarm: %q, want nothing", got)
	}
	c.in(g1, "谢明", "着火了 后面柴房烧起来了 快来人")
	has(t, "taken on", c.in(g1, "何志强", "我马上过去 已经叫了120"), "#R1 已受理")
	got := c.costs(t, 1, "joins", bot.Message{Chat: g1, From: "马红梅", Text: "我也过去"})
	has(t, "joins", got, "#R1 进展已记录：我也过去", "#R1（突发事件）马红梅 进展：我也过去")
	got = c.costs(t, 1, "arrives", bot.Message{Chat: g1, From: "何志强", Text: "我到了"})
	has(t, "arrives", got, "#R1 进展已记录：我到了")
	h := c.reports()[0].History
	var notes []string
	for _, e := range h {
		if e.Action == village.ActProgress {
			notes = append(notes, e.By+":"+e.Note)
		}
	}
	if strings.Join(notes, "|") != "马红梅:我也过去|何志强:我到了" {
		t.Errorf("R1's 进展 %q, want both kept", notes)
	}
}

// TestDutyWordsFitTheirAlarm: with a fire 李四 took on (#R1) and a
// newer smoke in a house nobody confirmed (#R2), 孙七's 「消防车已经出发了
// 让群众先撤到安全地方」 in the duty chat is the fire's 进展 (its text says
// it burns), not a guess at the newest; 「#R2 派出所和卫生院已经过去了」
// confirms #R2 as it records it: the township acts on it, the watchdog
// stops. Two fires alike keep the hint and record nothing.
func TestDutyWordsFitTheirAlarm(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	c.say("陈二", "着火了 后面柴房烧起来了 快来人")
	c.say("李四", "确认 #R1")
	c.in(g1, "谢明", "我家屋里冒烟了 好大的烟")
	got := c.in(dutyChat, "孙七", "消防车已经出发了 让群众先撤到安全地方")
	has(t, "fits the fire", got, "#R1 进展已记录：消防车已经出发了")
	lacks(t, "fits the fire", got, "确认 #R2")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusNew)

	got = c.in(dutyChat, "孙七", "#R2 派出所和卫生院已经过去了")
	has(t, "numbered", got, "#R2 已受理", "进展已记录：派出所和卫生院已经过去了")
	c.wantStatuses(nil, village.StatusInProgress)
	if h := c.reports()[1].History; h[1].Action != village.ActAccept || h[1].By != "孙七" {
		t.Errorf("R2's history %+v, want 孙七's 确认 first", h)
	}
}

// TestDutyWordsOfTwoFiresAlike: two fires that both burn, nobody's yet:
// 「消防车已经出发了」 fits both, so it records nothing and shows the 确认s.
func TestDutyWordsOfTwoFiresAlike(t *testing.T) {
	const g1 = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	c.say("陈二", "着火了 后面柴房烧起来了 快来人")
	c.in(g1, "谢明", "厨房着火了 火很大")
	got := c.in(dutyChat, "孙七", "消防车已经出发了")
	has(t, "two fires", got, "#R1", "#R2")
	lacks(t, "two fires", got, "进展已记录")
	c.wantStatuses(nil, village.StatusNew)
}

// TestMediatorSettlesUnnumbered: 郑十's 「调解好了 张三赔80块 两家都同意了」 in
// the group, of the one quarrel he mediates, is its 办结 (the reporter
// asked to confirm), as 「R1 调解好了」 is, not the command to type again;
// a party's objection before it went to the mediators. A bare 「搞定了」
// names nothing of the quarrel: he is still shown the 办结 to send.
func TestMediatorSettlesUnnumbered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "我家隔壁张三家的狗天天晚上叫 还咬了我家鸡")
	c.say("郑十", "我下午去两家看看")
	c.say("郑十", "双方谈好了 赔50块")
	has(t, "objection", c.say("陈二", "50块哪够 那是下蛋的母鸡 我不同意"), "郑十: 【调解提醒】#R1 的当事人陈二在群里又说")
	has(t, "bare", c.say("郑十", "搞定了"), "请回复「办结 #R1")
	c.firstStatus(village.StatusInProgress)
	got := c.costs(t, 1, "settled", bot.Message{Chat: grid3, From: "郑十", Text: "调解好了 张三赔80块 两家都同意了"})
	has(t, "settled", got, "#R1 已办结：调解好了 张三赔80块 两家都同意了", "@陈二\u2005请确认")
	lacks(t, "settled", got, "请回复「办结 #R1")
	c.firstStatus(village.StatusResolved)
}
