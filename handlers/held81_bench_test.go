package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// BenchmarkNightNotesMorning (held81): each night (three days apart) at
// 23:00 陈二 files an item in the group and one privately (李四's
// 【夜里反映】 and 【私信反映】), and two villagers each file a points
// claim (评分小组 赵六's 【积分申请】, when the claim is taken); at 07:00 the
// outbox drains what the night held, one claim at a time as the WeChat
// transport does. It reports the round trips of the morning's release,
// the messages sent, and the messages per recipient (1: one each).
func BenchmarkNightNotesMorning(b *testing.B) {
	r, st := benchRouter(b, true)
	ctx := context.Background()
	scopes := []storage.Scope{village3, storage.TownshipScope("青山镇")}
	var morning time.Time
	box := storage.NewOutbox(st, storage.OutboxOptions{Scopes: scopes, Now: func() time.Time { return morning }, Loc: at.Location()})
	var send toldSender
	disp := bot.NewDispatcher(box, &send, bot.DispatcherOptions{Interval: -1, Batch: 1})
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		// three days apart, the claimants in turn: each household within
		// the item's monthly cap (4 a month)
		night := time.Date(at.Year(), at.Month(), at.Day()+3*i, 23, 0, 0, 0, at.Location())
		one, two := claimants[2*i%len(claimants)], claimants[(2*i+1)%len(claimants)]
		morning = night.Add(4 * time.Minute)
		ms := []bot.Message{
			{Chat: grid3, From: "陈二", Text: fmt.Sprintf("上报 后山第%d段路被水冲坏了", i+1)},
			{From: "陈二", Private: true, Text: fmt.Sprintf("我家旁边第%d条水渠堵了，下雨就淹", i+1)},
			{Chat: grid3, From: one, Text: fmt.Sprintf("申请积分 HJ02 打扫第%d次文化广场 证明人 王五", i+1)},
			{Chat: grid3, From: two, Text: fmt.Sprintf("申请积分 HJ02 清理第%d条水渠 证明人 王五", i+1)},
		}
		for k := range ms {
			ms[k].ID, ms[k].At = fmt.Sprintf("night-%d-%d", i, k), night.Add(time.Duration(k)*time.Minute)
		}
		benchSetup(b, r, ms...)
		if _, err := disp.Drain(ctx); err != nil { // what was said at once
			b.Fatal(err)
		}
		morning, send.to = night.Add(8*time.Hour), map[string]int{}
		before := st.RoundTrips()
		b.StartTimer()
		if _, err := disp.Drain(ctx); err != nil {
			b.Fatal(err)
		}
		trips += st.RoundTrips() - before
		b.StopTimer()
		send.add()
		send.to = nil
		b.StartTimer()
		n++
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/morning")
	b.ReportMetric(float64(send.all)/float64(n), "sent/morning")
	b.ReportMetric(float64(send.all)/float64(send.told), "sent/recipient")
}

// claimants are the grid's heads of household who file the claims of
// BenchmarkNightNotesMorning, in turn.
var claimants = []string{"张三", "陈二", "周八", "郑十", "雷志明", "金大海"}

// toldSender counts what it sends, to whom.
type toldSender struct {
	to        map[string]int // this morning's, by recipient
	all, told int            // messages sent, recipients told: all mornings'

}

func (s *toldSender) Send(_ context.Context, o bot.Outbound) error {
	if s.to != nil {
		s.to[o.To]++
	}
	return nil
}

// add adds the morning's counts to all mornings'.
func (s *toldSender) add() {
	for _, k := range s.to {
		s.all += k
		s.told++
	}
}
