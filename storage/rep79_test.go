package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// rep79: the notes held overnight for one leader go out in the morning as
// one message (bot.Outbound.Join), each still withdrawn on its own.

// nightNote is nightNotes' text of ref, without its opening.
func nightNote(ref string) string {
	return "陈二在群里反映 #" + ref + "（一般事项）：路灯坏了\n还没受理的话，请回复「确认 #" + ref + "」（在群里或私信我都行）。"
}

// heldNight commits nightNotes held until morning and settles R2
// overnight, which withdraws its note only.
func heldNight(t *testing.T, st *storage.Store, morning time.Time) {
	t.Helper()
	ctx := context.Background()
	for _, c := range nightNotes(morning) {
		if _, err := st.Commit(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	res, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "settle-R2", Withdraw: []string{"R2"}})
	if err != nil || res.Withdrawn != 1 {
		t.Fatalf("settling R2 withdrew %d (%v), want its note only", res.Withdrawn, err)
	}
}

// morningBox is an outbox of vs on st at morning.
func morningBox(st *storage.Store, morning time.Time) *storage.Outbox {
	return storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return morning }, Loc: t0.Location()})
}

// TestNightNotesJoinedTwoProcesses: at 07:00 李四's notes still held (R1,
// R4; R2's was withdrawn when R2 was settled overnight) are claimed
// together by one process as one message, the opening said once, each
// numbered with its ref and its 确认; a second process claiming at the
// same time gets 王五's note, as written, and none of 李四's. The first
// process crashes between the claim and the ack: the restarted one
// reports both of 李四's notes as of unknown outcome and sends neither
// again; nothing is left queued or in flight.
func TestNightNotesJoinedTwoProcesses(t *testing.T) {
	srv, one := storagetest.NewWithServer(t, 0)
	two := storagetest.Open(t, srv.URL)
	ctx := context.Background()
	morning := t0.Add(22 * time.Hour)
	heldNight(t, one, morning)
	box1, box2 := morningBox(one, morning), morningBox(two, morning)
	envs := storagetest.Must(box1.Next(ctx, 1))(t)
	if len(envs) != 1 || envs[0].To != "李四" {
		t.Fatalf("first claim: %+v, want 李四's notes as one", envs)
	}
	want := "【夜里反映】\n1. " + nightNote("R1") + "\n\n2. " + nightNote("R4")
	if envs[0].Text != want {
		t.Errorf("joined note:\n%s\nwant:\n%s", envs[0].Text, want)
	}
	other := storagetest.Must(box2.Next(ctx, 10))(t)
	if len(other) != 1 || other[0].To != "王五" || other[0].Text != "【夜里反映】"+nightNote("R3") {
		t.Fatalf("second process: %+v, want 王五's note alone, as written", other)
	}
	if err := box2.Done(ctx, true, other...); err != nil {
		t.Fatal(err)
	}
	// the first process dies here, before its ack; it starts again
	again := morningBox(storagetest.Open(t, srv.URL), morning)
	lost := storagetest.Must(again.Abandoned(ctx))(t)
	var texts []string
	for _, e := range lost {
		texts = append(texts, e.To+": "+e.Text)
	}
	if len(lost) != 2 || !strings.Contains(strings.Join(texts, "\n"), "#R1") || !strings.Contains(strings.Join(texts, "\n"), "#R4") {
		t.Errorf("after the crash: %q, want R1's and R4's notes reported", texts)
	}
	if got := storagetest.Must(again.Next(ctx, 10))(t); len(got) != 0 {
		t.Errorf("after the crash: %+v sent again", got)
	}
	rdb := srv.Client(t)
	for _, k := range []string{"outq", "held", "inflight", "retry"} {
		if n := rdb.Exists(ctx, "gb:{"+string(vs)+"}:"+k).Val(); n != 0 {
			t.Errorf("%s left: %v", k, rdb.Type(ctx, "gb:{"+string(vs)+"}:"+k).Val())
		}
	}
}

// TestNightNotesJoinedResumeRetry: a joined note cut off between its parts
// goes on with the rest alone (the others' texts are in it: out of flight,
// "joined"); one not delivered is tried again later joined as before; one
// sent is acked as sent, each of its notes.
func TestNightNotesJoinedResumeRetry(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	morning := t0.Add(22 * time.Hour)
	heldNight(t, st, morning)
	now := morning
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return now }, Loc: t0.Location()})
	first := storagetest.Must(box.Next(ctx, 10))(t)
	if err := box.Done(ctx, true, envelopeTo(first, "王五")); err != nil {
		t.Fatal(err)
	}
	lisi := envelopeTo(first, "李四")
	dead := storagetest.Must(box.Retry(ctx, lisi))(t)
	if len(dead) != 0 {
		t.Fatalf("first attempt: dead %+v", dead)
	}
	now = now.Add(2 * time.Minute)
	again := storagetest.Must(box.Next(ctx, 10))(t)
	if len(again) != 1 || again[0].Key != lisi.Key || again[0].Text != lisi.Text {
		t.Fatalf("retried: %+v, want %q joined again", again, lisi.Key)
	}
	rest := "2. " + nightNote("R4")
	if err := box.Resume(ctx, again[0], rest); err != nil {
		t.Fatal(err)
	}
	after := storagetest.Must(box.Next(ctx, 10))(t)
	if len(after) != 1 || after[0].Text != rest || strings.Contains(after[0].Key, ",") {
		t.Fatalf("resumed: %+v, want the rest alone", after)
	}
	if err := box.Done(ctx, true, after...); err != nil {
		t.Fatal(err)
	}
	if got := storagetest.Must(st.InFlight(ctx, vs))(t); len(got) != 0 {
		t.Errorf("in flight after the rest went: %+v", got)
	}
	if got := storagetest.Must(box.Next(ctx, 10))(t); len(got) != 0 {
		t.Errorf("after the rest went: %+v", got)
	}
}

// TestJoinedKeepsOthersApart: Joined makes one message of the same Join
// to the same chat only: another chat, another Join, or none stays
// apart, in claim order; a text not opening with its Join is numbered
// whole; a last line all of them share is said once, at the end.
func TestJoinedKeepsOthersApart(t *testing.T) {
	q := []storage.Queued{
		{Seq: "1", Outbound: bot.Outbound{To: "李四", Kind: bot.Private, Join: "【夜里反映】", Text: "【夜里反映】甲"}},
		{Seq: "2", Outbound: bot.Outbound{To: "王五", Kind: bot.Private, Join: "【夜里反映】", Text: "【夜里反映】乙"}},
		{Seq: "3", Outbound: bot.Outbound{To: "李四", Kind: bot.Private, Text: "【夜里反映】丙"}},
		{Seq: "4", Outbound: bot.Outbound{To: "李四", Kind: bot.Private, Join: "【积分】", Text: "【积分】丁"}},
		{Seq: "5", Outbound: bot.Outbound{To: "李四", Kind: bot.Private, Join: "【夜里反映】", Text: "戊"}},
		{Seq: "6", Outbound: bot.Outbound{To: "王五", Kind: bot.Private, Join: "【夜里反映】", Text: "【夜里反映】己\n（夜里写的）"}},
		{Seq: "7", Outbound: bot.Outbound{To: "赵六", Kind: bot.Private, Join: "【夜里反映】", Text: "【夜里反映】庚\n请确认\n（夜里写的）"}},
		{Seq: "8", Outbound: bot.Outbound{To: "赵六", Kind: bot.Private, Join: "【夜里反映】", Text: "【夜里反映】辛\n（夜里写的）"}},
	}
	got := storage.Joined(q)
	var seqs, texts []string
	for _, m := range got {
		seqs = append(seqs, strings.Join(m.Seqs(), ","))
		texts = append(texts, m.Text)
	}
	// held81: 李四's 【积分】 joins his 【夜里反映】 (any Join to one chat),
	// each text of a mixed message keeping its own opening
	if want := "1,4,5 2,6 3 7,8"; strings.Join(seqs, " ") != want {
		t.Errorf("seqs %q, want %q", seqs, want)
	}
	if want := "【夜里的消息】\n1. 【夜里反映】甲\n\n2. 【积分】丁\n\n3. 戊"; texts[0] != want {
		t.Errorf("joined %q, want %q", texts[0], want)
	}
	if want := "【夜里反映】\n1. 乙\n\n2. 己\n（夜里写的）"; texts[1] != want {
		t.Errorf("a last line not all share: %q, want %q", texts[1], want)
	}
	if want := "【夜里反映】\n1. 庚\n请确认\n\n2. 辛\n\n（夜里写的）"; texts[3] != want {
		t.Errorf("a last line all share: %q, want %q", texts[3], want)
	}
	if texts[2] != "【夜里反映】丙" {
		t.Errorf("apart: %q", texts[2])
	}
}
