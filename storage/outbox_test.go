package storage_test

import (
	"context"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// Two bot accounts share one Redis: account 1 serves 青山村 and the
// township chats, account 2 serves 白水村. A township notice queued in the
// township scope for both villages' groups must reach 白水村's group through
// account 2, once.
var (
	baishui  = storage.VillageScope("白水村")
	township = storage.TownshipScope("青山镇")
	groupOf  = map[string]storage.Scope{"青山村一组群": vs, "白水村一组群": baishui}
)

func route(o bot.Outbound) storage.Scope { return groupOf[o.To] }

func notice(to string) bot.Outbound {
	return bot.Outbound{To: to, Kind: bot.Group, Priority: bot.Normal, Text: "通知：明天停水"}
}

// postNotices commits, as message n1 of the township, a notice to each
// of groups.
func postNotices(ctx context.Context, t *testing.T, st *storage.Store, groups ...string) {
	t.Helper()
	var out []bot.Outbound
	for _, g := range groups {
		out = append(out, notice(g))
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: township, MsgID: "n1", Out: out}); err != nil {
		t.Fatal(err)
	}
}

// accountOne serves 青山村 and the township, accountTwo 白水村; each
// forwards what is the other's.
func accountOne(st *storage.Store) *storage.Outbox {
	return storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs, township}, Route: route})
}

func accountTwo(st *storage.Store) *storage.Outbox {
	return storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{baishui}, Route: route})
}

// wantSends checks where box sends (sendAll), who says whose box it is.
func wantSends(ctx context.Context, t *testing.T, box *storage.Outbox, who string, want ...string) {
	t.Helper()
	if diff := cmp.Diff(sendAll(ctx, t, box), want); diff != "" {
		t.Errorf("%s sends (-got +want):\n%s", who, diff)
	}
}

// sendAll returns the destinations of everything box hands out, acking it.
func sendAll(ctx context.Context, tb testing.TB, box *storage.Outbox) []string {
	tb.Helper()
	var got []string
	for {
		envs, err := box.Next(ctx, 10)
		if err != nil {
			tb.Fatalf("Next: %v", err)
		}
		if len(envs) == 0 {
			slices.Sort(got)
			return got
		}
		for _, e := range envs {
			got = append(got, e.To)
		}
		if err := box.Done(ctx, true, envs...); err != nil {
			tb.Fatalf("Done: %v", err)
		}
	}
}

func TestOutboxForwardsToTheServingAccount(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	postNotices(ctx, t, st, "青山村一组群", "白水村一组群", "镇工作群")
	one := accountOne(st)
	two := accountTwo(st)

	if got, want := sendAll(ctx, t, two), []string(nil); !slices.Equal(got, want) {
		t.Errorf("account 2 before account 1 drained = %v, want nothing yet", got)
	}
	wantSends(ctx, t, one, "account 1", "镇工作群", "青山村一组群")
	wantSends(ctx, t, two, "account 2", "白水村一组群")
	if got := sendAll(ctx, t, two); len(got) != 0 {
		t.Errorf("account 2 sends again: %v", got)
	}
}

func TestOutboxWithoutRouteSendsEverything(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	postNotices(ctx, t, st, "青山村一组群", "白水村一组群")
	// One account serving everything: nothing is forwarded, even with a route.
	all := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs, baishui, township}, Route: route})
	wantSends(ctx, t, all, "one account", "白水村一组群", "青山村一组群")
}

// A crash after a message was claimed and before (or after) it was
// forwarded: at restart it is forwarded, once, instead of being reported
// as a send of unknown outcome.
func TestOutboxForwardSurvivesACrash(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	postNotices(ctx, t, st, "白水村一组群", "镇工作群")
	claimed, err := st.Claim(ctx, township, 10, t0)
	if err != nil || len(claimed) != 2 {
		t.Fatalf("Claim = %v, %v; want both messages", claimed, err)
	}
	// The crashed process had already forwarded the first one.
	for _, m := range claimed {
		if m.To == "白水村一组群" {
			if err := st.Forward(ctx, m, baishui); err != nil {
				t.Fatal(err)
			}
		}
	}
	one := accountOne(st)
	lost := storagetest.Must(one.Abandoned(ctx))(t)
	unknown := storagetest.Strings(lost, func(e bot.Envelope) string { return e.To })
	if diff := cmp.Diff(unknown, []string{"镇工作群"}); diff != "" {
		t.Errorf("Abandoned (-got +want):\n%s", diff)
	}
	two := accountTwo(st)
	wantSends(ctx, t, two, "account 2", "白水村一组群")
	if got := sendAll(ctx, t, one); len(got) != 0 {
		t.Errorf("account 1 sends after restart: %v, want nothing (unknown outcomes are not re-sent)", got)
	}
}

// A forward that fails leaves nothing in flight: the claimed messages go
// back in the queue and are forwarded (or sent) on a later try.
func TestOutboxForwardFailurePutsBack(t *testing.T) {
	srv := storagetest.NeedServer(t)
	st := storagetest.Open(t, srv.URL)
	ctx := context.Background()
	postNotices(ctx, t, st, "白水村一组群", "镇工作群")
	rdb := srv.Client(t)
	// 白水村's queue counter is broken: every commit there fails.
	broken := "gb:{v:白水村}:outseq"
	if err := rdb.HSet(ctx, broken, "x", 1).Err(); err != nil {
		t.Fatal(err)
	}
	one := accountOne(st)
	if envs, err := one.Next(ctx, 10); err == nil {
		t.Fatalf("Next = %v, nil; want the forward's error", envs)
	}
	if lost, err := one.Abandoned(ctx); err != nil || len(lost) != 0 {
		t.Errorf("in flight after a failed forward: %v (%v), want nothing", lost, err)
	}
	if err := rdb.Del(ctx, broken).Err(); err != nil {
		t.Fatal(err)
	}
	wantSends(ctx, t, one, "account 1, after the repair,", "镇工作群")
	two := accountTwo(st)
	wantSends(ctx, t, two, "account 2, after the repair,", "白水村一组群")
}

// A message not delivered by a cause of its own comes back after a delay
// that doubles (in any scope the outbox drains), and after the fifth
// attempt is a dead letter.
func TestOutboxRetryThenDeadLetter(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	postNotices(ctx, t, st, "应急值班群")
	now := time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC)
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs, township}, Now: func() time.Time { return now }})
	delay := time.Minute
	for attempt := 1; attempt <= 5; attempt++ {
		envs, err := box.Next(ctx, 1)
		if err != nil || len(envs) != 1 {
			t.Fatalf("attempt %d: Next = %v, %v; want the message", attempt, envs, err)
		}
		dead := storagetest.Must(box.Retry(ctx, envs...))(t)
		if want := attempt == 5; (len(dead) == 1) != want {
			t.Fatalf("attempt %d: dead = %v, want dead %v", attempt, dead, want)
		}
		if n, _ := box.QueueLen(ctx); n != map[bool]int64{true: 0, false: 1}[attempt == 5] {
			t.Errorf("attempt %d: queue length %d", attempt, n)
		}
		if envs, _ := box.Next(ctx, 1); len(envs) != 0 {
			t.Fatalf("attempt %d: claimed again at once: %v", attempt, envs)
		}
		now = now.Add(delay)
		delay *= 2
	}
	if envs, _ := box.Next(ctx, 1); len(envs) != 0 {
		t.Errorf("a dead letter was claimed: %v", envs)
	}
	if n, err := box.DeadLetters(ctx); err != nil || n != 1 {
		t.Errorf("dead letters = %d, %v; want 1", n, err)
	}
	if lost, err := box.Abandoned(ctx); err != nil || len(lost) != 0 {
		t.Errorf("in flight: %v, %v; want nothing", lost, err)
	}
}

// TestHeldMessageWaitsForItsTime: a message committed with NotBefore (a
// private message to a cadre written in quiet hours) is not claimed before
// that time, even by a restarted Redis (it is committed state, like the
// queue), and is claimed once the time has come, after the urgent message
// of the same commit that went at once, and not counted as a backlog
// meanwhile. A Head over several scopes sees it due.
func TestHeldMessageWaitsForItsTime(t *testing.T) {
	srv := storagetest.NeedServer(t)
	st := storagetest.Open(t, srv.URL)
	ctx := context.Background()
	night := time.Date(2026, 3, 2, 2, 0, 0, 0, time.FixedZone("CST", 8*3600))
	morning := night.Add(5 * time.Hour)
	res, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Create: true, Report: newReport("路灯坏了"),
		Out: []bot.Outbound{
			{To: "张三", Kind: bot.Private, Priority: bot.Normal, Text: "已登记 #" + storage.RefPlaceholder},
			{To: "李四", Kind: bot.Private, Priority: bot.Normal, Text: "【私信反映】#" + storage.RefPlaceholder, NotBefore: morning},
			{To: "青山镇网格工作群", Kind: bot.Group, Priority: bot.Bulk, Text: "汇总", NotBefore: morning},
		}})
	if err != nil || res.Ref != "R1" {
		t.Fatalf("commit: %+v, %v", res, err)
	}
	if n, err := st.QueueLen(ctx, vs); err != nil || n != 1 {
		t.Errorf("QueueLen at night = %d, %v; want 1 (held messages are no backlog)", n, err)
	}
	claimAt := func(at time.Time) []string {
		t.Helper()
		q := storagetest.Must(st.Claim(ctx, vs, 100, at))(t)
		var out []string
		var seqs []string
		for _, m := range q {
			out = append(out, m.To+":"+m.Text)
			seqs = append(seqs, m.Seq)
			if !m.NotBefore.IsZero() {
				t.Errorf("claimed %s with NotBefore %v", m.To, m.NotBefore)
			}
		}
		if err := st.Ack(ctx, vs, true, seqs...); err != nil {
			t.Fatal(err)
		}
		return out
	}
	if diff := cmp.Diff(claimAt(night), []string{"张三:已登记 #R1"}); diff != "" {
		t.Errorf("claimed at night (-got +want):\n%s", diff)
	}
	srv.Restart(t) // SIGKILL, then start on the same AOF
	if got := claimAt(morning.Add(-time.Second)); len(got) != 0 {
		t.Errorf("claimed a second before the quiet hours end: %v", got)
	}
	heads := storagetest.Must(st.Head(ctx, []storage.Scope{vs, township}, morning))(t)
	if h, ok := heads[vs]; !ok || h != 0 {
		t.Errorf("Head at the end of the quiet hours = %v (%v), want 0: a held message is due", h, ok)
	}
	if diff := cmp.Diff(claimAt(morning), []string{"李四:【私信反映】#R1", "青山镇网格工作群:汇总"}); diff != "" {
		t.Errorf("claimed when the quiet hours end (-got +want):\n%s", diff)
	}
	if got := claimAt(morning.Add(time.Hour)); len(got) != 0 {
		t.Errorf("claimed again later: %v", got)
	}
}

// TestHeldMessagesWithdrawn: messages held for the morning about an item
// (Change.About, the new report's placeholder too) are withdrawn by a
// later change that settles it (Change.Withdraw), and only they: not
// those about another item, nor the settling change's own held ones.
func TestHeldMessagesWithdrawn(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	night := time.Date(2026, 3, 2, 2, 0, 0, 0, time.FixedZone("CST", 8*3600))
	morning := night.Add(5 * time.Hour)
	held := func(to, text string) bot.Outbound {
		return bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: text, NotBefore: morning}
	}
	for i, text := range []string{"路灯坏了", "垃圾没人清"} {
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "new" + strconv.Itoa(i), Create: true, Report: newReport(text),
			Out: []bot.Outbound{held("李四", "【私信反映】#"+storage.RefPlaceholder)}, About: storage.RefPlaceholder}); err != nil {
			t.Fatal(err)
		}
	}
	res, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "settle", Out: []bot.Outbound{held("张三", "#R1 已办结，请确认")},
		Withdraw: []string{"R1"}})
	if err != nil || res.Withdrawn != 1 {
		t.Fatalf("the settling commit: %+v, %v; want 1 withdrawn", res, err)
	}
	if res, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "again", Withdraw: []string{"R1"}}); err != nil || res.Withdrawn != 0 {
		t.Errorf("withdrawn again: %+v, %v", res, err)
	}
	q := storagetest.Must(st.Claim(ctx, vs, 100, morning))(t)
	got := storagetest.Strings(q, func(m storage.Queued) string { return m.To + ":" + m.Text })
	if diff := cmp.Diff(got, []string{"李四:【私信反映】#R2", "张三:#R1 已办结，请确认"}); diff != "" {
		t.Errorf("claimed in the morning (-got +want):\n%s", diff)
	}
}

// TestHeldForDaysStillWithdrawn: a message held for a week (a 我是's lapse
// notice) is listed about its item until two days past its hold, so that
// an answer days later still withdraws it; an earlier, shorter hold of the
// same item does not shorten that.
func TestHeldForDaysStillWithdrawn(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	week := time.Now().Add(7 * 24 * time.Hour)
	for i, at := range []time.Time{week, time.Now().Add(time.Hour)} {
		o := bot.Outbound{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Normal, Text: "作废", NotBefore: at}
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "lapse" + strconv.Itoa(i), Out: []bot.Outbound{o}, About: "ID:山里人"}); err != nil {
			t.Fatal(err)
		}
	}
	if got := st.HeldAboutTTL(ctx, vs, "ID:山里人"); got < 8*24*time.Hour {
		t.Errorf("held about ID:山里人 kept %v, want past the week's hold", got)
	}
}
