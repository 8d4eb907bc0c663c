package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// morningTrips runs the 早报 of 3 March on a township of one village, or
// of two (several), with one open item in each village, and returns the
// round trips its run made and what it posted.
func morningTrips(t testing.TB, several bool) (int64, string) {
	f := fixtureOfVillages(t, several)
	made := f.at("2026-03-02 10:00")
	f.addReport(village.Report{Type: village.General, Text: "后山那条路被雪封了 车出不去", Reporter: "王五", CreatedAt: made,
		DueAt: made.Add(72 * time.Hour), Category: "道路交通"})
	if several {
		f.addReportIn(storage.VillageScope("石桥村"), village.Report{Type: village.General, Text: "桥面结冰了 很滑", Reporter: "石网长",
			CreatedAt: made, Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群", DueAt: made.Add(72 * time.Hour),
			Category: "道路交通", Source: "sq-1"})
	}
	at := f.at("2026-03-03 08:30")
	before := f.st.RoundTrips()
	if err := f.jobs["morning_digest"].Run(context.Background(), at, at); err != nil {
		t.Fatal(err)
	}
	trips := f.st.RoundTrips() - before
	return trips, strings.Join(f.drain(at), "\n")
}

// TestMorningDigestReadsTheVillagesInOneTrip (town112): the 早报 read each
// village's reports one round trip a village; now one for them all, so a
// township of two villages costs what one of one does, and both are in it.
func TestMorningDigestReadsTheVillagesInOneTrip(t *testing.T) {
	one, _ := morningTrips(t, false)
	two, digest := morningTrips(t, true)
	if two != one {
		t.Errorf("the 早报 of two villages made %d round trips, of one %d: want the same", two, one)
	}
	for _, want := range []string{"青山村", "石桥村", "道路不通", "路面结冰"} {
		if !strings.Contains(digest, want) {
			t.Errorf("the 早报 lacks %q:\n%s", want, digest)
		}
	}
}

// BenchmarkTown112MorningDigest (town112): the 早报's round trips a run, a
// township of one village and of two.
func BenchmarkTown112MorningDigest(b *testing.B) {
	for _, c := range []struct {
		name    string
		several bool
	}{{"one_village", false}, {"two_villages", true}} {
		b.Run(c.name, func(b *testing.B) {
			var trips int64
			for i := 0; i < b.N; i++ {
				n, _ := morningTrips(b, c.several)
				trips += n
			}
			b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
		})
	}
}
