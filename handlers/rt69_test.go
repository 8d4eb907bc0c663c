package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// rt69Bots are two replicas on one Redis: a, whose round trips are
// counted, and b, which makes another process's changes.
func rt69Bots(t *testing.T) (a, b *pointsBot) {
	a, b = replicaBots(t, false) // a started replica: the waiting questions copied
	a.say("张三", "申请积分 帮王奶奶挑水 王五可以作证")
	a.say("赵六", "同意 #C1")
	publishClaims(t, a.st, a.now, 1)
	a.drain()
	return a, b
}

// rt69Private is 张三's private text to a, with what was sent and the
// round trips it cost (not the sending's).
func rt69Private(a *pointsBot, id, text string) ([]string, int64) {
	a.t.Helper()
	a.now = a.now.Add(time.Minute)
	before := a.st.RoundTrips()
	if err := a.r.Handle(context.Background(), bot.Message{ID: id, At: a.now, Private: true, From: "张三", Text: text}); err != nil {
		a.t.Fatalf("%s: %v", text, err)
	}
	trips := a.st.RoundTrips() - before
	return a.drain(), trips
}

// TestPrivateWordsOnFrozenCopy: 张三's private words, nothing of his
// frozen, are asked back on this replica's copy of the frozen claims, in
// one round trip. Then another replica freezes his C1 (陈二's objection):
// the next words, decided on the stale copy, are refused and handled again
// on the claims as stored: taken as his side of C1, passed to the scorer,
// not asked back.
func TestPrivateWordsOnFrozenCopy(t *testing.T) {
	a, b := rt69Bots(t)
	out, trips := rt69Private(a, "w1", "那天我和王五一起去的")
	if trips != 2 {
		t.Errorf("the first words cost %d round trips, want 2 (the frozen claims read, the commit)", trips)
	}
	has(t, "first, read", out, "张三: 我理解为")
	a.privatelyWith("张三", "2")
	out, trips = rt69Private(a, "w2", "联系上了 明天上午来")
	has(t, "second, on the copy", out, "张三: 我理解为")
	if trips != 1 {
		t.Errorf("words asked back on the followed frozen claims cost %d round trips, want 1", trips)
	}
	a.privatelyWith("张三", "2")
	b.now = a.now
	has(t, "objection", b.say("陈二", "异议 #C1 张三那天根本没去王奶奶家"), "暂时冻结")
	out, trips = rt69Private(a, "w3", "那天我和王五一起去的 王五知道")
	has(t, "after another replica froze C1", out, "张三: 张三，您对 #C1「帮助困难群众、照料孤寡老人」的说明已记下，并转给了评分人赵六",
		"赵六: 【异议说明】#C1 张三说：那天我和王五一起去的 王五知道")
	lacks(t, "after another replica froze C1", out, "我理解为")
	if trips != 2 {
		// the commit on the stale copy refused, returning the frozen claims as
		// stored (commit.lua's "stale"), and the one decided on them
		t.Errorf("words after another replica's freeze cost %d round trips, want 2 (refused, made again)", trips)
	}
	if c := a.claim("C1"); c.Status != village.ClaimObjected || len(c.Explained) != 1 {
		t.Errorf("C1 %s, explained %+v; want objected with one explanation", c.Status, c.Explained)
	}
}

// TestPrivateWordsOnFrozenCopyTwice: the same words delivered twice after
// the other replica's freeze are recorded once: the second is a duplicate
// (nothing said, nothing recorded again).
func TestPrivateWordsOnFrozenCopyTwice(t *testing.T) {
	a, b := rt69Bots(t)
	rt69Private(a, "w1", "那天我和王五一起去的")
	a.privatelyWith("张三", "2")
	b.now = a.now
	b.say("陈二", "异议 #C1 张三那天根本没去王奶奶家")
	a.drain()
	m := bot.Message{ID: "twice", Private: true, From: "张三", Text: "那天我和王五一起去的 王五知道"}
	for i := range 2 {
		a.trips(t, m)
		if c := a.claim("C1"); len(c.Explained) != 1 {
			t.Errorf("delivery %d: C1 explained %+v, want once", i+1, c.Explained)
		}
	}
}
