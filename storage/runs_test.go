package storage_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

const week = 7 * 24 * time.Hour

func TestClaimRun(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2026, 3, 2, h, 0, 0, 0, time.UTC) }
	type claim struct {
		job  string
		at   time.Time
		want bool
	}
	tests := []struct {
		name     string
		claims   []claim
		wantLast map[string]time.Time // job → last run; absent: none recorded
	}{
		{
			name:     "never claimed has no last run",
			wantLast: map[string]time.Time{},
		},
		{
			name:     "an occurrence is won once only",
			claims:   []claim{{"digest", at(20), true}, {"digest", at(20), false}, {"digest", at(20), false}},
			wantLast: map[string]time.Time{"digest": at(20)},
		},
		{
			name:     "last moves forward",
			claims:   []claim{{"digest", at(8), true}, {"digest", at(20), true}},
			wantLast: map[string]time.Time{"digest": at(20)},
		},
		{
			name: "last never moves back",
			// An older occurrence may still be claimed (a slow replica catching
			// up), but it does not pull last back.
			claims:   []claim{{"digest", at(20), true}, {"digest", at(8), true}},
			wantLast: map[string]time.Time{"digest": at(20)},
		},
		{
			name:     "a lost claim does not move last",
			claims:   []claim{{"digest", at(20), true}, {"digest", at(21), true}, {"digest", at(20), false}},
			wantLast: map[string]time.Time{"digest": at(21)},
		},
		{
			name:     "jobs are independent",
			claims:   []claim{{"evening", at(20), true}, {"overdue", at(20), true}, {"evening", at(20), false}},
			wantLast: map[string]time.Time{"evening": at(20), "overdue": at(20)},
		},
	}
	backends := []struct {
		name string
		open func(t *testing.T) *storage.Store
	}{
		{"redis-server", func(t *testing.T) *storage.Store { return storagetest.New(t) }},
		{"in-process", func(t *testing.T) *storage.Store {
			e := storagetest.Must(storage.NewEmbedded(storage.Options{}))(t)
			t.Cleanup(func() { _ = e.Close() })
			return e.Store
		}},
	}
	for _, b := range backends {
		for _, tt := range tests {
			t.Run(b.name+"/"+tt.name, func(t *testing.T) {
				st := b.open(t)
				ctx := context.Background()
				var got, want []bool
				jobs := map[string]bool{"digest": true}
				for _, c := range tt.claims {
					won := storagetest.Must(st.ClaimRun(ctx, vs, c.job, c.at, week))(t)
					got, want = append(got, won), append(want, c.want)
					jobs[c.job] = true
				}
				if diff := cmp.Diff(got, want); diff != "" {
					t.Errorf("claims won (-got +want):\n%s", diff)
				}
				gotLast := map[string]time.Time{}
				for job := range jobs {
					last, ok, err := st.LastRun(ctx, vs, job)
					if err != nil {
						t.Fatal(err)
					}
					if ok {
						gotLast[job] = last
					}
				}
				if diff := cmp.Diff(gotLast, tt.wantLast); diff != "" {
					t.Errorf("last runs (-got +want):\n%s", diff)
				}
				// Another scope sees none of it.
				if _, ok, err := st.LastRun(ctx, storage.TownshipScope("青山镇"), "digest"); ok || err != nil {
					t.Errorf("other scope: ok=%v err=%v, want nothing recorded", ok, err)
				}
			})
		}
	}
}

func TestClaimRunAcrossReplicasOnce(t *testing.T) {
	srv := storagetest.NeedServer(t)
	replicas := []*storage.Store{storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)}
	occ := time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)
	var won atomic.Int32
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			ok, err := replicas[i%2].ClaimRun(context.Background(), vs, "digest", occ, week)
			if err != nil {
				t.Error(err)
			}
			if ok {
				won.Add(1)
			}
		})
	}
	wg.Wait()
	if got := won.Load(); got != 1 {
		t.Fatalf("claims won = %d, want exactly 1", got)
	}
}

func TestClaimRunKeyTTL(t *testing.T) {
	srv := storagetest.NeedServer(t)
	st := storagetest.Open(t, srv.URL)
	occ := time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)
	if _, err := st.ClaimRun(context.Background(), vs, "digest", occ, week); err != nil {
		t.Fatal(err)
	}
	rdb := srv.Client(t)
	ctx := context.Background()
	ttl := storagetest.Must(rdb.TTL(ctx, "gb:{v:青山村}:run:digest:1772481600").Result())(t)
	if ttl <= week-time.Minute || ttl > week {
		t.Errorf("run key TTL = %v, want about %v", ttl, week)
	}
	if ttl, _ := rdb.TTL(ctx, "gb:{v:青山村}:last:digest").Result(); ttl != -1 {
		t.Errorf("last key TTL = %v, want none (-1)", ttl)
	}
}

func TestClaimRunErrors(t *testing.T) {
	occ := time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)
	t.Run("ttl below a second", func(t *testing.T) {
		st := storagetest.New(t)
		if _, err := st.ClaimRun(context.Background(), vs, "digest", occ, 0); err == nil || !strings.Contains(err.Error(), "ttl") {
			t.Fatalf("err = %v, want a ttl error", err)
		}
	})
	t.Run("redis down", func(t *testing.T) {
		srv := storagetest.NeedServer(t)
		st := storagetest.Open(t, srv.DialOnceURL())
		srv.Kill()
		if _, err := st.ClaimRun(context.Background(), vs, "digest", occ, week); !errors.Is(err, storage.ErrUnavailable) {
			t.Errorf("claim: err = %v, want ErrUnavailable", err)
		}
		if _, _, err := st.LastRun(context.Background(), vs, "digest"); !errors.Is(err, storage.ErrUnavailable) {
			t.Errorf("last run: err = %v, want ErrUnavailable", err)
		}
	})
}

func TestTimedOutClaimRunRetriedStillWins(t *testing.T) {
	st, p, srv := newLossyStore(t)
	ctx := context.Background()
	warm := time.Date(2026, 3, 1, 20, 0, 0, 0, time.UTC)
	if _, err := st.ClaimRun(ctx, vs, "digest", warm, week); err != nil { // loads the script
		t.Fatal(err)
	}
	occ := warm.Add(24 * time.Hour)
	p.armed.Store(true)
	// The first attempt wins but its reply is lost; go-redis re-sends the same
	// EVALSHA, whose token matches the stored one: still this caller's win.
	won := storagetest.Must(st.ClaimRun(ctx, vs, "digest", occ, week))(t)
	if !won {
		t.Fatal("retried claim lost: the occurrence would run nowhere")
	}
	other := storagetest.Open(t, srv.URL)
	if won, err := other.ClaimRun(ctx, vs, "digest", occ, week); err != nil || won {
		t.Fatalf("second replica: won=%v err=%v, want a loss", won, err)
	}
	last, _, err := other.LastRun(ctx, vs, "digest")
	if err != nil {
		t.Fatal(err)
	}
	if !last.Equal(occ) {
		t.Errorf("last run = %v, want %v", last, occ)
	}
}
