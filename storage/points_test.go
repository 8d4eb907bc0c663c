package storage_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// newAccount creates a household's account and reads it back.
func newAccount(t testing.TB, st *storage.Store, household string) village.Account {
	t.Helper()
	ctx := context.Background()
	for range 2 { // the second creation is deduplicated
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: storage.AccountMsgID("青山村", household),
			Docs: []storage.Doc{storage.AccountDoc(village.NewAccount("青山村", household))}}); err != nil {
			t.Fatal(err)
		}
	}
	a, ok, err := storage.Account(ctx, st, vs, household)
	if err != nil || !ok {
		t.Fatalf("account %s: %v, %v", household, ok, err)
	}
	return a
}

// approval builds the one change of 同意: the claim, its ledger entry, the
// account and the ranking counter.
func approval(t testing.TB, c village.Claim, acct village.Account, msgID string) storage.Change {
	t.Helper()
	from := storagetest.Must(c.Apply(village.ClaimApprove, "赵六", t0, ""))(t)
	e := c.Entry(from, msgID)
	if err := acct.Post(e); err != nil {
		t.Fatal(err)
	}
	cd := storagetest.Must(storage.ClaimDoc(c, from))(t)
	return storage.Change{Scope: vs, MsgID: msgID, Docs: []storage.Doc{cd, storage.LedgerDoc(e), storage.AccountDoc(acct)},
		Incr: storage.PointsIncr(e)}
}

// submit stores a pending claim and returns it as read back.
func submit(t testing.TB, st *storage.Store, msgID string, pts int) village.Claim {
	t.Helper()
	c := village.Claim{Village: "青山村", Grid: "三组", Household: "QS-301", Person: "张三", Indicator: "SG02",
		Name: "义务劳动", Level: village.LevelPersonal, Kind: village.KindRegular, Points: pts}
	from := storagetest.Must(c.Apply(village.ClaimSubmit, "张三", t0, ""))(t)
	e := c.Entry(from, msgID)
	e.Claim = storage.RefPlaceholder
	cd := storagetest.Must(storage.ClaimDoc(c, from))(t)
	res := storagetest.Must(st.Commit(context.Background(), storage.Change{Scope: vs, MsgID: msgID, Docs: []storage.Doc{cd, storage.LedgerDoc(e)}}))(t)
	d := storagetest.Must(st.Doc(context.Background(), vs, storage.ClaimKind, mustNumber(t, res.Ref)))(t)
	return storagetest.Must(storage.DecodeClaim(d))(t)
}

func mustNumber(t testing.TB, ref string) int {
	t.Helper()
	var n int
	for _, r := range strings.TrimLeft(ref, "CLH") {
		n = n*10 + int(r-'0')
	}
	if n == 0 {
		t.Fatalf("bad ref %q", ref)
	}
	return n
}

// balances reads what a retry could double: the account, the ranking
// counter and the ledger length.
func balances(t *testing.T, st *storage.Store) (score, approved int, counter int64, ledger int) {
	t.Helper()
	ctx := context.Background()
	a, _, err := storage.Account(ctx, st, vs, "QS-301")
	if err != nil {
		t.Fatal(err)
	}
	pts := storagetest.Must(st.Counters(ctx, vs, storage.PointsHash("2026")))(t)
	l := storagetest.Must(storage.Ledger(ctx, st, vs))(t)
	return a.Year("2026").Score, a.Year("2026").Approved, pts["QS-301"], len(l)
}

// TestPointsApprovalOnceAndStale: the same approval committed twice (a
// retried message) counts once; a second approval read before the first
// committed (a concurrent scorer) conflicts instead of counting twice.
func TestPointsApprovalOnceAndStale(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	c := submit(t, st, "m1", 8)
	if c.ID != "C1" || c.Status != village.ClaimPending {
		t.Fatalf("submitted claim = %s %s", c.ID, c.Status)
	}
	l, err := storage.Ledger(ctx, st, vs)
	if err != nil || len(l) != 1 || l[0].Claim != "C1" {
		t.Fatalf("ledger after submit = %+v, %v; want one entry naming C1", l, err)
	}
	acct := newAccount(t, st, "QS-301")
	change := approval(t, c, acct, "m2")
	if _, err := st.Commit(ctx, change); err != nil {
		t.Fatal(err)
	}
	res, err := st.Commit(ctx, change)
	if err != nil || !res.Duplicate {
		t.Fatalf("second commit of m2 = %+v, %v; want a duplicate", res, err)
	}
	// A concurrent approval of the same claim, read at the old versions.
	if _, err := st.Commit(ctx, approval(t, c, acct, "m3")); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("stale approval err = %v, want ErrConflict", err)
	}
	score, approved, counter, ledger := balances(t, st)
	if diff := cmp.Diff([]any{score, approved, counter, ledger}, []any{8, 8, int64(8), 2}); diff != "" {
		t.Errorf("score, approved, counter, ledger entries (-got +want):\n%s", diff)
	}
	got, err := storage.Claims(ctx, st, vs, storage.ClaimIndex(village.ClaimApproved))
	if err != nil || len(got) != 1 || got[0].Status != village.ClaimApproved {
		t.Fatalf("approved index = %+v, %v", got, err)
	}
	if pend, _ := storage.Claims(ctx, st, vs, storage.ClaimIndex(village.ClaimPending)); len(pend) != 0 {
		t.Errorf("pending index still holds %d claims", len(pend))
	}
}

// TestTimedOutApprovalRetriedCountsOnce loses the reply to an approval's
// EVALSHA: go-redis times out and re-sends it, and the re-sent call finds
// the message committed. The points count once.
func TestTimedOutApprovalRetriedCountsOnce(t *testing.T) {
	st, p, _ := newLossyStore(t)
	c := submit(t, st, "m1", 10) // also loads the commit script
	acct := newAccount(t, st, "QS-301")
	p.armed.Store(true)
	res := storagetest.Must(st.Commit(context.Background(), approval(t, c, acct, "m2")))(t)
	if !res.Duplicate {
		t.Fatalf("retried approval = %+v, want the retry to see the committed message", res)
	}
	score, approved, counter, ledger := balances(t, st)
	if diff := cmp.Diff([]any{score, approved, counter, ledger}, []any{10, 10, int64(10), 2}); diff != "" {
		t.Errorf("score, approved, counter, ledger entries (-got +want):\n%s", diff)
	}
}

// TestApprovedOfFollowsStatus: a household's approved index holds its
// claim while approved and lets go of it once it is final or revoked.
func TestApprovedOfFollowsStatus(t *testing.T) {
	ops := func(c village.Claim, from village.ClaimStatus) map[string]bool {
		d := storagetest.Must(storage.ClaimDoc(c, from))(t)
		out := map[string]bool{}
		for _, op := range d.Index {
			out[op.Set] = op.Add
		}
		return out
	}
	c := village.Claim{ID: "C1", Version: 1, Household: "QS-301", Status: village.ClaimApproved}
	if add, ok := ops(c, village.ClaimPending)[storage.ApprovedOf("QS-301")]; !ok || !add {
		t.Errorf("approving: household index op = %v, %v; want an add", add, ok)
	}
	for _, to := range []village.ClaimStatus{village.ClaimFinal, village.ClaimRevoked, village.ClaimObjected} {
		c.Status = to
		if add, ok := ops(c, village.ClaimApproved)[storage.ApprovedOf("QS-301")]; !ok || add {
			t.Errorf("approved -> %s: household index op = %v, %v; want a removal", to, add, ok)
		}
	}
	c.Status = village.ClaimPending
	if _, ok := ops(c, "")[storage.ApprovedOf("QS-301")]; ok {
		t.Error("a new pending claim touches the household's approved index")
	}
}

// TestEnsureApprovedOfBuildsOnce: a store whose claims were approved
// before the household index existed gets it built at the first start-up
// and only then; the commits keep it since.
func TestEnsureApprovedOfBuildsOnce(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := context.Background()
	c := submit(t, st, "m1", 10)
	if _, err := st.Commit(ctx, approval(t, c, newAccount(t, st, "QS-301"), "m2")); err != nil {
		t.Fatal(err)
	}
	household := func() []string {
		t.Helper()
		got := storagetest.Must(storage.Claims(ctx, st, vs, storage.ApprovedOf("QS-301")))(t)
		return storagetest.Strings(got, func(c village.Claim) string { return c.ID })
	}
	// an older gridbot kept no household index
	if err := srv.Client(t).Del(ctx, "gb:{v:青山村}:claims:approved:QS-301").Err(); err != nil {
		t.Fatal(err)
	}
	if got := household(); len(got) != 0 {
		t.Fatalf("household index after losing it = %v", got)
	}
	if n, built, err := st.EnsureApprovedOf(ctx, vs); err != nil || !built || n != 1 {
		t.Fatalf("first EnsureApprovedOf = %d, %v, %v; want one claim indexed", n, built, err)
	}
	if got := household(); !cmp.Equal(got, []string{"C1"}) {
		t.Fatalf("household index after the build = %v, want [C1]", got)
	}
	if n, built, err := st.EnsureApprovedOf(ctx, vs); err != nil || built || n != 0 {
		t.Fatalf("second EnsureApprovedOf = %d, %v, %v; want nothing done", n, built, err)
	}
}

// TestClaimsOfBuiltAtFirstRead: a store whose claims were filed before
// the household's claim index existed gets it built at the first read of
// one in the scope, in that read's round trip, and only then (the commits
// keep it since): a new claim decided on the household's claims sees the
// older ones still waiting.
func TestClaimsOfBuiltAtFirstRead(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := context.Background()
	submit(t, st, "m1", 10)
	submit(t, st, "m2", 5)
	// an older gridbot kept no household's claim index
	rdb := srv.Client(t)
	if err := rdb.Del(ctx, "gb:{v:青山村}:"+storage.ClaimsOf("QS-301")).Err(); err != nil {
		t.Fatal(err)
	}
	of := func() []string {
		t.Helper()
		raws, _, err := st.FollowedOf(ctx, vs, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimsOf("QS-301")})
		if err != nil {
			t.Fatal(err)
		}
		cs := storagetest.Must(storage.ClaimsIn(raws[0]))(t)
		return storagetest.Strings(cs, func(c village.Claim) string { return c.ID })
	}
	// the scripts loaded (by a read of another village), as after a first message
	if _, err := st.DocsOf(ctx, storage.VillageScope("白石村"), storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimsOf("x")}); err != nil {
		t.Fatal(err)
	}
	before := st.RoundTrips()
	if got, want := of(), []string{"C1", "C2"}; !cmp.Equal(got, want) {
		t.Fatalf("the household's claims of an older store = %v, want %v", got, want)
	}
	if n := st.RoundTrips() - before; n != 1 {
		t.Errorf("the first read took %d round trips, want 1", n)
	}
	submit(t, st, "m3", 2)
	before = st.RoundTrips()
	if got, want := of(), []string{"C1", "C2", "C3"}; !cmp.Equal(got, want) {
		t.Fatalf("the household's claims = %v, want %v", got, want)
	}
	if n := st.RoundTrips() - before; n != 0 {
		t.Errorf("a followed household's claims took %d round trips, want 0 (own commits keep the copy)", n)
	}
	// built once: an index lost now is not built again at a read
	if err := rdb.Del(ctx, "gb:{v:青山村}:"+storage.ClaimsOf("QS-301")).Err(); err != nil {
		t.Fatal(err)
	}
	raws := storagetest.Must(st.DocsOf(ctx, vs, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimsOf("QS-301")}))(t)
	if len(raws[0]) != 0 {
		t.Errorf("the household's claims after the index was built and lost = %d; built again at every read", len(raws[0]))
	}
}
