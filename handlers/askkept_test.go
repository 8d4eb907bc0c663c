package handlers_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// askTakenFails is a Store whose next fail commits that take a question
// (storage.AskTaken, storage.AskAnswered), of those holding match when
// set, fail as if Redis were down: the change is not made.
type askTakenFails struct {
	*storage.Store
	fail  int
	match string
}

func (f *askTakenFails) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	for _, k := range ch.Keep {
		if f.fail > 0 && strings.HasPrefix(k.Key, "ask:") && (k.TTL == 0 || k.Drop) && strings.Contains(string(k.Value), f.match) {
			f.fail--
			return storage.Result{}, fmt.Errorf("test: %w", storage.ErrUnavailable)
		}
	}
	return f.Store.Commit(ctx, ch)
}

func askFailingChat(t *testing.T) (*chat, *askTakenFails) {
	t.Helper()
	st := storagetest.New(t)
	f := &askTakenFails{Store: st}
	return wrappedChat(t, st, f), f
}

// wrappedChat is a chat of the example village reading with
// pendingReader, whose bot commits through wrapper, a Store around st.
func wrappedChat(t *testing.T, st *storage.Store, wrapper handlers.Store) *chat {
	t.Helper()
	cfg, dir := exampleVillage(t)
	return &chat{t: t, st: st, now: at, r: handlers.New(handlers.Options{Config: cfg, Store: wrapper, People: dir,
		Reader: pendingReader(), Logger: slog.New(slog.DiscardHandler)})}
}

// failedAnswer sends an answer whose commit fails: Handle reports it.
func failedAnswer(t *testing.T, c *chat, m bot.Message) {
	t.Helper()
	c.now = c.now.Add(1)
	m.At = c.now
	if err := c.r.Handle(t.Context(), m); !errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("%s with the commit failing: %v, want ErrUnavailable", m.Text, err)
	}
}

// TestAnswerCommitFails: a 「1」 whose commit fails leaves the question
// in place: the same message delivered again files it, once; a third
// delivery files nothing more, and a new 「1」 finds nothing waiting.
func TestAnswerCommitFails(t *testing.T) {
	c, f := askFailingChat(t)
	has(t, "asked", c.say("陈二", "东头那条路有个坑"), "回复「1」登记")
	one := bot.Message{ID: "one", Chat: grid3, From: "陈二", Text: "1"}
	f.fail = 1
	failedAnswer(t, c, one)
	if f.fail != 0 {
		t.Fatal("no commit took the question: the test proves nothing")
	}
	c.wantReports(0, "")
	expect(t, "the same 1 again", c.send(one), grid3+": 已登记 #R1")
	expect(t, "and once more", c.send(one))
	c.wantReports(1, "")
	expect(t, "a new 1: nothing waits", c.say("陈二", "1"))
}

// TestAnswerManyCommitFails: two matters one 「1」 files are one commit
// (rt52): it failing files neither and leaves both waiting; the next 「1」
// files both.
func TestAnswerManyCommitFails(t *testing.T) {
	c, f := askFailingChat(t)
	c.say("陈二", "东头那条路有个坑")
	has(t, "second asked", c.say("陈二", "后山水渠好像堵了"), "回复「1」登记")
	f.fail, f.match = 1, "后山水渠"
	failedAnswer(t, c, bot.Message{ID: "one", Chat: grid3, From: "陈二", Text: "1"})
	if f.fail != 0 {
		t.Fatal("no commit took the question: the test proves nothing")
	}
	c.wantReports(0, "")
	expect(t, "nothing told", c.flush())
	got := c.say("陈二", "1")
	has(t, "next 1 files the first", got, "已登记 #R1")
	has(t, "and the second", got, "已登记 #R2")
	has(t, "the second named", got, "后山水渠好像堵了")
	expect(t, "nothing waits any more", c.say("陈二", "1"))
	c.wantReports(2, "")
}
