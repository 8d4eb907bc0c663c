package handlers_test

import (
	"context"
	"fmt"
	"testing"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// uncachedStore is a Store with no report cache (every report looked at
// is read, as one another process wrote) on a private redis-server, closed
// when the test ends; without redis-server the test is skipped.
func uncachedStore(tb testing.TB) *storage.Store {
	tb.Helper()
	srv := storagetest.NeedServer(tb)
	st, err := storage.New(storage.Options{URL: srv.URL, Timeout: storagetest.Timeout, CacheReports: -1})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = st.Close() })
	return st
}

// uncachedChat is a chat of the example village on a store with no report
// cache (every report looked at is read, as one another process wrote),
// and trips, which sends m in the third grid's group and returns what it
// cost in round trips with the replies. A wrap given is the store the
// router uses, over the uncached one (another process's meddling).
func uncachedChat(t *testing.T, wrap ...func(*storage.Store) handlers.Store) (*chat, func(m bot.Message) (int64, []string)) {
	t.Helper()
	st := uncachedStore(t)
	cfg, dir := exampleVillage(t)
	var store handlers.Store = st
	for _, w := range wrap {
		store = w(st)
	}
	c := chatOn(t, cfg, dir, store, st)
	return c, func(m bot.Message) (int64, []string) {
		c.n++
		m.ID, m.At, m.Chat = fmt.Sprintf("rt42-%d", c.n), c.now, grid3
		before := st.RoundTrips()
		if err := c.r.Handle(context.Background(), m); err != nil {
			t.Fatal(err)
		}
		return st.RoundTrips() - before, c.flush()
	}
}

// TestSeveralNamedReadTogether: with no report cache, a leader's message
// naming several reports reads them in one round trip, then commits once:
// 「确认 4 5 6」, 「R4 R5 R6 都弄好了」 in his own words, and 「7号8号 我下
// 午去看」 (its other reads, the grid's open reports, as before; the
// first such messages, not measured, made the store's first reads). A
// number that names no report is told as before, the others acted on.
func TestSeveralNamedReadTogether(t *testing.T) {
	c, trips := uncachedChat(t)
	for i := range 9 {
		c.say("张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1))
	}
	trips(bot.Message{From: "李四", Text: "确认 1 2 3"})
	trips(bot.Message{From: "李四", Text: "R1 R2 R3 都弄好了"})
	n, got := trips(bot.Message{From: "李四", Text: "确认 4 5 6"})
	has(t, "确认 4 5 6", got, "#R4", "#R5", "#R6", "已受理")
	if n != 2 {
		t.Errorf("确认 4 5 6: %d round trips, want 2 (the three read together, the commit)", n)
	}
	n, got = trips(bot.Message{From: "李四", Text: "R4 R5 R6 都弄好了"})
	has(t, "都弄好了", got, "#R4", "#R5", "#R6")
	if n != 2 {
		t.Errorf("R4 R5 R6 都弄好了: %d round trips, want 2 (the three read together, the commit)", n)
	}
	n, got = trips(bot.Message{From: "李四", Text: "7号8号 我下午去看"})
	has(t, "7号8号", got, "#R7", "#R8")
	if n > 5 {
		t.Errorf("7号8号 我下午去看: %d round trips, want at most 5 (the grid's open reports, read by three readers of words, both read together, the commit)", n)
	}
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved, "R2": village.StatusResolved, "R3": village.StatusResolved,
		"R4": village.StatusResolved, "R5": village.StatusResolved, "R6": village.StatusResolved,
		"R7": village.StatusAccepted, "R8": village.StatusAccepted}, village.StatusNew)

	n, got = trips(bot.Message{From: "李四", Text: "确认 9 12"})
	has(t, "确认 9 12", got, "#R9", "R12")
	if n != 3 {
		t.Errorf("确认 9 12: %d round trips, want 3 (both read together, the grid's open reports for the reply, the commit)", n)
	}
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved, "R2": village.StatusResolved, "R3": village.StatusResolved,
		"R4": village.StatusResolved, "R5": village.StatusResolved, "R6": village.StatusResolved}, village.StatusAccepted)
}
