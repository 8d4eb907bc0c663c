package storage_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// benchStore is a store on a private redis-server with AOF off, so that
// fsync does not hide the scripts' cost, and a function that reads the
// server's CPU time (zero on the in-process fallback).
func benchStore(b *testing.B) (*storage.Store, func() time.Duration) {
	b.Helper()
	srv := storagetest.StartServer(b)
	if srv == nil {
		return storagetest.New(b), func() time.Duration { return 0 }
	}
	srv.SetConfig(b, "appendonly", "no")
	return storagetest.Open(b, srv.URL), func() time.Duration { return srv.MainThreadCPU(b) }
}

// reportServerCPU reports the server's CPU time per op as redis-ns/op: the
// scripts' own cost, without the client's share of the round trips.
func reportServerCPU(b *testing.B, cpu func() time.Duration, start time.Duration, ops int) {
	if d := cpu() - start; d > 0 && ops > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(ops), "redis-ns/op")
	}
}

// BenchmarkCommit measures the commits the report flows make most: a new
// report with its reply (placeholders to fill), an update of a report with
// its history, and a bare reply (help, status).
func BenchmarkCommit(b *testing.B) {
	st, cpu := benchStore(b)
	ctx := context.Background()
	reply := bot.Outbound{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Normal,
		Text: "#R1 进展已记录：已联系电工\n可发「查 #R1」看全部记录。"}
	report := func() *village.Report {
		r := newReport("村口第12根路灯不亮了")
		r.Category, r.Handlers, r.DueAt = "道路交通", []string{"李四"}, t0.Add(48*time.Hour)
		r.History = append(r.History,
			village.Entry{At: t0, By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			village.Entry{At: t0, By: "李四", Action: village.ActProgress, Note: "已联系电工"})
		return r
	}
	for _, bc := range []struct {
		name   string
		change func(i int) storage.Change
	}{
		{"create", func(i int) storage.Change {
			out := reply
			out.Text = "已登记 #" + storage.RefPlaceholder + "（一般事项·道路交通）：村口第12根路灯不亮了\n请网格长受理：回复「确认 #" + storage.RefPlaceholder + "」。"
			return storage.Change{Scope: vs, MsgID: "c" + strconv.Itoa(i), Create: true, Report: report(),
				Audit: storage.Audit{At: t0, By: "张三", Action: "create", Note: "general"}, Out: []bot.Outbound{out}}
		}},
		{"update", func(i int) storage.Change {
			r := report()
			r.ID, r.Version = "R1", i+1 // the version the previous update left
			return storage.Change{Scope: vs, MsgID: "u" + strconv.Itoa(i), Report: r,
				Audit: storage.Audit{At: t0, By: "李四", Action: "progress", Note: "已联系电工"}, Out: []bot.Outbound{reply}}
		}},
		{"reply", func(i int) storage.Change {
			return storage.Change{Scope: vs, MsgID: "r" + strconv.Itoa(i), Out: []bot.Outbound{reply}}
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			if _, err := st.Commit(ctx, storage.Change{Scope: vs, Create: true, Report: report()}); err != nil {
				b.Fatal(err)
			}
			if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "warm-" + bc.name, Out: []bot.Outbound{reply}}); err != nil {
				b.Fatal(err) // loads the script
			}
			start, n := cpu(), 0
			for b.Loop() {
				if _, err := st.Commit(ctx, bc.change(n)); err != nil {
					b.Fatalf("commit %d: %v", n, err)
				}
				n++
			}
			reportServerCPU(b, cpu, start, n)
		})
	}
	// The reference write `gridbot bench` compares the pipeline with.
	b.Run("baseline", func(b *testing.B) {
		body := `{"village":"青山村","grid":"三组","text":"村口第12根路灯不亮了","reporter":"张三","handlers":["李四"]}`
		if _, err := st.Baseline(ctx, vs, 1, body); err != nil {
			b.Fatal(err)
		}
		start, n := cpu(), 0
		for b.Loop() {
			if _, err := st.Baseline(ctx, vs, 1, body); err != nil {
				b.Fatal(err)
			}
			n++
		}
		reportServerCPU(b, cpu, start, n)
	})
}

// BenchmarkClaimAck measures the outbox's claim and acknowledgement of a
// batch of 64 queued messages, as the dispatcher does them; one op is one
// batch, redis-ns/msg the server's CPU time per message.
func BenchmarkClaimAck(b *testing.B) {
	st, cpu := benchStore(b)
	ctx := context.Background()
	const batch = 64
	out := make([]bot.Outbound, batch)
	for i := range out {
		out[i] = bot.Outbound{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Normal,
			Text: "#R" + strconv.Itoa(i+1) + " 已受理，由李四负责，预计3月4日前办结。"}
	}
	var spent time.Duration
	n := 0
	for b.Loop() {
		b.StopTimer()
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m" + strconv.Itoa(n), Out: out}); err != nil {
			b.Fatal(err)
		}
		start := cpu()
		b.StartTimer()
		q, err := st.Claim(ctx, vs, batch, t0)
		if err != nil || len(q) != batch {
			b.Fatalf("claimed %d, %v; want %d", len(q), err, batch)
		}
		seqs := make([]string, len(q))
		for i, m := range q {
			seqs[i] = m.Seq
		}
		if err := st.Ack(ctx, vs, true, seqs...); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		spent += cpu() - start
		b.StartTimer()
		n++
	}
	if spent > 0 {
		b.ReportMetric(float64(spent.Nanoseconds())/float64(n*batch), "redis-ns/msg")
	}
}

// BenchmarkNewReportCheck measures what filing a new report reads: its
// grid's latest open reports (the duplicate check), followed in memory
// through the store's own commits, and the create commit guarded by that
// read — against reading the grid from Redis each time (a second process
// changed it meanwhile, or a store without the copy).
func BenchmarkNewReportCheck(b *testing.B) {
	for _, bc := range []struct {
		name     string
		cacheOff bool
	}{{"followed", false}, {"read", true}} {
		b.Run(bc.name, func(b *testing.B) {
			srv := storagetest.StartServer(b)
			if srv == nil {
				b.Skip("no redis-server")
			}
			cache := 0 // the default
			if bc.cacheOff {
				cache = -1
			}
			st := storagetest.Must(storage.New(storage.Options{URL: srv.URL, CacheReports: cache}))(b)
			b.Cleanup(func() { _ = st.Close() })
			ctx := context.Background()
			for i := range 20 { // a grid with a backlog
				if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "seed" + strconv.Itoa(i), Create: true, Report: newReport("路灯坏了")}); err != nil {
					b.Fatal(err)
				}
			}
			trips0, n := st.RoundTrips(), 0
			for b.Loop() {
				_, read, err := st.LatestOpenReports(ctx, vs, "三组", 50)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "n" + strconv.Itoa(n), Create: true,
					Report: newReport("水管漏了"), Read: read}); err != nil {
					b.Fatal(err)
				}
				n++
			}
			b.ReportMetric(float64(st.RoundTrips()-trips0)/float64(n), "trips/op")
		})
	}
}
