package storage_test

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// noticeFixture posts notices to a township scope and records 收到s
// (storage.NoticeAck) there.
type noticeFixture struct {
	t   *testing.T
	st  *storage.Store
	sc  storage.Scope
	ctx context.Context
}

func (f noticeFixture) post(msg string, n village.Notice) village.Notice {
	f.t.Helper()
	d, err := storage.NoticeDoc(n)
	if err != nil {
		f.t.Fatal(err)
	}
	res, err := f.st.Commit(f.ctx, storage.Change{Scope: f.sc, MsgID: msg, Docs: []storage.Doc{d}})
	if err != nil {
		f.t.Fatal(err)
	}
	if n.ID == "" {
		n.ID = res.Ref
	}
	n.Version++
	return n
}

// ack commits a's 收到 as message msg, with out, and returns the notices
// it answered.
func (f noticeFixture) ack(msg string, a storage.NoticeAck, out ...bot.Outbound) (storage.Result, error) {
	f.t.Helper()
	return f.st.Commit(f.ctx, storage.Change{Scope: f.sc, MsgID: msg, Ack: &a, Out: out})
}

// counts is each notice's count for field, "N1"… up to n.
func (f noticeFixture) counts(n int, field string) []int64 {
	f.t.Helper()
	var out []int64
	for i := 1; i <= n; i++ {
		m, err := f.st.Counters(f.ctx, f.sc, storage.AckHash("N"+strconv.Itoa(i)))
		if err != nil {
			f.t.Fatal(err)
		}
		out = append(out, m[field])
	}
	return out
}

// TestNoticeAck: a bare 收到 in a group answers the notice posted there
// last, however old, and every other one still followed up; a quote
// answers the notice quoted when it was posted there, and nothing else;
// a held notice is not answered until it is posted. The household counts
// once per message (a retried message counts nothing again); a private
// reply names the notices answered, and is dropped when none is. With
// Since, a group whose latest notice is older commits nothing. The
// in-process store (sandbox, replay) runs the same script alike.
func TestNoticeAck(t *testing.T) {
	t.Run("redis-server", func(t *testing.T) { testNoticeAck(t, storagetest.New(t)) })
	t.Run("in-process", func(t *testing.T) {
		e := storagetest.Must(storage.NewEmbedded(storage.Options{}))(t)
		t.Cleanup(func() { _ = e.Close() })
		testNoticeAck(t, e.Store)
	})
}

func testNoticeAck(t *testing.T, st *storage.Store) {
	f := noticeFixture{t: t, st: st, sc: storage.TownshipScope("青山镇"), ctx: context.Background()}
	const g3, g1, hh = "青山村三组网格群", "青山村一组网格群", "青山村/QS-301"
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	bare := func(group string, now time.Time) storage.NoticeAck {
		return storage.NoticeAck{Group: group, Field: hh, At: now}
	}
	// an urgent one followed up for 12 hours, ordinary ones for 48
	f.post("p1", village.Notice{Text: "一", At: at(-300), Groups: []string{g3, g1}, FollowedUp: true})
	f.post("p2", village.Notice{Text: "二", At: at(-100), Groups: []string{g3}, FollowedUp: true})
	f.post("p3", village.Notice{Text: "三", At: at(-13), Groups: []string{g3}, Urgent: true})
	f.post("p4", village.Notice{Text: "四", At: at(-40), Groups: []string{g1}})
	held := f.post("p5", village.Notice{Text: "五", At: at(-1), Groups: []string{g3}, Held: true})

	for _, c := range []struct {
		what string
		ack  storage.NoticeAck
		want []string
	}{
		{"三组: the last one posted, however old (N3 ended an hour ago)", bare(g3, at(0)), []string{"N3"}},
		{"三组 while N3 was still followed up", bare(g3, at(-2)), []string{"N3"}},
		{"一组: the last one and every one still followed up", bare(g1, at(0)), []string{"N4"}},
		{"quoting an old notice of 三组", storage.NoticeAck{Group: g3, Field: hh, At: at(0), Quoted: "N2"}, []string{"N2"}},
		{"quoting a notice not posted to 三组", storage.NoticeAck{Group: g3, Field: hh, At: at(0), Quoted: "N4"}, nil},
		{"quoting a notice still held", storage.NoticeAck{Group: g3, Field: hh, At: at(0), Quoted: "N5"}, nil},
		{"a malformed quote", storage.NoticeAck{Group: g3, Field: hh, At: at(0), Quoted: "N2）\n另"}, nil},
		{"a group with no notice", bare("白石村网格群", at(0)), nil},
	} {
		res, err := f.ack("a-"+c.what, c.ack)
		if err != nil {
			t.Fatalf("%s: %v", c.what, err)
		}
		if !cmp.Equal(res.Acked, c.want) {
			t.Errorf("%s: answered %v, want %v", c.what, res.Acked, c.want)
		}
	}
	if got, want := f.counts(5, hh), []int64{0, 1, 2, 1, 0}; !cmp.Equal(got, want) {
		t.Errorf("counts = %v, want %v", got, want)
	}

	// posted in the morning: the last one, and N4, still followed up
	held.Held, held.PostedAt = false, at(0)
	f.post("p6", held)
	res, err := f.ack("b1", bare(g1, at(1)))
	if err != nil || !cmp.Equal(res.Acked, []string{"N4"}) {
		t.Errorf("一组 after N5 was posted to 三组: %v, %v; want [N4]", res.Acked, err)
	}
	res, err = f.ack("b2", bare(g3, at(1)))
	if err != nil || !cmp.Equal(res.Acked, []string{"N5"}) {
		t.Errorf("三组 once N5 is posted: %v, %v; want [N5]", res.Acked, err)
	}
	// a retried message counts nothing again
	res, err = f.ack("b2", bare(g3, at(1)))
	if err != nil || !res.Duplicate || len(res.Acked) != 0 {
		t.Errorf("the same message again: %+v, %v; want a duplicate", res, err)
	}
	if got, want := f.counts(5, hh), []int64{0, 1, 2, 2, 1}; !cmp.Equal(got, want) {
		t.Errorf("counts after the retry = %v, want %v", got, want)
	}

	// the private reply names what was answered; with nothing answered it
	// is not queued
	reply := bot.Outbound{To: "张三", Kind: bot.Private, Priority: bot.Normal, Text: "已记下：" + storage.AckedPlaceholder}
	if _, err := f.ack("c1", bare(g3, at(2)), reply); err != nil {
		t.Fatal(err)
	}
	if _, err := f.ack("c2", bare("白石村网格群", at(2)), reply); err != nil {
		t.Fatal(err)
	}
	q := storagetest.Must(st.Claim(f.ctx, f.sc, 10, at(2)))(t)
	texts := storagetest.Strings(q, func(m storage.Queued) string { return m.Text })
	if want := []string{"已记下：#N5"}; !cmp.Equal(texts, want) {
		t.Errorf("replies queued = %q, want %q", texts, want)
	}

	// a report newer than the last notice: nothing committed, and the
	// message may still commit (what the report's acceptance does)
	since := bare(g3, at(3))
	since.Since = at(3)
	if _, err := f.ack("d1", since); !errors.Is(err, storage.ErrNoticeOlder) {
		t.Errorf("a report newer than the notices: %v, want ErrNoticeOlder", err)
	}
	if res, err := st.Commit(f.ctx, storage.Change{Scope: f.sc, MsgID: "d1"}); err != nil || res.Duplicate {
		t.Errorf("the message after ErrNoticeOlder: %+v, %v; want it committed", res, err)
	}
	since = bare(g3, at(3))
	since.Since = at(-5)
	if res, err := f.ack("d2", since); err != nil || !cmp.Equal(res.Acked, []string{"N5"}) {
		t.Errorf("a report older than the last notice: %v, %v; want [N5]", res.Acked, err)
	}
	if got, want := f.counts(5, hh), []int64{0, 1, 2, 2, 3}; !cmp.Equal(got, want) {
		t.Errorf("counts at the end = %v, want %v", got, want)
	}
}

// TestNoticeAckOneRoundTrip: a 收到 is one round trip, however many
// notices the township has; the latest of several posted at the same
// time is the one with the highest number, as Notices lists them.
func TestNoticeAckOneRoundTrip(t *testing.T) {
	st := storagetest.New(t)
	f := noticeFixture{t: t, st: st, sc: storage.TownshipScope("青山镇"), ctx: context.Background()}
	const g3 = "青山村三组网格群"
	old := t0.AddDate(-1, 0, 0)
	for i := range 12 {
		f.post("p"+strconv.Itoa(i), village.Notice{Text: "旧", At: old, Groups: []string{g3}, FollowedUp: true})
	}
	for i, msg := range []string{"a1", "a2"} {
		before := st.RoundTrips()
		res := storagetest.Must(f.ack(msg, storage.NoticeAck{Group: g3, Field: "青山村/QS-301", At: t0}))(t)
		if n := st.RoundTrips() - before; i > 0 && n != 1 {
			t.Errorf("收到 took %d round trips, want 1", n)
		}
		if want := []string{"N12"}; !cmp.Equal(res.Acked, want) {
			t.Errorf("answered %v, want %v (the highest of those posted last)", res.Acked, want)
		}
	}
}

// TestNoticeAckUpgrade: a store whose notices were written before the
// live indexes existed gets them built, once: at start-up
// (EnsureNoticeIndexes, leaving out notices followed up long ago), or by
// the first 收到 that finds them missing; either way that 收到 answers
// what it would have answered.
func TestNoticeAckUpgrade(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := context.Background()
	rdb := srv.Client(t)
	const g3, hh = "青山村三组网格群", "青山村/QS-301"
	for _, startUp := range []bool{true, false} {
		sc := storage.TownshipScope("青山镇" + strconv.FormatBool(startUp))
		f := noticeFixture{t: t, st: st, sc: sc, ctx: ctx}
		f.post("p1", village.Notice{Text: "一", At: t0.AddDate(0, 0, -30), Groups: []string{g3}, FollowedUp: true})
		f.post("p2", village.Notice{Text: "二", At: t0.Add(-30 * time.Hour), Groups: []string{g3}})
		f.post("p3", village.Notice{Text: "三", At: t0.Add(-20 * time.Hour), Groups: []string{g3}})
		// as an older gridbot left it: no live index, and no marker
		base := "gb:{" + string(sc) + "}:"
		if err := rdb.Del(ctx, base+storage.NoticesLive(storage.NoticesPostedTo(g3)), base+"noticeslivebuilt").Err(); err != nil {
			t.Fatal(err)
		}
		if startUp {
			n, built, err := st.EnsureNoticeIndexes(ctx, sc, t0)
			if err != nil || !built || n != 3 {
				t.Fatalf("start-up build: %d, %v, %v; want 3 notices read", n, built, err)
			}
			live, err := rdb.ZRange(ctx, base+storage.NoticesLive(storage.NoticesPostedTo(g3)), 0, -1).Result()
			if err != nil || !cmp.Equal(live, []string{"2", "3"}) {
				t.Errorf("live index built = %v, %v; want [2 3] (not N1, ended long ago)", live, err)
			}
			if _, built, err := st.EnsureNoticeIndexes(ctx, sc, t0); err != nil || built {
				t.Errorf("a second start-up: built %v, %v; want nothing done", built, err)
			}
		}
		before := st.RoundTrips()
		res, err := f.ack("a1", storage.NoticeAck{Group: g3, Field: hh, At: t0})
		if err != nil || !cmp.Equal(res.Acked, []string{"N2", "N3"}) {
			t.Errorf("start-up %v: the first 收到 answered %v, %v; want [N2 N3]", startUp, res.Acked, err)
		}
		if n := st.RoundTrips() - before; startUp && n != 1 {
			t.Errorf("the first 收到 after the start-up build took %d round trips, want 1", n)
		}
		before = st.RoundTrips()
		if _, err := f.ack("a2", storage.NoticeAck{Group: g3, Field: hh, At: t0}); err != nil {
			t.Fatal(err)
		}
		if n := st.RoundTrips() - before; n != 1 {
			t.Errorf("start-up %v: the second 收到 took %d round trips, want 1 (built once)", startUp, n)
		}
		if got, want := f.counts(3, hh), []int64{0, 2, 2}; !cmp.Equal(got, want) {
			t.Errorf("start-up %v: counts %v, want %v", startUp, got, want)
		}
	}
}

// TestTimedOutAckRetriedCountsOnce: a 收到 whose commit ran but whose
// reply was lost is retried by go-redis; the retry finds the message
// committed, and the household's answer counts once.
func TestTimedOutAckRetriedCountsOnce(t *testing.T) {
	st, p, _ := newLossyStore(t)
	f := noticeFixture{t: t, st: st, sc: storage.TownshipScope("青山镇"), ctx: context.Background()}
	const g3, hh = "青山村三组网格群", "青山村/QS-301"
	f.post("p1", village.Notice{Text: "一", At: t0, Groups: []string{g3}})
	// builds the live index and loads the script, so that the retried call
	// is a plain EVALSHA
	if _, err := f.ack("warm", storage.NoticeAck{Group: g3, Field: hh, At: t0.Add(time.Minute)}); err != nil {
		t.Fatal(err)
	}
	p.armed.Store(true)
	res, err := f.ack("m1", storage.NoticeAck{Group: g3, Field: hh, At: t0.Add(2 * time.Minute)})
	if err != nil || !res.Duplicate {
		t.Fatalf("retried 收到 = %+v, %v; want the retry to see the committed message", res, err)
	}
	if got, want := f.counts(1, hh), []int64{2}; !cmp.Equal(got, want) {
		t.Errorf("counts = %v, want %v (warm + one)", got, want)
	}
}

// TestCommitThen: a change's Then (the township's 收到 of a call in a
// village) is committed in the change's round trip, once: made though
// the change is refused (ErrConflict), not again when the change is
// retried with it, nor when the message is delivered again.
func TestCommitThen(t *testing.T) {
	st := storagetest.New(t)
	ctx := t.Context()
	ts := storage.TownshipScope("青山镇")
	_, read, err := st.AskedAt(ctx, vs, "ids")
	if err != nil {
		t.Fatal(err)
	}
	bind := storage.Ask("ids", []byte("a"), time.Hour)
	bind.Followed = true
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Keep: []storage.Kept{bind}}); err != nil {
		t.Fatal(err)
	}
	call := func(read storage.IndexRead) (storage.Result, error) {
		return st.Commit(ctx, storage.Change{Scope: vs, MsgID: "call", Reads: []storage.IndexRead{read},
			Audit: storage.Audit{At: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), By: "王五", Action: "call"},
			Then:  &storage.Change{Scope: ts, MsgID: "call:acks", Incr: []storage.Incr{{Hash: storage.AckHash("N1"), Field: "QS-305", By: 1}}}})
	}
	acks := func(step string) {
		t.Helper()
		if got, err := st.Counters(ctx, ts, storage.AckHash("N1")); err != nil || got["QS-305"] != 1 {
			t.Errorf("%s: acks %v (%v), want one", step, got, err)
		}
	}
	if _, err := call(read); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("on a stale read: %v, want ErrConflict", err)
	}
	acks("refused")
	if _, read, err = st.AskedAt(ctx, vs, "ids"); err != nil {
		t.Fatal(err)
	}
	before := st.RoundTrips()
	if res, err := call(read); err != nil || res.Duplicate {
		t.Fatalf("retried: %+v, %v", res, err)
	}
	if n := st.RoundTrips() - before; n != 1 {
		t.Errorf("retried: %d round trips, want 1", n)
	}
	acks("retried")
	if res, err := call(read); err != nil || !res.Duplicate {
		t.Fatalf("delivered again: %+v, %v, want a duplicate", res, err)
	}
	acks("delivered again")
	audit, err := st.AuditLog(ctx, vs)
	if err != nil || len(audit) != 1 {
		t.Errorf("audit %+v (%v), want the call once", audit, err)
	}
}

// TestCommitThenAck: a 收到 (an Ack) as a change's Then (the household's
// 收到 that opened a report filed in its village, with the photos it
// waits for kept) is made in the change's round trip, answering what it would answer on its own; on a
// scope whose notice indexes were never built it builds them first. A
// message delivered again counts nothing twice.
func TestCommitThenAck(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := t.Context()
	ts := storage.TownshipScope("青山镇")
	f := noticeFixture{t: t, st: st, sc: ts, ctx: ctx}
	const g3, hh = "青山村三组网格群", "青山村/QS-301"
	f.post("p1", village.Notice{Text: "一", At: t0, Groups: []string{g3}})
	// as an older gridbot left it: no live index, and no marker
	base := "gb:{" + string(ts) + "}:"
	if err := srv.Client(t).Del(ctx, base+storage.NoticesLive(storage.NoticesPostedTo(g3)), base+"noticeslivebuilt").Err(); err != nil {
		t.Fatal(err)
	}
	report := func(msg string) (storage.Result, error) {
		return st.Commit(ctx, storage.Change{Scope: vs, MsgID: msg, Keep: []storage.Kept{storage.Ask("ev:"+msg, []byte("photos"), time.Hour)},
			Audit: storage.Audit{At: t0.Add(time.Minute), By: "赵六", Action: "create"},
			Then:  &storage.Change{Scope: ts, MsgID: msg + ":acks", Ack: &storage.NoticeAck{Group: g3, Field: hh, At: t0.Add(time.Minute)}}})
	}
	if _, err := report("m1"); err != nil { // builds the indexes
		t.Fatal(err)
	}
	if got, want := f.counts(1, hh), []int64{1}; !cmp.Equal(got, want) {
		t.Errorf("first, on indexes not built: counts %v, want %v", got, want)
	}
	before := st.RoundTrips()
	if _, err := report("m2"); err != nil {
		t.Fatal(err)
	}
	if n := st.RoundTrips() - before; n != 1 {
		t.Errorf("a report with its 收到: %d round trips, want 1", n)
	}
	if res, err := report("m2"); err != nil || !res.Duplicate {
		t.Fatalf("delivered again: %+v, %v, want a duplicate", res, err)
	}
	if got, want := f.counts(1, hh), []int64{2}; !cmp.Equal(got, want) {
		t.Errorf("counts %v, want %v (m1, m2 once)", got, want)
	}
	audit, err := st.AuditLog(ctx, vs)
	if err != nil || len(audit) != 2 {
		t.Errorf("audit %+v (%v), want the two reports' entries", audit, err)
	}
	if b, err := st.Asked(ctx, vs, "ev:m2"); err != nil || string(b) != "photos" {
		t.Errorf("kept with m2: %q (%v), want photos", b, err)
	}
}

// TestCommitThenChain (town85): a Then with a Then of its own (the
// township's reminder with two villages' items marked) is one round trip,
// every change of the chain made once.
func TestCommitThenChain(t *testing.T) {
	st := storagetest.New(t)
	ctx := t.Context()
	scopes := []storage.Scope{storage.TownshipScope("青山镇"), storage.VillageScope("青山村"), storage.VillageScope("石桥村")}
	chain := func() storage.Change {
		var c *storage.Change
		for i := len(scopes) - 1; i >= 0; i-- {
			c = &storage.Change{Scope: scopes[i], MsgID: "chain", Then: c,
				Incr: []storage.Incr{{Hash: "runs", Field: "n", By: 1}}}
		}
		return *c
	}
	// loads the script and opens the pipeline's connection (a new
	// connection's handshake is a round trip of its own)
	if _, err := st.Commit(ctx, storage.Change{Scope: scopes[0], MsgID: "warm", Then: &storage.Change{Scope: scopes[1], MsgID: "warm"}}); err != nil {
		t.Fatal(err)
	}
	for _, step := range []string{"first", "again"} {
		before := st.RoundTrips()
		if _, err := st.Commit(ctx, chain()); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if n := st.RoundTrips() - before; n != 1 {
			t.Errorf("%s: %d round trips, want 1", step, n)
		}
		for _, sc := range scopes {
			if got, err := st.Counters(ctx, sc, "runs"); err != nil || got["n"] != 1 {
				t.Errorf("%s: %s counted %v (%v), want once", step, sc, got, err)
			}
		}
	}
}

// TestNoticeAckBefore: a bare ack with Before answers only the notices
// posted at or before it (call99: a word of having passed the notices on
// is not of one posted after): the latest of those, and those still live
// among them; with none, Since refuses it (ErrNoticeOlder). A quoted
// notice is answered whatever Before says.
func TestNoticeAckBefore(t *testing.T) {
	st := storagetest.New(t)
	f := noticeFixture{t: t, st: st, sc: storage.TownshipScope("青山镇"), ctx: context.Background()}
	const g3 = "青山村三组网格群"
	f.post("p1", village.Notice{Text: "停水", At: t0, Groups: []string{g3}})
	f.post("p2", village.Notice{Text: "体检", At: t0.Add(time.Hour), Groups: []string{g3}})
	at := t0.Add(time.Hour + time.Minute)
	ack := storage.NoticeAck{Group: g3, Field: "青山村/QS-301", At: at, Since: t0.Add(-time.Hour), Before: at.Add(-10 * time.Minute)}
	if res, err := f.ack("a1", ack); err != nil || !cmp.Equal(res.Acked, []string{"N1"}) {
		t.Errorf("before N2: %v, %v; want [N1]", res.Acked, err)
	}
	ack.Since = t0.Add(time.Minute)
	if _, err := f.ack("a2", ack); !errors.Is(err, storage.ErrNoticeOlder) {
		t.Errorf("only N2 since: %v, want ErrNoticeOlder", err)
	}
	ack.Quoted = "N2"
	if res, err := f.ack("a3", ack); err != nil || !cmp.Equal(res.Acked, []string{"N2"}) {
		t.Errorf("N2 quoted: %v, %v; want [N2]", res.Acked, err)
	}
}
