package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// BenchmarkCallLogEmergency: 王五's call notes of 白凤兰 about an
// emergency of her grid. "joins", "new alarm", "over": while 张三's
// 「后山着火了」 is open (#R1), her words of it joined to it (call53), a
// new alarm of another place filed from the call, her word that it is
// over kept as its 进展 (call54). "over after filing": each day a call
// note raises her home's fire (not measured), then the next note says it
// is out: the call that filed the alarm is followed as the script wrote
// it, her calls are not read again (call54).
func BenchmarkCallLogEmergency(b *testing.B) {
	for _, tc := range []struct{ name, format string }{
		{"joins", "回访 白凤兰 已通 第%d次 她说后山着火了"},
		{"new alarm", "回访 白凤兰 已通 第%d次 她说村口河里有人落水了"},
		{"over", "回访 白凤兰 已通 第%d次 她说后山火灭了"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			benchSetup(b, r, bot.Message{Chat: grid3, From: "张三", Text: "后山着火了"}, bot.Message{Private: true, From: "王五", Text: "回访 石德贵 已通 挺好"})
			benchCallLogs(b, r, st, tc.format)
		})
	}
	b.Run("over after filing", func(b *testing.B) {
		r, st := benchRouter(b, true)
		benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 石德贵 已通 挺好"})
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			day := at.Add(time.Duration(i) * 25 * time.Hour)
			benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-fire", i), At: day, Private: true, From: "王五", Text: "回访 白凤兰 已通 她说家里着火了"})
			m := bot.Message{ID: fmt.Sprintf("%d-out", i), At: day.Add(10 * time.Minute), Private: true, From: "王五", Text: "回访 白凤兰 已通 她说家里火灭了"}
			trips, n = trips+benchTrips(b, r, st, m), n+1
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		if reps, err := st.Reports(context.Background(), storage.VillageScope("青山村")); err != nil || len(reps) != n {
			b.Fatalf("%d reports (%v), want one alarm a day", len(reps), err)
		}
	})
}

// benchSetup handles ms, with ids and times of their own when they have none.
func benchSetup(b *testing.B, r interface {
	Handle(context.Context, bot.Message) error
}, ms ...bot.Message) {
	for i, m := range ms {
		if m.ID == "" {
			m.ID = fmt.Sprintf("setup-%d-%s", i, m.Text)
		}
		if m.At.IsZero() {
			m.At = at
		}
		if err := r.Handle(context.Background(), m); err != nil {
			b.Fatal(err)
		}
	}
}
