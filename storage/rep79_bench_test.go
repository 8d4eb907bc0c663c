package storage_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// nightNotes are the notes held overnight for the morning: three
// 【夜里反映】 to 李四 (each about its own item) and one to 王五.
func nightNotes(hold time.Time) []storage.Change {
	var cs []storage.Change
	for i, to := range []string{"李四", "李四", "王五", "李四"} {
		ref := "R" + strconv.Itoa(i+1)
		cs = append(cs, storage.Change{Scope: vs, MsgID: "night-" + ref, About: ref, Out: []bot.Outbound{{
			To: to, Kind: bot.Private, Priority: bot.Normal, NotBefore: hold, Join: "【夜里反映】",
			Text: "【夜里反映】陈二在群里反映 #" + ref + "（一般事项）：路灯坏了\n还没受理的话，请回复「确认 #" + ref + "」（在群里或私信我都行）。",
		}}})
	}
	return cs
}

// BenchmarkHeldRelease measures the release path of the morning: the
// notes held overnight (nightNotes) drained at 07:00 through the outbox
// by a dispatcher claiming one at a time, as the WeChat transport does
// (Batch 1): round trips per morning (claims and acks), and messages
// sent per morning (rep79).
func BenchmarkHeldRelease(b *testing.B) {
	st, _ := benchStore(b)
	ctx := context.Background()
	morning := t0.Add(24 * time.Hour)
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return morning }, Loc: t0.Location()})
	var send countSender
	disp := bot.NewDispatcher(box, &send, bot.DispatcherOptions{Interval: -1, Batch: 1})
	trips, n := int64(0), 0
	for b.Loop() {
		b.StopTimer()
		for _, c := range nightNotes(morning) {
			c.MsgID += "-" + strconv.Itoa(n)
			if _, err := st.Commit(ctx, c); err != nil {
				b.Fatal(err)
			}
		}
		before := st.RoundTrips()
		b.StartTimer()
		if _, err := disp.Drain(ctx); err != nil {
			b.Fatal(err)
		}
		trips += st.RoundTrips() - before
		n++
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/morning")
	b.ReportMetric(float64(send.n)/float64(n), "sent/morning")
}

// countSender counts what it sends.
type countSender struct{ n int }

func (s *countSender) Send(context.Context, bot.Outbound) error { s.n++; return nil }
