package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

func TestWeChatState(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	a, b := st.WeChat("acct-a"), st.WeChat("acct-b")

	if uin, blob, err := a.LoadLogin(ctx); err != nil || uin != 0 || blob != nil {
		t.Fatalf("LoadLogin on nothing = %d, %q, %v", uin, blob, err)
	}
	if err := a.SaveLogin(ctx, 42, []byte(`{"x":1}`)); err != nil {
		t.Fatal(err)
	}
	if uin, blob, err := a.LoadLogin(ctx); err != nil || uin != 42 || string(blob) != `{"x":1}` {
		t.Errorf("LoadLogin = %d, %q, %v", uin, blob, err)
	}
	if uin, blob, _ := b.LoadLogin(ctx); uin != 0 || blob != nil {
		t.Errorf("another account sees %d, %q", uin, blob)
	}
	if err := a.DropLogin(ctx); err != nil {
		t.Fatal(err)
	}
	if uin, blob, err := a.LoadLogin(ctx); err != nil || uin != 42 || blob != nil {
		t.Errorf("after DropLogin = %d, %q, %v; want the uin kept, no blob", uin, blob, err)
	}

	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(a.Bind(ctx, "三组群", "青山村三组网格群"))
	must(a.Bind(ctx, "三组大家庭", "青山村三组网格群")) // renamed: the old name goes
	must(a.Bind(ctx, "二组新群", "青山村二组网格群"))
	got, err := a.Bindings(ctx)
	must(err)
	want := map[string]string{"三组大家庭": "青山村三组网格群", "二组新群": "青山村二组网格群"}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("bindings (-got +want):\n%s", diff)
	}

	if seen, err := a.Seen(ctx, "m1"); err != nil || seen {
		t.Errorf("Seen before MarkSeen = %v, %v", seen, err)
	}
	must(a.MarkSeen(ctx, "m1", time.Hour))
	if seen, err := a.Seen(ctx, "m1"); err != nil || !seen {
		t.Errorf("Seen after MarkSeen = %v, %v", seen, err)
	}
	if seen, _ := b.Seen(ctx, "m1"); seen {
		t.Error("another account's Seen is not independent")
	}
}

func TestRepliesAndQueueLen(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	sc := storage.VillageScope("青山村")
	r := storage.NewReplies(st, func(bot.Outbound) storage.Scope { return sc })
	o := bot.Outbound{To: "群", Kind: bot.Group, Priority: bot.Normal, Text: "请打字"}
	for range 2 {
		if err := r.Reply(ctx, "m1", o); err != nil {
			t.Fatal(err)
		}
	}
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{sc, storage.TownshipScope("青山镇")}})
	if n, err := box.QueueLen(ctx); err != nil || n != 1 {
		t.Errorf("QueueLen = %d, %v; want 1 (a repeated reply queues nothing)", n, err)
	}
}
