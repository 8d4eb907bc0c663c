package storage_test

import (
	"context"
	"fmt"
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
	envs := storagetest.Must(box.Next(ctx, 10))(t)
	got := sentTexts(envs)
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
	if want := "【夜里反映】请2026年12月27日回复「确认 #R1」\n（这是2026年12月26日21:56的消息，为免夜里打扰，早上才发）"; sentTexts(envs)["李四"] != want {
		t.Errorf("put back, claimed the next day: got %q, want %q", sentTexts(envs)["李四"], want)
	}
	lisi := envelopeTo(envs, "李四")
	rest := "（这是2026年12月26日21:56的消息，今天才发）"
	if err := box.Resume(ctx, lisi, rest); err != nil {
		t.Fatal(err)
	}
	now = now.AddDate(0, 0, 1)
	if got := sentTexts(storagetest.Must(box.Next(ctx, 10))(t))["李四"]; got != rest {
		t.Errorf("the rest of a cut text, the next day: got %q, want %q as sent", got, rest)
	}
}

// sentTexts is the text of each claimed envelope, by whom it goes to.
func sentTexts(envs []bot.Envelope) map[string]string {
	m := map[string]string{}
	for _, e := range envs {
		m[e.To] = e.Text
	}
	return m
}

// envelopeTo is the claimed envelope that goes to to.
func envelopeTo(envs []bot.Envelope, to string) bot.Envelope {
	for _, e := range envs {
		if e.To == to {
			return e
		}
	}
	return bot.Envelope{}
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

// TestLateTextReadWhenSent (ops74): a message queued at once but claimed
// late (the transport failed meanwhile) says its days from when it was
// written, as a held one does, and on a last line that it is late; the
// write time is the one Commit stamps from its context (WrittenAt). Put
// back and claimed again it is reworded from the same write time; the
// rest of a text cut off is sent as it was said. Claimed within
// LateAfter on its day it is as written, and a message of no write time
// (an older one) too.
func TestLateTextReadWhenSent(t *testing.T) {
	st := storagetest.New(t)
	cst := t0.Location()
	written := time.Date(2026, 12, 1, 21, 5, 0, 0, cst)
	ctx := storage.WrittenAt(context.Background(), written)
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "late1", Out: []bot.Outbound{
		{To: "李四", Kind: bot.Private, Priority: bot.Normal, Text: "张三反映的 #R1 请今天确认，明天再看进展"},
		{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Normal, Text: "已登记 #R1，网格长今天会看到"},
	}}); err != nil {
		t.Fatal(err)
	}
	queue(t, st, "old1", []bot.Outbound{{To: "王五", Kind: bot.Private, Priority: bot.Normal, Text: "今天的记录"}})
	now := time.Date(2026, 12, 1, 21, 30, 0, 0, cst)
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return now }, Loc: cst})
	envs := storagetest.Must(box.Next(ctx, 10))(t)
	if got := sentTexts(envs)["李四"]; got != "张三反映的 #R1 请今天确认，明天再看进展" {
		t.Errorf("claimed 25 minutes on, the same day: got %q, want as written", got)
	}
	if err := box.Release(ctx, envs...); err != nil {
		t.Fatal(err)
	}
	now = time.Date(2026, 12, 2, 8, 40, 0, 0, cst) // the transport back the next morning
	envs = storagetest.Must(box.Next(ctx, 10))(t)
	got := sentTexts(envs)
	if want := "张三反映的 #R1 请12月1日确认，今天再看进展\n（这是12月1日21:05的消息，没能及时发出，现在补发）"; got["李四"] != want {
		t.Errorf("claimed the next morning: got %q, want %q", got["李四"], want)
	}
	if want := "已登记 #R1，网格长12月1日会看到\n（这是12月1日21:05的消息，没能及时发出，现在补发）"; got["青山村三组网格群"] != want {
		t.Errorf("the group's, the next morning: got %q, want %q", got["青山村三组网格群"], want)
	}
	if got["王五"] != "今天的记录" {
		t.Errorf("no write time: got %q, want as written", got["王五"])
	}
	if err := box.Release(ctx, envs...); err != nil {
		t.Fatal(err)
	}
	now = time.Date(2026, 12, 1, 23, 0, 0, 0, cst).AddDate(0, 0, 2) // 12月3日: the same write time again
	envs = storagetest.Must(box.Next(ctx, 10))(t)
	if want := "张三反映的 #R1 请12月1日确认，12月2日再看进展\n（这是12月1日21:05的消息，没能及时发出，现在补发）"; sentTexts(envs)["李四"] != want {
		t.Errorf("put back, claimed on 12月3日: got %q, want %q", sentTexts(envs)["李四"], want)
	}
	lisi := envelopeTo(envs, "李四")
	rest := "12月2日再看进展\n（这是12月1日21:05的消息，没能及时发出，现在补发）"
	if err := box.Resume(ctx, lisi, rest); err != nil {
		t.Fatal(err)
	}
	now = now.AddDate(0, 0, 1)
	if got := sentTexts(storagetest.Must(box.Next(ctx, 10))(t))["李四"]; got != rest {
		t.Errorf("the rest of a cut text, the next day: got %q, want %q as sent", got, rest)
	}
}

// BenchmarkOutboxLateClaim: a message queued with its write time (a
// stamped Commit) and claimed the next day, reworded with its late note:
// one round trip to queue, one to claim, as a message of no write time
// (ops74).
func BenchmarkOutboxLateClaim(b *testing.B) {
	written := time.Date(2026, 12, 1, 21, 5, 0, 0, t0.Location())
	benchClaimAt(b, written, written.AddDate(0, 0, 1), "请12月1日确认\n（这是12月1日21:05的消息，没能及时发出，现在补发）")
}

// benchClaimAt queues 「请今天确认」 written at written, claims it at now
// and reports the round trips of both; the text claimed must be want.
func benchClaimAt(b *testing.B, written, now time.Time, want string) {
	st := storagetest.New(b)
	ctx := storage.WrittenAt(context.Background(), written)
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return now }, Loc: t0.Location()})
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		start := st.RoundTrips()
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: fmt.Sprintf("late-%d", i),
			Out: []bot.Outbound{{To: "李四", Kind: bot.Private, Priority: bot.Normal, Text: "请今天确认"}}}); err != nil {
			b.Fatal(err)
		}
		envs, err := box.Next(ctx, 10)
		if err != nil || len(envs) != 1 || envs[0].Text != want {
			b.Fatalf("claimed %v (%v)", envs, err)
		}
		trips, n = trips+st.RoundTrips()-start, n+1
		if err := box.Done(ctx, true, envs...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(trips)/float64(n), "RT/msg")
}
