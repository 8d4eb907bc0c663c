package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestStandingAlarmKeptApart: after another's 「有人晕倒了 快来人」, an
// alarm of its own naming a household or a villager (「王五家的老人晕倒了」,
// 「李四晕倒了」) may be another person: a second item whose duty post asks
// whether it is the first (hurt77); a clarification (「是他爸」, 「就在村口」,
// 「是王五家的老人晕倒了」) or the reporter's own words join it (alarm82).
func TestStandingAlarmKeptApart(t *testing.T) {
	for _, text := range []string{"王五家的老人晕倒了", "李四晕倒了 快来人"} {
		c := newChat(t, understand.Rules{})
		has(t, "cry", c.say("陈二", "有人晕倒了 快来人"), "#R1")
		got := c.say("周八", text)
		has(t, text, got, "【突发事件】青山村三组 #R2", "可能和 #R1（有人晕倒了 快来人）是同一人，如是请回复「重复 #R2 #R1」合并。")
		lacks(t, text, got, "【突发补充")
	}
	for _, text := range []string{"是他爸", "就在村口", "是王五家的老人晕倒了", "晕倒的是王五家的"} {
		c := newChat(t, understand.Rules{})
		has(t, "cry", c.say("陈二", "有人晕倒了 快来人"), "#R1")
		got := c.say("周八", text)
		has(t, text, got, "【突发补充·伤者】青山村三组 #R1")
		lacks(t, text, got, "#R2", "同一人")
		if text == "是他爸" {
			has(t, text, got, "说清了是谁：是他爸。请调度120，并打电话问清在哪", "请问清在哪、赶去现场")
		}
	}
	c := newChat(t, understand.Rules{})
	has(t, "cry", c.say("陈二", "有人晕倒了 快来人"), "#R1")
	got := c.say("陈二", "王五家的老人晕倒了")
	has(t, "own words", got, "【突发补充·伤者】青山村三组 #R1")
	lacks(t, "own words", got, "#R2")
}

// TestPlaceNamedAfterFireOrFlood: 「着火了 快来人」 names no place; 「在后山
// 老李家的林子」 after it places the fire: the item takes the words and the
// duty chat hears 【突发补充·地点】; so does a flood's 「在河边 三组那边」;
// talk (「这边没事」) is no place (alarm82).
func TestPlaceNamedAfterFireOrFlood(t *testing.T) {
	for cry, where := range map[string]string{"着火了 快来人": "在后山 老李家的林子", "淹了 快来人": "在河边 三组那边"} {
		c := newChat(t, understand.Rules{})
		has(t, "cry", c.say("张三", cry), "【突发事件】青山村三组 #R1")
		lacks(t, "talk", c.say("陈二", "这边没事"), "【突发补充")
		wantPlaced(t, c, where)
	}
}

// wantPlaced checks that 陈二's where, said after the unplaced cry #R1,
// placed it: one round trip, the duty chat's 【突发补充·地点】, the group's
// 补充 line, the words on the item, no second item.
func wantPlaced(t *testing.T, c *chat, where string) {
	t.Helper()
	got := c.costs(t, 1, where, bot.Message{Chat: grid3, From: "陈二", Text: where})
	has(t, where, got, "【突发补充·地点】青山村三组 #R1", "说清了在哪："+where, "#R1 补充："+where)
	lacks(t, where, got, "#R2", "120")
	if reps := c.reports(); len(reps) != 1 || !strings.Contains(reps[0].Text, "（补充："+where+"）") {
		t.Fatalf("stored %+v, want the alarm placed", reps)
	}
}

// TestUnknownHouseholdNamed: 「是赵铁柱家的」 names a household the roster
// does not know: the words are kept and the duty officer told to ask
// which it is (alarm82).
func TestUnknownHouseholdNamed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "cry", c.say("陈二", "有人晕倒了 快来人"), "#R1")
	got := c.say("周八", "是赵铁柱家的")
	has(t, "unknown", got, "【突发补充·伤者】青山村三组 #R1", "是赵铁柱家的", "名册里没有「赵铁柱家」，请打电话问清是哪一家")
	if reps := c.reports(); len(reps) != 1 || !strings.Contains(reps[0].Text, "赵铁柱家") {
		t.Fatalf("stored %+v, want the words kept", reps)
	}
}
