package storage_test

import (
	"context"
	"strconv"
	"strings"
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

// mornings are the nights BenchmarkHeldRelease releases: rep79's
// (nightNotes), and held81's walk, notes of several kinds to 李四 (two
// 【夜里反映】, two 【私信反映】), 赵六 (two 【积分申请】), the office and
// 王五 (one each), whose Joins are as main set them before held81 (only
// 【夜里反映】's: "kinds apart") and as hold sets them now (each its
// opening: "joined").
var mornings = []struct {
	name  string
	notes func(hold time.Time) []storage.Change
}{
	{"rep79", nightNotes},
	{"kinds_apart", func(hold time.Time) []storage.Change { return walkNotes(hold, false) }},
	{"joined", func(hold time.Time) []storage.Change { return walkNotes(hold, true) }},
}

// walkNotes are held81's walk's notes held until hold (mornings), joined
// as hold sets them or, not, with only the 【夜里反映】 ones joined.
func walkNotes(hold time.Time, joined bool) []storage.Change {
	var cs []storage.Change
	for i, n := range []struct{ to, text string }{
		{"李四", "【夜里反映】陈二在群里反映 #R2：后山的路被水冲坏了一段\n请回复「确认 #R2」"},
		{"李四", "【夜里反映】张三在群里反映 #R3：村口路灯坏了\n请回复「确认 #R3」"},
		{"青山镇网格工作群", "【网格上报】青山村三组 #R2\n请镇里协调：接手回复「确认 #R2」"},
		{"赵六", "【积分申请】陈二户·陈二 #C1\n请审核：回复「同意 #C1」"},
		{"赵六", "【积分申请】周八户·周八 #C2\n请审核：回复「同意 #C2 分数」"},
		{"李四", "【私信反映】王奶奶 反映 #R5\n请私信我回复「确认 #R5」"},
		{"王五", "【通知回复】三组 2户回复收到"},
		{"李四", "【私信反映】陈二 反映 #R6\n请私信我回复「确认 #R6」"},
	} {
		o := bot.Outbound{To: n.to, Kind: bot.Private, Priority: bot.Normal, NotBefore: hold, Text: n.text}
		if strings.HasPrefix(n.to, "青山镇") {
			o.Kind = bot.Group
		}
		if op := strings.SplitAfter(n.text, "】")[0]; joined || op == "【夜里反映】" {
			o.Join = op
		}
		cs = append(cs, storage.Change{Scope: vs, MsgID: "walk-" + strconv.Itoa(i), About: "X" + strconv.Itoa(i), Out: []bot.Outbound{o}})
	}
	return cs
}

// BenchmarkHeldRelease measures the release path of the morning: the
// notes held overnight (mornings) drained at 07:00 through the outbox
// by a dispatcher claiming one at a time, as the WeChat transport does
// (Batch 1): round trips per morning (claims and acks), and messages
// sent per morning (rep79, held81).
func BenchmarkHeldRelease(b *testing.B) {
	for _, m := range mornings {
		b.Run(m.name, func(b *testing.B) {
			st, _ := benchStore(b)
			ctx := context.Background()
			morning := t0.Add(24 * time.Hour)
			box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: []storage.Scope{vs}, Now: func() time.Time { return morning }, Loc: t0.Location()})
			var send countSender
			disp := bot.NewDispatcher(box, &send, bot.DispatcherOptions{Interval: -1, Batch: 1})
			trips, n := int64(0), 0
			for b.Loop() {
				b.StopTimer()
				for _, c := range m.notes(morning) {
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
		})
	}
}

// countSender counts what it sends.
type countSender struct{ n int }

func (s *countSender) Send(context.Context, bot.Outbound) error { s.n++; return nil }
