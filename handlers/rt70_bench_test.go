package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// BenchmarkHeldPhotos: 陈二's two photos with no item of his just now
// (held for his next item), then his report, which takes them (rt70). Not
// started, the process reads what his photos are matched with for each
// photo and makes the report on "none waiting", refused and made again on
// the photos read; started (LoadScripts copied the evidence kept), each is
// decided on its copies, guarded by the commit.
func BenchmarkHeldPhotos(b *testing.B) {
	const grid = "青山村三组网格群"
	benchStarted(b, func(b *testing.B, st *storage.Store, handle func(bot.Message)) {
		// the grid's open items read once, as a process does
		handle(benchMsg("warm", grid, "张三", "上报 后山垃圾没人清", ""))
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			day := at.Add(time.Duration(i+1) * time.Hour)
			msg := func(k int, text string, images ...string) bot.Message {
				return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: grid, From: "陈二", Text: text, Images: images}
			}
			before := st.RoundTrips()
			handle(msg(0, "", fmt.Sprintf("%d-a.jpg", i)))
			handle(msg(1, "", fmt.Sprintf("%d-b.jpg", i)))
			handle(msg(2, fmt.Sprintf("上报 村口第%d盏路灯坏了", i+1)))
			trips, n = trips+st.RoundTrips()-before, n+3
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		if imgs := benchLastReportImages(b, st); len(imgs) != 2 {
			b.Fatalf("the last report's images %q, want its two photos", imgs)
		}
	})
}

// benchLastReportImages are the images of the village's report made last.
func benchLastReportImages(b *testing.B, st *storage.Store) []string {
	b.Helper()
	reps, err := st.Reports(context.Background(), village3)
	if err != nil || len(reps) == 0 {
		b.Fatalf("reports: %d, %v", len(reps), err)
	}
	last := reps[0]
	for _, r := range reps {
		if r.CreatedAt.After(last.CreatedAt) {
			last = r
		}
	}
	return last.Images
}
