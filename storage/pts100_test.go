package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestHeldExpires: a held reminder with a deadline (bot.Outbound.Expires)
// released at or after it (the bot was down when it was due) is not sent,
// and not claimed again; released before it, it goes as written. A held
// message without one, joined with it, still goes (pts100: a photo
// reminder went out days late saying 「请在12月8日09:00前发」).
func TestHeldExpires(t *testing.T) {
	ctx := context.Background()
	loc := time.FixedZone("CST", 8*3600)
	held := time.Date(2026, 12, 8, 6, 0, 0, 0, loc)
	expires := time.Date(2026, 12, 8, 8, 30, 0, 0, loc)
	out := []bot.Outbound{
		{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Normal, Text: "照片请在今天09:00前发", NotBefore: held, Expires: expires, Join: bot.JoinMixed},
		{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Normal, Text: "还没有证明人", NotBefore: held, Join: bot.JoinMixed},
	}
	for _, tc := range []struct {
		name string
		now  time.Time
		want []string
		gone []string
	}{
		{"on time", held.Add(time.Minute), []string{"照片请在今天09:00前发", "还没有证明人"}, nil},
		{"at its expiry", expires, []string{"还没有证明人"}, []string{"照片请在"}},
		{"days late", expires.Add(72 * time.Hour), []string{"还没有证明人"}, []string{"照片请在"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := storagetest.New(t)
			if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Out: out}); err != nil {
				t.Fatal(err)
			}
			box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return tc.now }, Loc: loc})
			var texts string
			for range 3 {
				envs := storagetest.Must(box.Next(ctx, 10))(t)
				for _, e := range envs {
					texts += e.Text + "\n"
				}
				if err := box.Done(ctx, true, envs...); err != nil {
					t.Fatal(err)
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(texts, w) {
					t.Errorf("sent %q, want %q in it", texts, w)
				}
			}
			for _, g := range tc.gone {
				if strings.Contains(texts, g) {
					t.Errorf("sent %q, want no %q", texts, g)
				}
			}
			if n, err := st.QueueLen(ctx, vs); err != nil || n != 0 {
				t.Errorf("%d left queued (%v), want none", n, err)
			}
		})
	}
}
