package storage_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestClaimBehindTheWriteTimeKeepsTheDays (ops85): a message claimed by a
// clock behind the time it was written goes as written. A replay killed
// between the calls job's commit (03-03 08:00) and its drain left the
// 【电话回访】 queued; run again from the transcript's first line
// (03-02) it sent 「请明天给袁桂珍打个电话」 for the 03-03 message
// (TestKilledMidReplayLosesNothing's flake under load). A day later the
// message still says its date and that it is late.
func TestClaimBehindTheWriteTimeKeepsTheDays(t *testing.T) {
	st := storagetest.New(t)
	cst := t0.Location()
	written := time.Date(2026, 3, 3, 8, 0, 0, 0, cst)
	text := "【电话回访】请今天给袁桂珍打个电话：13800002041（关爱等级：重点，每月一次）。"
	if _, err := st.Commit(storage.WrittenAt(context.Background(), written), storage.Change{Scope: vs, MsgID: "job:calls@0303",
		Out: []bot.Outbound{{To: "朱大勇", Kind: bot.Private, Priority: bot.Normal, Text: text}}}); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, cst)
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return now }, Loc: cst})
	ctx := context.Background()
	envs := storagetest.Must(box.Next(ctx, 10))(t)
	if got := sentTexts(envs)["朱大勇"]; got != text {
		t.Errorf("claimed the day before it was written: got %q, want %q as written", got, text)
	}
	if err := box.Release(ctx, envs...); err != nil {
		t.Fatal(err)
	}
	now = written.AddDate(0, 0, 1)
	want := "【电话回访】请3月3日给袁桂珍打个电话：13800002041（关爱等级：重点，每月一次）。\n（这是3月3日08:00的消息，没能及时发出，现在补发）"
	if got := sentTexts(storagetest.Must(box.Next(ctx, 10))(t))["朱大勇"]; got != want {
		t.Errorf("claimed the day after: got %q, want %q", got, want)
	}
}

// BenchmarkOutboxClaimBehindWritten (ops85): a message claimed by a clock
// a day behind its write time goes as written; one round trip to queue,
// one to claim, as any other.
func BenchmarkOutboxClaimBehindWritten(b *testing.B) {
	written := time.Date(2026, 3, 3, 8, 0, 0, 0, t0.Location())
	benchClaimAt(b, written, written.AddDate(0, 0, -1), "请今天确认")
}
