package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/village"
)

// coldWaveWarning is 孙七's cold-wave warning to 三组 as the handler stores
// it (Warning read from its words), posted at at.
func (f *pointsFixture) coldWaveWarning(at string) {
	f.storeNotice(village.Notice{Text: "寒潮预警：明天起降温10度，请各网格提醒独居老人注意取暖", By: "孙七", At: f.at(at),
		Groups: []string{"青山村三组网格群"}, Warning: "寒潮"}.WithRelay())
}

// TestWarningMergesDueCall: a warning's run puts it on 石德贵's call still
// to make (one task, not two) and on new calls of the others, tells 王五
// once (a second run says nothing), marks the notice, and its 18:15
// follow-up asks no call of the elders again (call89).
func TestWarningMergesDueCall(t *testing.T) {
	f := newPointsFixture(t)
	f.storeCall(shiDeGuiListed(routineTopic, f.at("2026-12-06 08:00")))
	f.coldWaveWarning("2026-12-06 15:30")
	out := strings.Join(f.run("notice_followup", "2026-12-06 16:15"), "\n")
	if !strings.Contains(out, "王五: 【寒潮预警·请给老人打电话】#N1") || !strings.Contains(out, "石德贵 13900000031（关爱等级：一般，每季度一次；今天的回访电话还没打，一个电话一起说）") ||
		!strings.Contains(out, "王奶奶 13900000001（关爱等级：高，每周一次）") {
		t.Fatalf("the warning's run:\n%s", out)
	}
	if again := f.run("notice_followup", "2026-12-06 17:15"); slices.ContainsFunc(again, func(o string) bool { return strings.Contains(o, "寒潮预警·") }) {
		t.Errorf("the next run warns again:\n%s", strings.Join(again, "\n"))
	}
	warnedCalls(t, f)
	for _, o := range f.run("notice_followup", "2026-12-06 18:15") {
		if strings.HasPrefix(o, "王五: ") && (strings.Contains(o, "13900000031") || strings.Contains(o, "电话转告")) {
			t.Errorf("the follow-up asks 王五 for a second call:\n%s", o)
		}
	}
}

// BenchmarkCall89 is the run that makes a warning's calls (three elders of
// 三组, one call of theirs open): the notices, the village's calls and the
// phone fixes read, one commit for the village (its calls and 王五's
// message), one for the notice.
func BenchmarkCall89(b *testing.B) {
	b.Run("warning calls", func(b *testing.B) {
		benchWarningRun(b, func(f *pointsFixture) { f.coldWaveWarning("2026-12-06 15:30") }, "2026-12-06 08:00", "2026-12-06 16:15")
	})
	b.Run("no warning", func(b *testing.B) {
		var trips int64
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			f := newPointsFixture(b)
			f.storeNotice(village.Notice{Text: "明天上午9点在村委会开会", By: "孙七", At: f.at("2026-12-06 15:30"),
				Groups: []string{"青山村三组网格群"}}.WithRelay())
			at := f.at("2026-12-06 16:15")
			b.StartTimer()
			before := f.st.RoundTrips()
			if err := f.jobs["notice_followup"].Run(context.Background(), at, at); err != nil {
				b.Fatal(err)
			}
			trips += f.st.RoundTrips() - before
		}
		b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
	})
}
