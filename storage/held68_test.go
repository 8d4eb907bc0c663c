package storage_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// heldMorning is the morning (CST, as t0) the held texts below wait for.
var heldMorning = time.Date(2026, 12, 27, 7, 0, 0, 0, t0.Location())

// TestHeldTextReadWhenSent: a message held for the morning says its days
// from that morning (「（这是昨天21:56的消息…）」, 「今天」); claimed days
// later (the bot was down) each of those words says its day from the day
// it goes out. The stored text stays as written: put back and claimed the
// day after, it counts from the morning again; the rest of a text cut off
// is sent as it was said. A message on its morning, or not held, is as
// written.
func TestHeldTextReadWhenSent(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	cst := t0.Location()
	held := "【夜里反映】请今天回复「确认 #R1」\n（这是昨天21:56的消息，为免夜里打扰，早上才发）"
	queue(t, st, "h1", []bot.Outbound{
		{To: "李四", Kind: bot.Private, Priority: bot.Normal, Text: held, NotBefore: heldMorning},
		{To: "张三", Kind: bot.Private, Priority: bot.Normal, Text: "已登记，网格长今天会看到"},
	})
	now := time.Date(2026, 12, 31, 9, 0, 0, 0, cst)
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return now }, Loc: cst})
	texts := func(envs []bot.Envelope) map[string]string {
		m := map[string]string{}
		for _, e := range envs {
			m[e.To] = e.Text
		}
		return m
	}
	envs := storagetest.Must(box.Next(ctx, 10))(t)
	got := texts(envs)
	if want := "【夜里反映】请12月27日回复「确认 #R1」\n（这是12月26日21:56的消息，为免夜里打扰，早上才发）"; got["李四"] != want {
		t.Errorf("held, sent on 12月31日: got %q, want %q", got["李四"], want)
	}
	if want := "已登记，网格长今天会看到"; got["张三"] != want {
		t.Errorf("not held: got %q, want %q as written", got["张三"], want)
	}
	if err := box.Release(ctx, envs...); err != nil {
		t.Fatal(err)
	}
	now = time.Date(2027, 1, 1, 9, 0, 0, 0, cst)
	envs = storagetest.Must(box.Next(ctx, 10))(t)
	if want := "【夜里反映】请2026年12月27日回复「确认 #R1」\n（这是2026年12月26日21:56的消息，为免夜里打扰，早上才发）"; texts(envs)["李四"] != want {
		t.Errorf("put back, claimed the next day: got %q, want %q", texts(envs)["李四"], want)
	}
	var lisi bot.Envelope
	for _, e := range envs {
		if e.To == "李四" {
			lisi = e
		}
	}
	rest := "（这是2026年12月26日21:56的消息，今天才发）"
	if err := box.Resume(ctx, lisi, rest); err != nil {
		t.Fatal(err)
	}
	now = now.AddDate(0, 0, 1)
	if got := texts(storagetest.Must(box.Next(ctx, 10))(t))["李四"]; got != rest {
		t.Errorf("the rest of a cut text, the next day: got %q, want %q as sent", got, rest)
	}
}

// TestHeldTextOnItsMorning: on the morning it was held for, a held text
// goes out as written.
func TestHeldTextOnItsMorning(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	held := "（这是昨天21:56的消息，为免夜里打扰，早上才发）"
	queue(t, st, "h2", []bot.Outbound{{To: "李四", Kind: bot.Private, Priority: bot.Normal, Text: held, NotBefore: heldMorning}})
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return heldMorning.Add(3 * time.Hour) }, Loc: t0.Location()})
	if envs := storagetest.Must(box.Next(ctx, 10))(t); len(envs) != 1 || envs[0].Text != held {
		t.Errorf("on its morning: got %v, want %q", envs, held)
	}
}
