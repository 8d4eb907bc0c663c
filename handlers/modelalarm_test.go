package handlers_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/prompts/promptstest"
	"gridbot/understand"
	"gridbot/village"
)

// modelFireChat is a chat of the example village whose reader asks a
// fake model that reads a fire in every message holding trigger and
// chatter in the rest.
func modelFireChat(t *testing.T, trigger string) (*chat, *promptstest.Server) {
	fire := `{"intent":"report","also":"","type":"emergency","category":"安全隐患","hazard":"fire","summary":"起火","place":"","people":[],"indicator":"","confidence":0.95}`
	chatter := `{"intent":"noise","also":"","type":"","category":"","hazard":"","summary":"","place":"","people":[],"indicator":"","confidence":0.9}`
	srv := promptstest.New(t, func(req promptstest.Request) promptstest.Response {
		if strings.Contains(req.User(), trigger) {
			return promptstest.Response{Content: fire}
		}
		return promptstest.Response{Content: chatter}
	})
	return newChat(t, modelReader(t, srv, understand.PipelineOptions{})), srv
}

// TestModelOnlyEmergency: an emergency only the model saw (the rules read
// a pothole, the model a fire) goes out at once, marked for checking in
// the duty chat and the group; a fire the rules see minutes later is an
// alarm of its own, never news of the model's, and its witnesses join it.
func TestModelOnlyEmergency(t *testing.T) {
	c, srv := modelFireChat(t, "大坑")
	expect(t, "the model's fire", c.say("张三", "村口那条路上有个大坑，车子过不去"),
		"青山镇应急值班群: 【突发事件】青山村三组 #R1（机器判断，请核实）", "紧急情况 #R1 已登记，已报告镇应急值班。（机器判断，请网格长先核实）")
	if srv.Calls() == 0 {
		t.Fatal("the model was not asked about the pothole")
	}
	got := c.say("陈二", "后山着火了！！烟好大")
	expect(t, "a real fire", got, "青山镇应急值班群: 【突发事件】青山村三组 #R2", "紧急情况 #R2 已登记")
	for _, s := range got {
		if strings.Contains(s, "#R2（机器判断") || strings.Contains(s, "（机器判断，请网格长先核实）") {
			t.Errorf("a fire the rules see is marked as the model's: %q", s)
		}
	}
	expect(t, "its witness", c.say("王五", "后山起火了 快来人"), "青山镇应急值班群: 【突发补充】青山村三组 #R2")
	reps := c.reports()
	if len(reps) != 2 || !reps[0].ByModel || reps[1].ByModel {
		t.Errorf("reports: %+v, want R1 by the model and R2 not", reps)
	}
}

// TestRealAlarmNamesModelAlarm: a fire the rules see, naming no other
// place, minutes after a fire only the model saw in the same group, is an
// alarm of its own, and its duty post names the model's item as perhaps
// the same thing with the words that merge them; the duty officer merges
// them from the duty chat, and the watchdog then chases one item. An
// item someone has acted on is not named.
func TestRealAlarmNamesModelAlarm(t *testing.T) {
	c, _ := modelFireChat(t, "不对劲")
	expect(t, "the model's fire", c.say("张三", "后头那家不对劲，好多人在喊"),
		"青山镇应急值班群: 【突发事件】青山村三组 #R1（机器判断，请核实）", "#R1 已登记")
	expect(t, "the real fire", c.say("陈二", "着火了！！快来人"),
		"青山镇应急值班群: 【突发事件】青山村三组 #R2\n情况：着火了！！快来人\n报告人：陈二（13900000002），3月2日 09:02\n网格长：李四 13900000004；网格员：王五 13900000005\n"+
			"刚才机器判断的 #R1（后头那家不对劲，好多人在喊）可能是同一件事，是的话回复「重复 #R1 #R2」合并。\n请值班人员立即调度；接手后回复「确认 #R2」。", "#R2 已登记")
	expect(t, "the duty officer merges them", c.send(bot.Message{Chat: "青山镇应急值班群", From: "孙七", Text: "重复 #R1 #R2"}),
		"青山镇应急值班群: #R1 与 #R2 是同一件事，已合并。", "青山村三组网格群: #R1 与 #R2 是同一件事，已合并。")
	reps := c.reports()
	if len(reps) != 2 {
		t.Fatalf("reports: %+v, want 2", reps)
	}
	if r1 := reps[0]; r1.Status != village.StatusDuplicate || r1.DuplicateOf != "R2" {
		t.Errorf("R1 after 重复: status %s, of %q; want a duplicate of R2", r1.Status, r1.DuplicateOf)
	}
	if r2 := reps[1]; r2.Status != village.StatusNew || !slices.Contains(r2.Followers, "张三") {
		t.Errorf("R2: status %s, followers %v; want new, followed by 张三", r2.Status, r2.Followers)
	}
	// Once acted on, a model's alarm is someone's item, not named.
	c.now = c.now.Add(time.Hour)
	expect(t, "another model fire", c.say("张三", "河对岸那边也不对劲"), "#R3（机器判断，请核实）", "#R3 已登记")
	c.say("李四", "确认 #R3")
	got := c.say("陈二", "着火了 又着火了")
	expect(t, "a real fire after an accepted model one", got, "【突发事件】青山村三组 #R4", "#R4 已登记")
	for _, s := range got {
		if strings.Contains(s, "可能是同一件事") {
			t.Errorf("an accepted model alarm was named: %q", s)
		}
	}
}
