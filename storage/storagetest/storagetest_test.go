package storagetest_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestLateAnswerIsOneTrip: a command Redis answers two seconds late (a
// stall ordered before it, as an fsync of appendfsync always on a loaded
// machine) costs a store of the helpers one round trip. With their old
// 1 s timeout go-redis sent it again on a new connection, whose HELLO
// counted: TestPlainDenialOfResolvedMediation's 3 round trips under load
// (flake94).
func TestLateAnswerIsOneTrip(t *testing.T) {
	srv, made := storagetest.NewWithServer(t, 0)
	for name, st := range map[string]*storage.Store{"Open": storagetest.Open(t, srv.URL), "NewWithServer": made} {
		ctx := context.Background()
		if err := st.Ping(ctx); err != nil { // its connection opened
			t.Fatal(err)
		}
		done := srv.Stall(t, 2*time.Second)
		before := st.RoundTrips()
		if err := st.Ping(ctx); err != nil {
			t.Fatalf("%s: ping behind the stall: %v", name, err)
		}
		if n := st.RoundTrips() - before; n != 1 {
			t.Errorf("%s: a command answered late took %d round trips, want 1", name, n)
		}
		<-done
	}
}
