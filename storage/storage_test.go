package storage_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

var (
	t0 = time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("CST", 8*3600))
	vs = storage.VillageScope("青山村")
)

func newReport(text string) *village.Report {
	return &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General,
		Status: village.StatusNew, Text: text, Reporter: "张三", CreatedAt: t0,
		History: []village.Entry{{At: t0, By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
}

func create(t *testing.T, st *storage.Store, msgID, text string) storage.Result {
	t.Helper()
	res, err := st.Commit(context.Background(), storage.Change{
		Scope: vs, MsgID: msgID, Create: true, Report: newReport(text),
		Audit: storage.Audit{At: t0, By: "张三", Action: "create"},
		Out:   []bot.Outbound{{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Normal, Text: "已登记 #" + storage.RefPlaceholder}},
	})
	if err != nil {
		t.Fatalf("commit %s: %v", msgID, err)
	}
	return res
}

// report reads report id through st.
func report(t *testing.T, st *storage.Store, id string) village.Report {
	t.Helper()
	return storagetest.Must(st.Report(context.Background(), vs, id))(t)
}

// act reads report id through st, applies acts to it as 李四 with note
// and commits it as message msgID.
func act(t *testing.T, st *storage.Store, msgID, id, note string, acts ...village.Action) {
	t.Helper()
	r := report(t, st, id)
	for _, a := range acts {
		if err := r.Apply(a, "李四", t0, note); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.Commit(context.Background(), storage.Change{Scope: vs, MsgID: msgID, Report: &r}); err != nil {
		t.Fatalf("%s %v %s: %v", msgID, acts, id, err)
	}
}

// queue commits out as all that message msgID does.
func queue(t *testing.T, st *storage.Store, msgID string, out []bot.Outbound) {
	t.Helper()
	if _, err := st.Commit(context.Background(), storage.Change{Scope: vs, MsgID: msgID, Out: out}); err != nil {
		t.Fatal(err)
	}
}

// claim claims up to 100 queued messages and returns their texts and
// sequence numbers.
func claim(t *testing.T, st *storage.Store) (texts, seqs []string) {
	t.Helper()
	q := storagetest.Must(st.Claim(context.Background(), vs, 100, t0))(t)
	for _, m := range q {
		texts = append(texts, m.Text)
		seqs = append(seqs, m.Seq)
	}
	return texts, seqs
}

func drain(t *testing.T, st *storage.Store) []string {
	t.Helper()
	texts, seqs := claim(t, st)
	if err := st.Ack(context.Background(), vs, true, seqs...); err != nil {
		t.Fatal(err)
	}
	return texts
}

// twoProcesses is two stores on one private Redis, as two gridbot
// processes (replicas) see it.
func twoProcesses(t *testing.T) (a, b *storage.Store) {
	t.Helper()
	srv := storagetest.NeedServer(t)
	return storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
}

// wantR1KeptThenR2 checks a store that created R1 from message m1: m1
// again is a duplicate, m2 (text) is R2, and the outbox holds both
// acknowledgements. when prefixes what a failure says.
func wantR1KeptThenR2(t *testing.T, st *storage.Store, when, text string) {
	t.Helper()
	if got := create(t, st, "m1", "路灯坏了"); !got.Duplicate {
		t.Fatalf("%srepeated message id = %+v, want duplicate (the message id was forgotten)", when, got)
	}
	if got := create(t, st, "m2", text); got.Ref != "R2" {
		t.Fatalf("%ssecond create = %+v, want R2", when, got)
	}
	if diff := cmp.Diff(drain(t, st), []string{"已登记 #R1", "已登记 #R2"}); diff != "" {
		t.Errorf("%soutbox (-got +want):\n%s", when, diff)
	}
}

func TestCommitCreateDedupeAndRefs(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	if got := create(t, st, "m1", "路灯坏了"); got.Ref != "R1" || got.Duplicate {
		t.Fatalf("first create = %+v, want R1", got)
	}
	wantR1KeptThenR2(t, st, "", "垃圾没人收")
	open := storagetest.Must(st.OpenReports(ctx, vs, "三组"))(t)
	if len(open) != 2 || open[0].ID != "R1" || open[1].Text != "垃圾没人收" {
		t.Fatalf("open reports = %+v", open)
	}
	log := storagetest.Must(st.AuditLog(ctx, vs))(t)
	if len(log) != 2 || log[0].Ref != "R1" || log[0].Msg != "m1" || log[1].By != "张三" {
		t.Fatalf("audit = %+v", log)
	}
}

func TestCommitUpdateVersionAndIndex(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	create(t, st, "m1", "路灯坏了")
	stale := report(t, st, "R1")
	act(t, st, "m2", "R1", "已修好", village.ActResolve)
	if err := stale.Apply(village.ActReject, "李四", t0, "x"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Report: &stale}); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("stale update err = %v, want ErrConflict", err)
	}
	if got := report(t, st, "R1"); got.Status != village.StatusResolved || got.Version != 2 || len(got.History) != 2 {
		t.Fatalf("after update: %+v", got)
	}
	if _, err := st.Report(ctx, vs, "R9"); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("unknown report err = %v", err)
	}
}

// TestCommitAuditsOfSeveralReports: one change that updates several
// reports (a leader's 「确认 1 2 3」) writes each report's audit entry
// under that report's reference; an entry naming none is the first
// document's.
func TestCommitAuditsOfSeveralReports(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	create(t, st, "m1", "路灯坏了")
	create(t, st, "m2", "垃圾没人收")
	r1, r2 := report(t, st, "R1"), report(t, st, "R2")
	for _, r := range []*village.Report{&r1, &r2} {
		if err := r.Apply(village.ActAccept, "李四", t0, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Report: &r1, Also: []*village.Report{&r2},
		Audit: storage.Audit{At: t0, By: "李四", Action: "accept"},
		More:  []storage.Audit{{At: t0, By: "李四", Action: "accept", Ref: "R2"}}}); err != nil {
		t.Fatal(err)
	}
	log := storagetest.Must(st.AuditLog(ctx, vs))(t)
	var got []string
	for _, e := range log[2:] {
		got = append(got, e.Ref+" "+e.Action+" "+e.Msg)
	}
	if diff := cmp.Diff(got, []string{"R1 accept m3", "R2 accept m3"}); diff != "" {
		t.Errorf("audit (-got +want):\n%s", diff)
	}
	if r := report(t, st, "R2"); r.Status != village.StatusAccepted || r.Version != 2 {
		t.Errorf("R2 %s version %d", r.Status, r.Version)
	}
}

// TestOpenIndexFollowsStatus: a commit whose report stays open leaves the
// index entries as they are, so the indexes must still follow every
// change of openness, whether the committing store has the report cached
// or another process changed it in between.
func TestOpenIndexFollowsStatus(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	create(t, a, "m1", "路灯坏了")
	step := func(st *storage.Store, id string, action village.Action, wantOpen bool) {
		t.Helper()
		act(t, st, id, "R1", "x", action)
		for _, st := range []*storage.Store{a, b} {
			grid := storagetest.Must(st.OpenReports(ctx, vs, "三组"))(t)
			all := storagetest.Must(st.AllOpenReports(ctx, vs))(t)
			if (len(grid) == 1) != wantOpen || (len(all) == 1) != wantOpen {
				t.Fatalf("after %s: open in grid %d, in scope %d; want open %v", action, len(grid), len(all), wantOpen)
			}
		}
	}
	step(a, "m2", village.ActAccept, true)
	step(a, "m3", village.ActResolve, true)
	step(b, "m4", village.ActReopen, true) // by a store that had not seen it
	step(b, "m5", village.ActAccept, true)
	step(b, "m6", village.ActResolve, true)
	step(b, "m7", village.ActConfirm, false) // closed: leaves the indexes
}

func TestClaimOrderAndInFlight(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	queue(t, st, "m1", []bot.Outbound{
		{To: "g", Kind: bot.Group, Priority: bot.Bulk, Text: "digest"},
		{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "reply"},
		{To: "应急", Kind: bot.Group, Priority: bot.Urgent, Text: "fire"},
	})
	q := storagetest.Must(st.Claim(ctx, vs, 2, t0))(t)
	if len(q) != 2 || q[0].Text != "fire" || q[1].Text != "reply" {
		t.Fatalf("claimed %+v, want fire then reply", q)
	}
	// The sender "crashes" before acknowledging: both stay visible as in flight.
	infl := storagetest.Must(st.InFlight(ctx, vs))(t)
	if len(infl) != 2 {
		t.Fatalf("in flight = %d, want 2", len(infl))
	}
	if err := st.Ack(ctx, vs, false, q[0].Seq, q[1].Seq); err != nil {
		t.Fatal(err)
	}
	if infl, _ := st.InFlight(ctx, vs); len(infl) != 0 {
		t.Fatalf("in flight after ack = %d", len(infl))
	}
	if n, _ := st.QueueLen(ctx, vs); n != 1 {
		t.Fatalf("queue length = %d, want 1", n)
	}
}

func TestRedisKilledKeepsAcknowledgedWrites(t *testing.T) {
	srv := storagetest.NeedServer(t)
	st := storagetest.Open(t, srv.URL)
	create(t, st, "m1", "路灯坏了")
	srv.Restart(t) // SIGKILL, then start on the same AOF
	wantR1KeptThenR2(t, st, "after restart: ", "垃圾")
}

func TestRedisDownIsUnavailable(t *testing.T) {
	srv := storagetest.NeedServer(t)
	st := storagetest.Open(t, srv.DialOnceURL())
	srv.Kill()
	_, err := st.Commit(context.Background(), storage.Change{Scope: vs, MsgID: "m1", Create: true, Report: newReport("x")})
	if !errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("err = %v, want ErrUnavailable", err)
	}
}

// lossyProxy forwards TCP to a unix socket and, when armed, swallows the
// reply to the next request so that the client times out and retries. It
// counts the connections it accepts; switched off (setOff), it drops every
// connection, as if Redis were gone.
type lossyProxy struct {
	ln      net.Listener
	target  string
	armed   atomic.Bool
	off     atomic.Bool
	accepts atomic.Int64
	mu      sync.Mutex
	live    []net.Conn
	wg      sync.WaitGroup
}

func newLossyProxy(t *testing.T, unixPath string) *lossyProxy {
	ln := storagetest.Must(net.Listen("tcp", "127.0.0.1:0"))(t)
	p := &lossyProxy{ln: ln, target: unixPath}
	p.wg.Add(1)
	go p.serve()
	t.Cleanup(func() { ln.Close(); p.setOff(true); p.wg.Wait() })
	return p
}

func (p *lossyProxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.accepts.Add(1)
		if p.off.Load() {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.live = append(p.live, c)
		p.mu.Unlock()
		go p.pipe(c)
	}
}

// setOff switches the proxy off (dropping the live connections) or on.
func (p *lossyProxy) setOff(off bool) {
	p.off.Store(off)
	if !off {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.live {
		c.Close()
	}
	p.live = nil
}

func (p *lossyProxy) pipe(c net.Conn) {
	defer c.Close()
	up, err := net.Dial("unix", p.target)
	if err != nil {
		return
	}
	defer up.Close()
	clientGone := make(chan struct{})
	go func() { _, _ = io.Copy(up, c); up.Close(); close(clientGone) }()
	buf := make([]byte, 64<<10)
	for {
		n, err := up.Read(buf)
		if err != nil {
			return
		}
		if p.armed.CompareAndSwap(true, false) {
			<-clientGone // the reply is lost; hold the conn until the client gives up on it (its timeout)
			return
		}
		if _, err := c.Write(buf[:n]); err != nil {
			return
		}
	}
}

// newLossyStore is a Store reaching a private redis-server through a
// lossyProxy, with a short command timeout so that a swallowed reply makes
// go-redis time out and retry.
func newLossyStore(t *testing.T) (*storage.Store, *lossyProxy, *storagetest.Server) {
	t.Helper()
	srv := storagetest.NeedServer(t)
	p := newLossyProxy(t, strings.TrimPrefix(srv.URL, "unix://"))
	// The timeout is what makes go-redis re-send the call whose reply the
	// proxy dropped; it must also outlast a loaded machine's slow replies
	// to the re-sent call (100 ms did not under a parallel go test ./...).
	st := storagetest.Must(storage.New(storage.Options{URL: "redis://" + p.ln.Addr().String(), Timeout: time.Second}))(t)
	t.Cleanup(func() { _ = st.Close() })
	return st, p, srv
}

func TestTimedOutCommitRetriedCountsOnce(t *testing.T) {
	st, p, _ := newLossyStore(t)
	ctx := context.Background()
	if err := st.Ping(ctx); err != nil { // loads nothing; warms the connection
		t.Fatal(err)
	}
	create(t, st, "warm", "预热") // loads the script so the retried call is a plain EVALSHA
	p.armed.Store(true)
	res := create(t, st, "m1", "路灯坏了")
	// The first attempt executed but its reply was lost; go-redis retried and
	// the retry found the message already committed.
	if !res.Duplicate {
		t.Fatalf("retried commit = %+v, want the retry to see the committed message", res)
	}
	all := storagetest.Must(st.Reports(ctx, vs))(t)
	if len(all) != 2 {
		t.Fatalf("reports after retried commit = %d, want 2 (warm + one)", len(all))
	}
	if diff := cmp.Diff(drain(t, st), []string{"已登记 #R1", "已登记 #R2"}); diff != "" {
		t.Errorf("outbox (-got +want):\n%s", diff)
	}
}

// A claim whose answer is lost is retried by go-redis: the retry returns
// what the first attempt took, and nothing is left in flight unseen.
func TestTimedOutClaimRetriedTakesNothingMore(t *testing.T) {
	st, p, _ := newLossyStore(t)
	ctx := context.Background()
	out := []bot.Outbound{{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "A"}, {To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "B"}}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Out: out}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Claim(ctx, vs, 0, t0); err != nil { // loads the script so the retried call is a plain EVALSHA
		t.Fatal(err)
	}
	p.armed.Store(true)
	q, err := st.Claim(ctx, vs, 1, t0)
	if err != nil || len(q) != 1 || q[0].Text != "A" {
		t.Fatalf("retried claim = %v, %v; want A", q, err)
	}
	infl, err := st.InFlight(ctx, vs)
	if err != nil || len(infl) != 1 || infl[0].Text != "A" {
		t.Errorf("in flight after a retried claim = %v, %v; want only A", infl, err)
	}
	if n, _ := st.QueueLen(ctx, vs); n != 1 {
		t.Errorf("queue length %d, want 1 (B)", n)
	}
}

func TestRequeueKeepsOrder(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	queue(t, st, "m1", []bot.Outbound{
		{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "first"},
		{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "second"},
	})
	q, err := st.Claim(ctx, vs, 1, t0)
	if err != nil || len(q) != 1 {
		t.Fatalf("claim: %v %v", q, err)
	}
	// The transport refused before sending: back in the queue, still first.
	if err := st.Requeue(ctx, vs, q[0].Seq); err != nil {
		t.Fatal(err)
	}
	if infl, _ := st.InFlight(ctx, vs); len(infl) != 0 {
		t.Fatalf("in flight after requeue = %d", len(infl))
	}
	if diff := cmp.Diff(drain(t, st), []string{"first", "second"}); diff != "" {
		t.Errorf("order after requeue (-got +want):\n%s", diff)
	}
}

// TestResumeQueuesTheRestOnce: a message cut off between its parts goes
// back in the queue holding only the parts not sent, and is no longer in
// flight.
func TestResumeQueuesTheRestOnce(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	queue(t, st, "m1", []bot.Outbound{{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "第一段\n第二段"}})
	_, seqs := claim(t, st)
	if len(seqs) != 1 {
		t.Fatalf("claimed %v, want one message", seqs)
	}
	if err := st.Resume(ctx, vs, seqs[0], "第二段"); err != nil {
		t.Fatal(err)
	}
	if infl, err := st.InFlight(ctx, vs); err != nil || len(infl) != 0 {
		t.Fatalf("in flight after resume: %v, %v; want nothing", infl, err)
	}
	texts, again := claim(t, st)
	if diff := cmp.Diff(texts, []string{"第二段"}); diff != "" || again[0] != seqs[0] {
		t.Fatalf("claimed after resume %v %v (-got +want):\n%s", again, texts, diff)
	}
	if err := st.Resume(ctx, vs, seqs[0], ""); err == nil {
		t.Fatal("resume with nothing left: no error")
	}
}

func TestClaimTakesSummariesForTheSameChatTogether(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	queue(t, st, "job", []bot.Outbound{
		{To: "一组", Kind: bot.Group, Priority: bot.Bulk, Text: "小结"},
		{To: "二组", Kind: bot.Group, Priority: bot.Bulk, Text: "二组小结"},
		{To: "一组", Kind: bot.Group, Priority: bot.Bulk, Text: "公示"},
		{To: "一组", Kind: bot.Group, Priority: bot.Normal, Text: "回复"},
	})
	var got [][]string
	for {
		q := storagetest.Must(st.Claim(ctx, vs, 1, t0))(t)
		if len(q) == 0 {
			break
		}
		texts := storagetest.Strings(q, func(m storage.Queued) string { return m.Text })
		got = append(got, texts)
	}
	want := [][]string{{"回复"}, {"小结", "公示"}, {"二组小结"}}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("claims (-got +want):\n%s", diff)
	}
}

func TestCommitFillsEachTextsReferences(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	create(t, st, "m0", "路灯坏了") // R1 and the first outbound message
	_, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Create: true, Report: newReport("垃圾没人收"),
		Docs: []storage.Doc{{Kind: "n", Body: map[string]string{"text": "停水通知"}}},
		Out: []bot.Outbound{
			{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "登记 #" + storage.RefPlaceholder + "，通知 #" + storage.RefN(2)},
			{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "没有编号"},
			{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: "#" + storage.RefN(1) + " 再说一次"},
		}})
	if err != nil {
		t.Fatal(err)
	}
	texts, seqs := claim(t, st)
	want := []string{"已登记 #R1", "登记 #R2，通知 #N1", "没有编号", "#R2 再说一次"}
	if diff := cmp.Diff(texts, want); diff != "" {
		t.Errorf("texts (-got +want):\n%s", diff)
	}
	if diff := cmp.Diff(seqs, []string{"1", "2", "3", "4"}); diff != "" {
		t.Errorf("sequence numbers (-got +want):\n%s", diff)
	}
}

func TestClaimAndAckOfMoreThanAThousand(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	const n = 2500
	out := make([]bot.Outbound, n)
	for i := range out {
		out[i] = bot.Outbound{To: "g", Kind: bot.Group, Priority: bot.Normal, Text: strconv.Itoa(i)}
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Out: out}); err != nil {
		t.Fatal(err)
	}
	q, err := st.Claim(ctx, vs, n, t0)
	if err != nil || len(q) != n {
		t.Fatalf("claimed %d, %v; want %d", len(q), err, n)
	}
	if infl, _ := st.InFlight(ctx, vs); len(infl) != n {
		t.Fatalf("in flight = %d, want %d", len(infl), n)
	}
	seqs := make([]string, n)
	for i, m := range q {
		seqs[i] = m.Seq
	}
	if err := st.Ack(ctx, vs, true, seqs...); err != nil {
		t.Fatal(err)
	}
	if infl, _ := st.InFlight(ctx, vs); len(infl) != 0 {
		t.Fatalf("in flight after ack = %d, want 0", len(infl))
	}
}

func TestAllOpenReportsAndRebuild(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := context.Background()
	for i, text := range []string{"路灯坏了", "垃圾没人收", "水管漏了"} {
		create(t, st, "m"+strconv.Itoa(i), text)
	}
	act(t, st, "m9", "R2", "不归网格管", village.ActReject)
	ids := func() []string {
		t.Helper()
		rs := storagetest.Must(st.AllOpenReports(ctx, vs))(t)
		return storagetest.Strings(rs, func(r village.Report) string { return r.ID })
	}
	if got, want := ids(), []string{"R1", "R3"}; !cmp.Equal(got, want) {
		t.Fatalf("open = %v, want %v", got, want)
	}
	// a store written before the index existed has none: the rebuild finds them
	if err := srv.Client(t).Del(ctx, "gb:{v:青山村}:open").Err(); err != nil {
		t.Fatal(err)
	}
	if got := ids(); len(got) != 0 {
		t.Fatalf("open after losing the index = %v", got)
	}
	n := storagetest.Must(st.RebuildOpen(ctx, vs))(t)
	if got, want := ids(), []string{"R1", "R3"}; n != 2 || !cmp.Equal(got, want) {
		t.Fatalf("rebuilt %d: open = %v, want %v", n, got, want)
	}
	// at a start-up the rebuild runs once: the commits keep the index since
	if n, rebuilt, err := st.EnsureOpen(ctx, vs); err != nil || rebuilt || n != 0 {
		t.Fatalf("EnsureOpen after a rebuild = %d, %v, %v; want nothing done", n, rebuilt, err)
	}
	fresh := storage.VillageScope("新村")
	if n, rebuilt, err := st.EnsureOpen(ctx, fresh); err != nil || !rebuilt || n != 0 {
		t.Fatalf("EnsureOpen of a scope never indexed = %d, %v, %v; want a rebuild", n, rebuilt, err)
	}
	if _, rebuilt, _ := st.EnsureOpen(ctx, fresh); rebuilt {
		t.Fatal("EnsureOpen rebuilt twice")
	}
}

// TestCommitAlso updates a second report in the same commit: both change
// or neither does, and each one's version moves on.
func TestCommitAlso(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	create(t, st, "m1", "路灯坏了")
	create(t, st, "m2", "路灯又坏了")
	dup, _ := st.Report(ctx, vs, "R2")
	orig, _ := st.Report(ctx, vs, "R1")
	stale := orig
	if err := dup.Apply(village.ActDuplicate, "李四", t0, "同 #R1"); err != nil {
		t.Fatal(err)
	}
	orig.Followers = append(orig.Followers, "陈二")
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Report: &dup, Also: []*village.Report{&orig}}); err != nil {
		t.Fatal(err)
	}
	got, err := st.Report(ctx, vs, "R1")
	if err != nil || got.Version != 2 || len(got.Followers) != 1 {
		t.Fatalf("R1 after the merge: %+v, %v", got, err)
	}
	// a stale second report: nothing of the change lands
	dup2, _ := st.Report(ctx, vs, "R2")
	dup2.Text = "改过"
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m4", Report: &dup2, Also: []*village.Report{&stale}}); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("stale Also: err = %v, want ErrConflict", err)
	}
	if r2, _ := st.Report(ctx, vs, "R2"); r2.Text == "改过" {
		t.Fatal("the first report changed although the second was stale")
	}
}

// latest reads a grid's latest open reports and says whether that took a
// round trip, failing the test on an error.
func latest(t *testing.T, st *storage.Store, n int) (ids []string, read storage.IndexRead, trip bool) {
	t.Helper()
	before := st.RoundTrips()
	reps, read, err := st.LatestOpenReports(context.Background(), vs, "三组", n)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reps {
		ids = append(ids, r.ID)
	}
	return ids, read, st.RoundTrips() > before
}

// closeReport closes id through st as a grid leader's confirmation would.
func closeReport(t *testing.T, st *storage.Store, msgID, id string) {
	t.Helper()
	act(t, st, msgID, id, "x", village.ActAccept, village.ActResolve, village.ActConfirm)
}

// A grid's open reports, read once, are followed through the store's own
// commits: the duplicate check of the next report costs no round trip.
func TestLatestOpenFollowsOwnCommits(t *testing.T) {
	st := storagetest.New(t)
	create(t, st, "m1", "路灯坏了")
	ids, _, trip := latest(t, st, 50)
	if !trip || !slices.Equal(ids, []string{"R1"}) {
		t.Fatalf("first read: %v (round trip %v), want [R1] read from Redis", ids, trip)
	}
	create(t, st, "m2", "水管漏了")
	create(t, st, "m3", "垃圾没人收")
	closeReport(t, st, "m4", "R2")
	ids, _, trip = latest(t, st, 50)
	if trip || !slices.Equal(ids, []string{"R1", "R3"}) {
		t.Fatalf("after own commits: %v (round trip %v), want [R1 R3] from memory", ids, trip)
	}
	ids, _, trip = latest(t, st, 1)
	if trip || !slices.Equal(ids, []string{"R3"}) {
		t.Fatalf("latest one: %v (round trip %v), want [R3] from memory", ids, trip)
	}
}

// A copy that listed only the latest few cannot tell which report moves
// up when one of them closes: it is read again.
func TestLatestOpenPartialCopyRereads(t *testing.T) {
	st := storagetest.New(t)
	for i, text := range []string{"路灯坏了", "水管漏了", "垃圾没人收"} {
		create(t, st, fmt.Sprintf("m%d", i+1), text)
	}
	if ids, _, _ := latest(t, st, 2); !slices.Equal(ids, []string{"R2", "R3"}) {
		t.Fatalf("latest two: %v", ids)
	}
	closeReport(t, st, "m9", "R3")
	ids, _, trip := latest(t, st, 2)
	if !trip || !slices.Equal(ids, []string{"R1", "R2"}) {
		t.Fatalf("after closing R3: %v (round trip %v), want [R1 R2] read from Redis", ids, trip)
	}
}

// Another process's change of a grid's open reports is not seen by a
// copy, but a report decided on that copy does not commit: it is checked
// against a fresh read.
func TestLatestOpenGuardsAgainstOtherProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	create(t, a, "m1", "路灯坏了")
	_, read, _ := latest(t, a, 50)
	create(t, b, "m2", "水管漏了") // the other process files one
	_, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Create: true, Report: newReport("水管又漏了"), Read: read})
	if !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("commit on a stale read: %v, want ErrConflict", err)
	}
	ids, read, trip := latest(t, a, 50)
	if !trip || !slices.Equal(ids, []string{"R1", "R2"}) {
		t.Fatalf("after the conflict: %v (round trip %v), want [R1 R2] read from Redis", ids, trip)
	}
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Create: true, Report: newReport("水管又漏了"), Read: read}); err != nil {
		t.Fatalf("commit on a fresh read: %v", err)
	}
	// a change of a report that leaves the index as it is guards nothing
	act(t, b, "m4", "R1", "", village.ActAccept)
	if _, read, _ = latest(t, a, 50); read == (storage.IndexRead{}) {
		t.Fatal("a read returned no guard")
	}
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m5", Create: true, Report: newReport("狗乱叫"), Read: read}); err != nil {
		t.Fatalf("commit after another process only accepted a report: %v", err)
	}
}

// All of a grid's open reports (n = 0) are never served from a copy that
// holds only the latest few: the read for them lists every one.
func TestLatestOpenAllNotFromAPartialCopy(t *testing.T) {
	st := storagetest.New(t)
	create(t, st, "m1", "路灯坏了")
	create(t, st, "m2", "水管漏了")
	create(t, st, "m3", "垃圾没人收")
	if ids, _, trip := latest(t, st, 2); !trip || !slices.Equal(ids, []string{"R2", "R3"}) {
		t.Fatalf("latest two: %v (round trip %v), want [R2 R3] read from Redis", ids, trip)
	}
	ids, _, trip := latest(t, st, 0)
	if !trip || !slices.Equal(ids, []string{"R1", "R2", "R3"}) {
		t.Fatalf("all after the latest two: %v (round trip %v), want [R1 R2 R3] read from Redis", ids, trip)
	}
	if ids, _, trip = latest(t, st, 0); trip || !slices.Equal(ids, []string{"R1", "R2", "R3"}) {
		t.Fatalf("all again: %v (round trip %v), want [R1 R2 R3] from memory", ids, trip)
	}
}

// DocsOf reads several indexes' documents in one round trip, each list as
// Docs reads it; after the server forgot its scripts (a restart) it still
// reads them.
func TestDocsOfReadsTogether(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := context.Background()
	create(t, st, "m1", "路灯坏了")
	create(t, st, "m2", "水管漏了")
	closeReport(t, st, "m3", "R1")
	reads := []storage.DocsRead{{Kind: "r", Index: "reports"}, {Kind: "r", Index: "open"}, {Kind: "r", Index: "nothing"}}
	ids := func(docs [][]storage.RawDoc) [][]int {
		var out [][]int
		for _, d := range docs {
			out = append(out, []int{})
			for _, x := range d {
				out[len(out)-1] = append(out[len(out)-1], x.ID)
			}
		}
		return out
	}
	want := [][]int{{1, 2}, {2}, {}}
	if _, err := st.DocsOf(ctx, vs, reads...); err != nil { // the script loaded, the connection made
		t.Fatal(err)
	}
	for _, flush := range []bool{false, true} {
		if flush {
			if err := srv.Client(t).ScriptFlush(ctx).Err(); err != nil {
				t.Fatal(err)
			}
		}
		before := st.RoundTrips()
		docs, err := st.DocsOf(ctx, vs, reads...)
		if err != nil {
			t.Fatalf("scripts flushed %v: %v", flush, err)
		}
		if got := ids(docs); !cmp.Equal(got, want) {
			t.Errorf("scripts flushed %v: %v, want %v", flush, got, want)
		}
		if n := st.RoundTrips() - before; !flush && n != 1 {
			t.Errorf("%d round trips, want 1", n)
		}
		one, err := st.Docs(ctx, vs, "r", "open")
		if err != nil || !cmp.Equal(one, docs[1]) {
			t.Errorf("Docs(open) = %v, %v; DocsOf's = %v", one, err, docs[1])
		}
	}
	// flushed again (a restart): the read refused loads its scripts and
	// the commit's in one round trip, so the commit decided on it is one
	if err := srv.Client(t).ScriptFlush(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	before := st.RoundTrips()
	if _, err := st.DocsOf(ctx, vs, reads...); err != nil {
		t.Fatal(err)
	}
	create(t, st, "m4", "垃圾没人收")
	if n := st.RoundTrips() - before; n != 4 {
		t.Errorf("read and commit after a flush: %d round trips, want 4 (refused, loaded, read, commit)", n)
	}
}

// TestRecentReports: the open reports and the newest ones, each once,
// oldest first, in one round trip; an old closed report is not read.
func TestRecentReports(t *testing.T) {
	st := storagetest.New(t)
	for i := 1; i <= 5; i++ {
		create(t, st, fmt.Sprintf("m%d", i), fmt.Sprintf("第%d件", i))
	}
	act(t, st, "c1", "R2", "修好了", village.ActAccept, village.ActResolve, village.ActConfirm) // old, closed
	act(t, st, "c2", "R5", "修好了", village.ActAccept, village.ActResolve, village.ActConfirm) // new, closed
	if _, err := st.RecentReports(context.Background(), vs, "", 1); err != nil {             // loads the scripts
		t.Fatal(err)
	}
	before := st.RoundTrips()
	got := storagetest.Must(st.RecentReports(context.Background(), vs, "三组", 2))(t)
	if trips := st.RoundTrips() - before; trips != 1 {
		t.Errorf("%d round trips, want 1", trips)
	}
	ids := storagetest.Strings(got, func(r village.Report) string { return r.ID })
	if diff := cmp.Diff(ids, []string{"R1", "R3", "R4", "R5"}); diff != "" {
		t.Errorf("ids (-got +want):\n%s", diff)
	}
}

// recent is FollowedReports of 三组 and its 2 newest reports: their ids, the
// read, and whether it took a round trip.
func recent(t *testing.T, st *storage.Store) (ids []string, read storage.ReportsRead, trip bool) {
	t.Helper()
	before := st.RoundTrips()
	got, read, err := st.FollowedReports(context.Background(), vs, "三组", 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range got {
		ids = append(ids, r.ID+":"+string(r.Status))
	}
	return ids, read, st.RoundTrips() > before
}

// reply commits a reply decided on read.
func reply(st *storage.Store, msgID string, read storage.ReportsRead) error {
	_, err := st.Commit(context.Background(), read.Guard(storage.Change{Scope: vs, MsgID: msgID,
		Out: []bot.Outbound{{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Normal, Text: "情况"}}}))
	return err
}

// The open reports and the newest ones are read from memory after the
// store's own commits, which keep the copies; a reply decided on them
// commits.
func TestRecentReportsFollowOwnCommits(t *testing.T) {
	st := storagetest.New(t)
	for i := 1; i <= 4; i++ {
		create(t, st, fmt.Sprintf("m%d", i), fmt.Sprintf("第%d件", i))
	}
	if _, read, trip := recent(t, st); !trip || read.Copied() {
		t.Fatalf("first read: round trip %v, copied %v; want a read of Redis", trip, read.Copied())
	}
	act(t, st, "a1", "R1", "", village.ActAccept)                                            // old, open
	act(t, st, "a2", "R4", "修好了", village.ActAccept, village.ActResolve, village.ActConfirm) // new, closed
	create(t, st, "m5", "第5件")
	ids, read, trip := recent(t, st)
	want := []string{"R1:accepted", "R2:new", "R3:new", "R4:closed", "R5:new"}
	if trip || !read.Copied() || !cmp.Equal(ids, want) {
		t.Fatalf("after own commits: %v, round trip %v, copied %v; want %v from memory", ids, trip, read.Copied(), want)
	}
	if err := reply(st, "q1", read); err != nil {
		t.Fatalf("a reply decided on the copies: %v", err)
	}
}

// Another process's change of a report, open or among the newest, is not
// seen by the copies, but a reply decided on them does not commit; read
// again, it does.
func TestRecentReportsGuardAgainstOtherProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	for i := 1; i <= 4; i++ {
		create(t, a, fmt.Sprintf("m%d", i), fmt.Sprintf("第%d件", i))
	}
	recent(t, a)
	act(t, b, "a1", "R4", "", village.ActAccept) // the other process: a new one, open still
	ids, read, trip := recent(t, a)
	if trip || ids[3] != "R4:new" {
		t.Fatalf("the copy: %v, round trip %v; want the old copy, from memory", ids, trip)
	}
	if err := reply(a, "q1", read); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("a reply decided on a stale copy: %v; want ErrConflict", err)
	}
	ids, read, trip = recent(t, a)
	if !trip || read.Copied() || ids[3] != "R4:accepted" {
		t.Fatalf("read again: %v, round trip %v, copied %v; want R4 accepted, from Redis", ids, trip, read.Copied())
	}
	if err := reply(a, "q1", read); err != nil {
		t.Fatal(err)
	}

	// An old open report (not among the newest) read before the newest
	// were: their generation does not vouch for it, its version does.
	if _, _, err := a.LatestOpenReports(ctx, vs, "三组", 0); err != nil {
		t.Fatal(err)
	}
	act(t, b, "a2", "R1", "", village.ActAccept)
	if _, err := a.RecentReports(ctx, vs, "一组", 2); err != nil { // the newest, read after R1 changed
		t.Fatal(err)
	}
	ids, read, trip = recent(t, a)
	if trip || ids[0] != "R1:new" {
		t.Fatalf("the copies: %v, round trip %v; want R1 as first read, from memory", ids, trip)
	}
	if err := reply(a, "q2", read); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("a reply decided on an old report changed since: %v; want ErrConflict", err)
	}
}
