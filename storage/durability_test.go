package storage_test

import (
	"context"
	"testing"

	"gridbot/storage/storagetest"
)

func TestDurability(t *testing.T) {
	srv := storagetest.NeedServer(t)
	ctx := context.Background()
	st := storagetest.Open(t, srv.URL)
	if aof, fsync, ok := st.Durability(ctx); !ok || !aof || fsync != "always" {
		t.Errorf("Durability = %v %q %v, want AOF on with fsync always (the test server's settings)", aof, fsync, ok)
	}
	srv.SetConfig(t, "appendonly", "no")
	if aof, _, ok := st.Durability(ctx); !ok || aof {
		t.Errorf("Durability after appendonly no = %v (ok %v), want AOF off", aof, ok)
	}
}
