package handlers_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// BenchmarkReportLifecycle measures the hot path of the report flows on a
// private redis-server: a report, its acceptance and its resolution, each
// message one commit (the acceptance and resolution read the report from the
// store's cache). Each report names a different lamp, so that none is
// taken for a duplicate of an earlier one.
func BenchmarkReportLifecycle(b *testing.B) {
	cfg, dir := exampleVillage(&testing.T{})
	st := storagetest.New(b)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ctx := context.Background()
	msg := func(id, from, text string) bot.Message {
		return bot.Message{ID: id, At: at, Chat: "青山村三组网格群", From: from, Text: text}
	}
	trips0 := st.RoundTrips()
	rounds := 0
	for i := 0; b.Loop(); i++ {
		rounds++
		ref := fmt.Sprintf("#R%d", i+1)
		for j, m := range []bot.Message{
			msg(fmt.Sprintf("%d-a", i), "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1)),
			msg(fmt.Sprintf("%d-b", i), "李四", "确认 "+ref),
			msg(fmt.Sprintf("%d-c", i), "李四", "办结 "+ref+" 已修好"),
		} {
			if err := r.Handle(ctx, m); err != nil {
				b.Fatalf("message %d of round %d: %v", j, i, err)
			}
		}
	}
	b.ReportMetric(float64(st.RoundTrips()-trips0)/float64(3*rounds), "roundtrips/msg")
}
