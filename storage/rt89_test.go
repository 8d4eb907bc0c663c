package storage_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// unansweredTimeout is the store's timeout in tests of a commit Redis
// leaves unanswered behind a stall (storagetest.Server.Stall) of seconds:
// short enough to go unanswered well within the stall, long enough that a
// loaded machine's ordinary commits are answered (150 ms was not).
const unansweredTimeout = 500 * time.Millisecond

// unansweredStore is a store on a private Redis with the command timeout
// given and no retry, its commit script loaded.
func unansweredStore(t *testing.T, timeout time.Duration) (*storagetest.Server, *storage.Store) {
	t.Helper()
	srv := storagetest.NeedServer(t)
	st, err := storage.New(storage.Options{URL: srv.URL + "?max_retries=-1", Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	if _, err := st.Commit(context.Background(), storage.Change{Scope: vs, MsgID: "warm", Out: []bot.Outbound{toZhang("warm")}}); err != nil {
		t.Fatal(err)
	}
	return srv, st
}

func toZhang(text string) bot.Outbound {
	return bot.Outbound{To: "张三", Kind: bot.Private, Priority: bot.Normal, Text: text}
}

// unansweredOf is err as an UnansweredError, or the test fails.
func unansweredOf(t *testing.T, err error) *storage.UnansweredError {
	t.Helper()
	var u *storage.UnansweredError
	if !errors.As(err, &u) {
		t.Fatalf("commit error = %v, want an UnansweredError", err)
	}
	return u
}

// TestMadeChecksEveryLink: a chain (commitThen) whose answer Redis left
// unanswered behind a busy script is judged by every link's marker: its
// first made and its township link refused (its guard no longer holds) is
// made in part, not made (before: made, by the first's marker alone, and
// the sender told nothing); every link made is made.
func TestMadeChecksEveryLink(t *testing.T) {
	ts := storage.TownshipScope("青山镇")
	for _, refused := range []bool{true, false} {
		srv, st := unansweredStore(t, unansweredTimeout)
		ctx := context.Background()
		then := storage.Change{Scope: ts, MsgID: "m1:acks", Out: []bot.Outbound{toZhang("镇里已收到")}}
		if refused {
			then.Unchanged = &storage.Kept{Key: "ask:张三", Value: []byte("a question no longer waiting")}
		}
		c := storage.Change{Scope: vs, MsgID: "m1", Out: []bot.Outbound{toZhang("村里已收到")}, Then: &then}
		ended := srv.Stall(t, 2*time.Second)
		_, err := st.Commit(ctx, c)
		u := unansweredOf(t, err)
		<-ended
		landed, err := st.Made(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		if want := (storage.Landed{Made: !refused, Part: refused}); landed != want {
			t.Errorf("refused link %v: Made = %+v, want %+v", refused, landed, want)
		}
	}
}

// TestResendMemoAcrossStores: a commit Redis held and dropped (CLIENT
// PAUSE WRITE) leaves, once Redis takes writes again, the memo of its
// message's words: the same words from the same sender committed by
// another store (another process) are made under the first message's id,
// its derived ids too, so that the first, were it run late, is a
// duplicate; the resend delivered again is one; the same words a third
// time, and other words, are messages of their own.
func TestResendMemoAcrossStores(t *testing.T) {
	srv, st := unansweredStore(t, time.Second)
	ctx := context.Background()
	admin := srv.Client(t)
	by := "g|青山村三组网格群|张三"
	sent := func(id string) *storage.Sent {
		return &storage.Sent{By: by, Text: "上报 村口路灯坏了", ID: id, Under: id}
	}
	change := func(id string) storage.Change {
		return storage.Change{Scope: vs, MsgID: id, Out: []bot.Outbound{toZhang("已登记 " + id)}, Sent: sent(id)}
	}
	if err := admin.Do(ctx, "CLIENT", "PAUSE", "20000", "WRITE").Err(); err != nil {
		t.Fatal(err)
	}
	_, err := st.Commit(ctx, change("m1"))
	u := unansweredOf(t, err)
	if landed, err := st.Made(ctx, u); err != nil || landed.Made || landed.Part {
		t.Fatalf("Made of the held commit = %+v, %v; want not made", landed, err)
	}
	if err := admin.Do(ctx, "CLIENT", "UNPAUSE").Err(); err != nil {
		t.Fatal(err)
	}
	_ = st.Check(ctx)
	st.WaitMemos()

	other := storagetest.Open(t, srv.URL)
	res, err := other.Commit(ctx, change("m2"))
	if err != nil || res.Duplicate {
		t.Fatalf("the resend: %+v, %v; want made", res, err)
	}
	then := storage.Change{Scope: vs, MsgID: "m2:acks", Out: []bot.Outbound{toZhang("acks")}, Sent: sent("m2")}
	if _, err := other.Commit(ctx, then); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"m1", "m1:acks"} {
		if res, err := st.Commit(ctx, change(id)); err != nil || !res.Duplicate {
			t.Errorf("%s run late after the resend: %+v, %v; want a duplicate (the resend was made under its id)", id, res, err)
		}
	}
	if res, err := other.Commit(ctx, change("m2")); err != nil || !res.Duplicate {
		t.Errorf("the resend delivered again: %+v, %v; want a duplicate", res, err)
	}
	if res, err := other.Commit(ctx, change("m3")); err != nil || res.Duplicate {
		t.Errorf("the same words a third time: %+v, %v; want made, its own message", res, err)
	}
	if n := admin.Exists(ctx, "gb:{"+string(vs)+"}:seen:m3").Val(); n != 1 {
		t.Errorf("m3 made under another id")
	}
}

// TestResendMemoDroppedByOtherWords: the sender's other words after the
// memo was left drop it: the same words after them are his own again.
func TestResendMemoDroppedByOtherWords(t *testing.T) {
	srv, st := unansweredStore(t, time.Second)
	ctx := context.Background()
	admin := srv.Client(t)
	change := func(id, text string) storage.Change {
		return storage.Change{Scope: vs, MsgID: id, Out: []bot.Outbound{toZhang(id)}, Sent: &storage.Sent{By: "p|张三", Text: text, ID: id, Under: id}}
	}
	if err := admin.Do(ctx, "CLIENT", "PAUSE", "20000", "WRITE").Err(); err != nil {
		t.Fatal(err)
	}
	_, err := st.Commit(ctx, change("m1", "我的积分"))
	if _, err := st.Made(ctx, unansweredOf(t, err)); err != nil {
		t.Fatal(err)
	}
	if err := admin.Do(ctx, "CLIENT", "UNPAUSE").Err(); err != nil {
		t.Fatal(err)
	}
	_ = st.Check(ctx)
	st.WaitMemos()
	if _, err := st.Commit(ctx, change("m2", "收到")); err != nil {
		t.Fatal(err)
	}
	if res, err := st.Commit(ctx, change("m3", "我的积分")); err != nil || res.Duplicate {
		t.Fatalf("his first words again after others: %+v, %v; want made", res, err)
	}
	if n := admin.Exists(ctx, "gb:{"+string(vs)+"}:seen:m3").Val(); n != 1 {
		t.Errorf("m3 made under another id")
	}
}
