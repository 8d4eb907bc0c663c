package storage_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestDialRetriesInTheURL: dial_retries=N in the URL is gridbot's own,
// taken out before go-redis reads the rest (a store on it works, the
// db number after it still counts); one not a whole number from 1 is
// refused as a bad URL; with one dial a killed server fails the next
// command as unavailable.
func TestDialRetriesInTheURL(t *testing.T) {
	for _, bad := range []string{"redis://127.0.0.1:6379/0?dial_retries=0", "redis://127.0.0.1:6379/0?dial_retries=x"} {
		if _, err := storage.New(storage.Options{URL: bad}); err == nil || !strings.Contains(err.Error(), "dial_retries") {
			t.Errorf("New(%q): err = %v, want one naming dial_retries", bad, err)
		}
	}
	srv := storagetest.NeedServer(t)
	st := storagetest.Open(t, srv.DialOnceURL()+"&db=3")
	if err := st.Ping(context.Background()); err != nil {
		t.Fatalf("ping on %s: %v", srv.DialOnceURL(), err)
	}
	opt, err := redis.ParseURL(srv.URL + "?db=3")
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opt)
	defer c.Close()
	create(t, st, "m1", "路灯坏了")
	if n, err := c.DBSize(context.Background()).Result(); err != nil || n == 0 {
		t.Errorf("db 3 holds %d keys (%v); want the store's, written there", n, err)
	}
	srv.Kill()
	_, err = st.Commit(context.Background(), storage.Change{Scope: vs, MsgID: "m2", Create: true, Report: newReport("x")})
	if !errors.Is(err, storage.ErrUnavailable) {
		t.Errorf("commit with Redis killed: err = %v, want ErrUnavailable", err)
	}
}
