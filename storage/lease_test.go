package storage_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

func TestServe(t *testing.T) {
	srv := storagetest.NeedServer(t)
	st := storagetest.Open(t, srv.URL)
	ctx := context.Background()
	sc := storage.VillageScope("青山村")
	for _, step := range []struct{ account, want string }{
		{"qingshan", "qingshan"}, // free: taken
		{"baishui", "qingshan"},  // taken by another: told who
		{"qingshan", "qingshan"}, // renewed
	} {
		if got, err := st.Serve(ctx, sc, step.account, 3*time.Minute); err != nil || got != step.want {
			t.Fatalf("Serve(%s) = %q, %v; want %q", step.account, got, err, step.want)
		}
	}
	rdb := srv.Client(t)
	key := "gb:{v:青山村}:served_by"
	if ttl := rdb.TTL(ctx, key).Val(); ttl <= 2*time.Minute || ttl > 3*time.Minute {
		t.Errorf("lease TTL = %v, want about 3m", ttl)
	}
	if err := st.Unserve(ctx, sc, "baishui"); err != nil { // not its lease: kept
		t.Fatal(err)
	}
	if got, err := st.Serve(ctx, sc, "baishui", time.Minute); err != nil || got != "qingshan" {
		t.Errorf("Serve after another account's Unserve = %q, %v; want qingshan", got, err)
	}
	if err := st.Unserve(ctx, sc, "qingshan"); err != nil { // its holder stopped cleanly
		t.Fatal(err)
	}
	if got, err := st.Serve(ctx, sc, "baishui", time.Minute); err != nil || got != "baishui" {
		t.Errorf("Serve after the holder's Unserve = %q, %v; want baishui", got, err)
	}
	rdb.Del(ctx, key) // the lease lapsed: its holder died
	if got, err := st.Serve(ctx, sc, "qingshan", time.Minute); err != nil || got != "qingshan" {
		t.Errorf("Serve after the lease lapsed = %q, %v; want qingshan", got, err)
	}
}
