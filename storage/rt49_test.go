package storage_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestLoadScriptsOneTripEach: once LoadScripts has run on a fresh Redis,
// the first use of each script is one round trip (EVALSHA), the store's
// own and the package's (lease, job claim, bind, baseline) alike; after
// SCRIPT FLUSH (a Redis restart loses them too) a script still works, its
// next use loading it back (NOSCRIPT, EVAL), and the one after is one trip
// again.
func TestLoadScriptsOneTripEach(t *testing.T) {
	ctx := context.Background()
	srv, st := storagetest.NewWithServer(t, 0)
	// as at start-up: PING (which opens the connection commands take; a
	// pipeline takes another), then the scripts
	if err := st.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.LoadScripts(ctx); err != nil {
		t.Fatal(err)
	}
	// twice: loading them again changes nothing
	if err := st.LoadScripts(ctx); err != nil {
		t.Fatal(err)
	}
	ts := storage.TownshipScope("青山镇")
	uses := []struct {
		name string
		use  func() error
	}{
		{"serve", func() error { _, err := st.Serve(ctx, vs, "bot1", time.Minute); return err }},
		{"unserve", func() error { return st.Unserve(ctx, vs, "bot1") }},
		{"claim run", func() error { _, err := st.ClaimRun(ctx, ts, "digest", t0, time.Minute); return err }},
		{"bind", func() error { return st.WeChat("bot1").Bind(ctx, "青山村三组网格群", "三组") }},
		{"baseline", func() error { _, err := st.Baseline(ctx, storage.VillageScope("bench"), 1, "{}"); return err }},
		{"commit", func() error { create(t, st, "rt49-1", "路灯不亮"); return nil }},
	}
	trips := func(use func() error) int64 {
		t.Helper()
		before := st.RoundTrips()
		if err := use(); err != nil {
			t.Fatal(err)
		}
		return st.RoundTrips() - before
	}
	for _, u := range uses {
		if n := trips(u.use); n != 1 {
			t.Errorf("first %s after LoadScripts: %d round trips, want 1", u.name, n)
		}
	}

	if err := srv.Client(t).ScriptFlush(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	serve := uses[0].use
	if n := trips(serve); n != 2 {
		t.Errorf("serve after SCRIPT FLUSH: %d round trips, want 2 (NOSCRIPT, then EVAL)", n)
	}
	if n := trips(serve); n != 1 {
		t.Errorf("serve after it was loaded back: %d round trips, want 1", n)
	}
	if owner, err := st.Serve(ctx, vs, "bot2", time.Minute); err != nil || owner != "bot1" {
		t.Errorf("serve by another account after SCRIPT FLUSH = %q, %v; want bot1's lease kept", owner, err)
	}
	create(t, st, "rt49-2", "水管漏水")
	if n := trips(func() error { create(t, st, "rt49-3", "栏杆坏了"); return nil }); n != 1 {
		t.Errorf("commit once loaded back: %d round trips, want 1", n)
	}
}
