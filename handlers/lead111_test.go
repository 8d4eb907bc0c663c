package handlers_test

import (
	"io"
	"log/slog"
	"testing"
	"time"

	"gridbot/handlers"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// pausedModel reads by the rules and says its model is paused until
// retry, as understand.Pipeline does after failures.
type pausedModel struct {
	understand.Rules
	retry time.Time
}

func (p pausedModel) Health() understand.Health {
	return understand.Health{Model: "qwen", State: "paused", RetryAt: p.retry}
}

// TestAdminAsksStatus (lead111): the admin's private 「状态」 and 「机器人运行
// 正常吗」 got the menu; they get that the bot works, and with a model
// configured and paused, until when and that the rules read meanwhile. A
// villager's 「@网格小助手 你好使吗」 gets that it works and what to send;
// 「在吗」 stays the menu, 「路灯坏了吗」 is no question about the bot.
func TestAdminAsksStatus(t *testing.T) {
	cfg, dir := exampleVillage(t)
	cfg.LLM.Enabled = true
	st := storagetest.New(t)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir,
		Reader: pausedModel{retry: at.Add(20 * time.Minute)}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	c := &chat{t: t, r: r, st: st, now: at}
	retry := at.Add(20 * time.Minute).In(cfg.Location()).Format("15:04")
	for _, q := range []string{"状态", "机器人运行正常吗"} {
		got := c.private("吴九", q)
		has(t, q, got, "我在，正常工作", "大模型暂时不通，"+retry+" 再试", "用规则读", "/healthz")
		lacks(t, q, got, "可以这样用")
	}
	// in the office chat, said to the bot by the officer
	has(t, "office", c.in(officeChat, "孙七", "@网格小助手 机器人正常吗"), "我在，正常工作", "大模型暂时不通")
	got := c.say("张三", "@网格小助手 你好使吗")
	has(t, "villager", got, "我在，正常工作", "发「帮助」")
	lacks(t, "villager", got, "大模型", "可以这样用")
	has(t, "ping", c.private("张三", "在吗"), "可以这样用")
	lacks(t, "broken lamp", c.say("张三", "@网格小助手 村口路灯坏了吗"), "我在，正常工作")
}

// TestWeatherAskedOfTheBot (lead111): 「明天下雪吗」 said to the bot got
// the menu; it gets that the bot has no forecast, where to look, and what
// to tell it instead. Snow that did harm is no weather question.
func TestWeatherAskedOfTheBot(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, got := range [][]string{c.private("张三", "明天下雪吗"), c.say("陈二", "@网格小助手 这两天多少度")} {
		has(t, "weather", got, "天气我查不到", "直接告诉我")
		lacks(t, "weather", got, "可以这样用")
	}
	lacks(t, "harm", c.say("张三", "@网格小助手 雪把俺家棚子压塌了 咋办"), "天气我查不到")
}
