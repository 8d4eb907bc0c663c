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

// forwardedTimes (ops75) are the texts a message to 白水村's group queued in
// the township scope reads as: written at 21:05 on 12月1日, forwarded by
// account 1 at once, sent by account 2 the next morning.
var (
	fwdWritten = time.Date(2026, 12, 1, 21, 5, 0, 0, t0.Location())
	fwdLate    = "请12月1日确认\n（这是12月1日21:05的消息，没能及时发出，现在补发）"
)

// timedBoxes are accounts 1 and 2 (accountOne, accountTwo) with their
// clocks at *now.
func timedBoxes(st *storage.Store, now *time.Time) (one, two *storage.Outbox) {
	clock := func() time.Time { return *now }
	cst := t0.Location()
	one = storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs, township}, Route: route, Now: clock, Loc: cst})
	two = storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{baishui}, Route: route, Now: clock, Loc: cst})
	return one, two
}

// TestForwardKeepsTheWriteTime (ops75): a message forwarded to the account
// that serves its chat keeps when it was written, so that sent late from
// there it says its days from then and that it is late, as it would have
// from here; a message held in quiet hours keeps the morning it was held
// for. Before, the first account reworded it at its claim and dropped the
// time: the next morning 白水村's group read 「请今天确认」.
func TestForwardKeepsTheWriteTime(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	if _, err := st.Commit(storage.WrittenAt(ctx, fwdWritten), storage.Change{Scope: township, MsgID: "w1", Out: []bot.Outbound{
		{To: "白水村一组群", Kind: bot.Group, Priority: bot.Normal, Text: "请今天确认"},
		{To: "白水村一组群", Kind: bot.Group, Priority: bot.Normal, Text: "【夜里反映】请今天回复\n（这是昨天21:56的消息，为免夜里打扰，早上才发）",
			NotBefore: heldMorning},
	}}); err != nil {
		t.Fatal(err)
	}
	now := fwdWritten.Add(5 * time.Minute)
	one, two := timedBoxes(st, &now)
	wantSends(ctx, t, one, "account 1", []string(nil)...)
	now = time.Date(2026, 12, 2, 8, 40, 0, 0, t0.Location()) // account 2 back the next morning
	envs := storagetest.Must(two.Next(ctx, 10))(t)
	if len(envs) != 1 || envs[0].Text != fwdLate {
		t.Errorf("forwarded, sent the next morning: got %v, want %q", envs, fwdLate)
	}
	storagetest.Must(0, two.Done(ctx, true, envs...))(t)

	now = heldMorning.Add(time.Minute)
	wantSends(ctx, t, one, "account 1 on the held morning", []string(nil)...)
	now = heldMorning.AddDate(0, 0, 2)
	envs = storagetest.Must(two.Next(ctx, 10))(t)
	if want := "【夜里反映】请12月27日回复\n（这是12月26日21:56的消息，为免夜里打扰，早上才发）"; len(envs) != 1 || envs[0].Text != want {
		t.Errorf("held, forwarded, sent two days on: got %v, want %q", envs, want)
	}
}

// TestForwardAfterACrashKeepsTheWriteTime (ops75): a message left in
// flight by a crash is forwarded at restart (Abandoned) with its write
// time too.
func TestForwardAfterACrashKeepsTheWriteTime(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	if _, err := st.Commit(storage.WrittenAt(ctx, fwdWritten), storage.Change{Scope: township, MsgID: "w2", Out: []bot.Outbound{
		{To: "白水村一组群", Kind: bot.Group, Priority: bot.Normal, Text: "请今天确认"},
	}}); err != nil {
		t.Fatal(err)
	}
	if q, err := st.Claim(ctx, township, 10, fwdWritten); err != nil || len(q) != 1 {
		t.Fatalf("Claim = %v, %v; want the message", q, err)
	}
	now := time.Date(2026, 12, 2, 8, 40, 0, 0, t0.Location())
	one, two := timedBoxes(st, &now)
	if lost := storagetest.Must(one.Abandoned(ctx))(t); len(lost) != 0 {
		t.Errorf("Abandoned = %v, want nothing (forwarded)", lost)
	}
	if envs := storagetest.Must(two.Next(ctx, 10))(t); len(envs) != 1 || envs[0].Text != fwdLate {
		t.Errorf("forwarded at restart, sent: got %v, want %q", envs, fwdLate)
	}
}

// BenchmarkOutboxForwardLate (ops75): a message with its write time queued
// in the township scope, forwarded by account 1 (its claim, the forward's
// commit, the state) and claimed late by account 2 with its late note.
func BenchmarkOutboxForwardLate(b *testing.B) {
	st := storagetest.New(b)
	ctx := storage.WrittenAt(context.Background(), fwdWritten)
	now := fwdWritten
	one, two := timedBoxes(st, &now)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		now = fwdWritten
		start := st.RoundTrips()
		if _, err := st.Commit(ctx, storage.Change{Scope: township, MsgID: fmt.Sprintf("fl-%d", i), Out: []bot.Outbound{
			{To: "白水村一组群", Kind: bot.Group, Priority: bot.Normal, Text: "请今天确认"}}}); err != nil {
			b.Fatal(err)
		}
		if envs, err := one.Next(ctx, 10); err != nil || len(envs) != 0 {
			b.Fatalf("account 1 claimed %v (%v), want it forwarded", envs, err)
		}
		now = fwdWritten.AddDate(0, 0, 1)
		envs, err := two.Next(ctx, 10)
		if err != nil || len(envs) != 1 || envs[0].Text != fwdLate {
			b.Fatalf("account 2 claimed %v (%v)", envs, err)
		}
		trips, n = trips+st.RoundTrips()-start, n+1
		if err := two.Done(ctx, true, envs...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(trips)/float64(n), "RT/msg")
}
