package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// rt68Calls is a replica (a) that follows 三组's notices and logs 王五's
// calls of 王奶奶 saying she goes to the notice's 补贴, on a Redis another
// replica's store (bst) shares.
type rt68Calls struct {
	t        *testing.T
	a        *pointsBot
	ast, bst *storage.Store
	srv      *storagetest.Server
	n        int
}

func newRT68Calls(t *testing.T) *rt68Calls {
	srv := storagetest.NeedServer(t)
	cfg, dir := exampleVillage(t)
	ast, bst := storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	c := &rt68Calls{t: t, a: pointsBotOn(t, cfg, dir, ast, ast), ast: ast, bst: bst, srv: srv}
	pointsBotOn(t, cfg, dir, bst, bst) // b's store marks the villages' mirrors as a replica's does
	c.handle(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天下午3点在村委会领取暖补贴，请带身份证"})
	return c
}

// handle handles m (its id, when none, the next) at the next minute and
// returns what was sent and the round trips it cost.
func (c *rt68Calls) handle(m bot.Message) ([]string, int64) {
	c.t.Helper()
	c.n++
	c.a.now = c.a.now.Add(time.Minute)
	if m.ID == "" {
		m.ID = fmt.Sprintf("rt68-%d", c.n)
	}
	m.At = c.a.now
	before := c.ast.RoundTrips()
	if err := c.a.r.Handle(context.Background(), m); err != nil {
		c.t.Fatalf("%s: %s: %v", m.From, m.Text, err)
	}
	trips := c.ast.RoundTrips() - before
	return c.a.drain(), trips
}

// call is 王五's private 回访 of 王奶奶 with id.
func (c *rt68Calls) call(id, text string) ([]string, int64) {
	c.t.Helper()
	return c.handle(bot.Message{ID: id, Private: true, From: "王五", Text: text})
}

// acks is how many 收到 of N1 王奶奶's household has.
func (c *rt68Calls) acks() int64 {
	c.t.Helper()
	got, err := c.ast.Counters(context.Background(), storage.TownshipScope("青山镇"), storage.AckHash("N1"))
	if err != nil {
		c.t.Fatal(err)
	}
	return got["青山村/QS-305"]
}

// hold writes N1 back as held (not passed on any more) through st, as a
// correction by another replica would change it.
func (c *rt68Calls) hold(st *storage.Store) {
	c.t.Helper()
	ctx := context.Background()
	ts := storage.TownshipScope("青山镇")
	ns, err := st.RecentNotices(ctx, ts, storage.NoticesPostedTo("青山村三组网格群"), time.Time{}, "N1")
	if err != nil || len(ns) != 1 {
		c.t.Fatalf("N1: %v %v", ns, err)
	}
	n := ns[0]
	n.Held = true
	d, err := storage.NoticeDoc(n)
	if err != nil {
		c.t.Fatal(err)
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: ts, MsgID: "hold-N1", Docs: []storage.Doc{d}}); err != nil {
		c.t.Fatal(err)
	}
}

// warm logs two calls: the first builds the new store's notice indexes,
// the second reads the notices and the village's mirror; the third is
// decided on this replica's copy, in one round trip.
func (c *rt68Calls) warm() {
	c.t.Helper()
	c.call("", "回访 王奶奶 已通 她说明天去领")
	c.call("", "回访 王奶奶 已通 第2次 她说明天去领")
	out, trips := c.call("", "回访 王奶奶 已通 第3次 她说明天去领")
	if trips != 1 {
		c.t.Errorf("the call decided on the followed notices cost %d round trips, want 1", trips)
	}
	has(c.t, "third call", out, "收到")
	if got := c.acks(); got != 1 {
		c.t.Errorf("N1 acks %d after three calls of one day, want 1", got)
	}
}

// TestCallSaysSheGoesAfterAnotherReplica: once the copy serves 王五's
// calls, another replica holds the notice back. The next call, decided on
// the stale copy, is refused by the village's mirror and decided again on
// the notices as stored: nothing passed on, no 收到 counted nor said.
func TestCallSaysSheGoesAfterAnotherReplica(t *testing.T) {
	c := newRT68Calls(t)
	c.warm()
	c.a.now = c.a.now.Add(24 * time.Hour) // a new day: a new 收到 would count
	c.hold(c.bst)
	out, trips := c.call("", "回访 王奶奶 已通 她说今天去领")
	if trips < 3 {
		t.Errorf("the call after another replica's write cost %d round trips: the stale copy was not refused", trips)
	}
	has(t, "after the hold", out, "已记录")
	if s := strings.Join(out, "\n"); strings.Contains(s, "收到") {
		t.Errorf("a 收到 of the held notice was said:\n%s", s)
	}
	if got := c.acks(); got != 1 {
		t.Errorf("N1 acks %d, want 1: the held notice counted again", got)
	}
}

// TestCallAfterAWriteThatDied: a notice write whose process died after it
// wrote the notice, before it ended its marks, leaves the mirror saying a
// write is in flight: calls are decided on the notices as stored (read
// each time: no guard may stand for them) until a write ends it.
func TestCallAfterAWriteThatDied(t *testing.T) {
	c := newRT68Calls(t)
	c.warm()
	c.a.now = c.a.now.Add(24 * time.Hour)
	ctx := context.Background()
	srvStore := storagetest.Open(t, c.srv.URL) // a store told of no mirror: the notice alone
	mark := storage.Kept{Key: storage.NoticeMirrorKey, Value: []byte("?died"), TTL: time.Minute}
	if _, err := srvStore.Commit(ctx, storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "died", Keep: []storage.Kept{mark}}); err != nil {
		t.Fatal(err)
	}
	c.hold(srvStore)
	for i := range 2 {
		out, trips := c.call("", fmt.Sprintf("回访 王奶奶 已通 第%d回 她说今天去领", i+1))
		if trips < 2 {
			t.Errorf("call %d after the write that died cost %d round trips: decided on the copy", i+1, trips)
		}
		if s := strings.Join(out, "\n"); strings.Contains(s, "收到") {
			t.Errorf("call %d: a 收到 of the held notice was said:\n%s", i+1, s)
		}
	}
	if got := c.acks(); got != 1 {
		t.Errorf("N1 acks %d, want 1", got)
	}
}

// TestCallOnCopyDeliveredTwice: a call decided on the copy, delivered
// again (the bot restarted before it knew it was handled), logs and says
// nothing twice.
func TestCallOnCopyDeliveredTwice(t *testing.T) {
	c := newRT68Calls(t)
	c.warm()
	c.a.now = c.a.now.Add(24 * time.Hour)
	out, trips := c.call("twice", "回访 王奶奶 已通 她说今天去领")
	if trips != 1 {
		t.Errorf("the call cost %d round trips, want 1", trips)
	}
	has(t, "first delivery", out, "收到")
	again, _ := c.call("twice", "回访 王奶奶 已通 她说今天去领")
	if len(again) != 0 {
		t.Errorf("the message delivered again said:\n%s", strings.Join(again, "\n"))
	}
	if got := c.acks(); got != 2 {
		t.Errorf("N1 acks %d, want 2 (one a day)", got)
	}
}
