package handlers_test

import (
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/prompts"
	"gridbot/prompts/promptstest"
	"gridbot/understand"
)

// TestModelOnlyEmergency: an emergency only the model saw (the rules read
// a pothole, the model a fire) goes out at once, marked for checking in
// the duty chat and the group; a fire the rules see minutes later is an
// alarm of its own, never news of the model's, and its witnesses join it.
func TestModelOnlyEmergency(t *testing.T) {
	fire := `{"intent":"report","also":"","type":"emergency","category":"安全隐患","hazard":"fire","summary":"路上起火","place":"","people":[],"indicator":"","confidence":0.95}`
	chatter := `{"intent":"noise","also":"","type":"","category":"","hazard":"","summary":"","place":"","people":[],"indicator":"","confidence":0.9}`
	srv := promptstest.New(t, func(req promptstest.Request) promptstest.Response {
		if strings.Contains(req.User(), "大坑") {
			return promptstest.Response{Content: fire}
		}
		return promptstest.Response{Content: chatter}
	})
	cfg, _ := exampleVillage(t)
	reader := understand.NewPipeline(understand.PipelineOptions{
		Rules: understand.Rules{Catalogue: cfg.Points.Indicators()},
		LLM:   prompts.New(prompts.Options{BaseURL: srv.URL(), Model: "m"}), Model: "m", Timeout: time.Second,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	c := newChat(t, reader)
	expect(t, "the model's fire", c.say("张三", "村口那条路上有个大坑，车子过不去"),
		"青山镇应急值班群: 【突发事件】青山村三组 #R1（机器判断，请核实）", "紧急情况 #R1 已登记，已报告镇应急值班。（机器判断，请网格长先核实）")
	if srv.Calls() == 0 {
		t.Fatal("the model was not asked about the pothole")
	}
	got := c.say("陈二", "后山着火了！！烟好大")
	expect(t, "a real fire", got, "青山镇应急值班群: 【突发事件】青山村三组 #R2", "紧急情况 #R2 已登记")
	for _, s := range got {
		if strings.Contains(s, "机器判断") {
			t.Errorf("a fire the rules see is marked as the model's: %q", s)
		}
	}
	expect(t, "its witness", c.say("王五", "后山起火了 快来人"), "青山镇应急值班群: 【突发补充】青山村三组 #R2")
	reps := c.reports()
	if len(reps) != 2 || !reps[0].ByModel || reps[1].ByModel {
		t.Errorf("reports: %+v, want R1 by the model and R2 not", reps)
	}
}
