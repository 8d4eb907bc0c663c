package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// coldWave is the reason outreach.extra_days gives its cold-wave day.
const coldWave = "寒潮：提醒取暖、防煤气中毒"

// TestExtraDayReason: the call of an extra day whose date outreach.extra_days
// gives a reason says it (寒潮：…), not the fixed 节日或天气提醒, on the new
// calls and on an open one listed again with it; not made that day, it is
// closed as not made the next.
func TestExtraDayReason(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	cfg.Outreach.ExtraDays = []config.ExtraDay{{Date: "2026-12-07", Reason: coldWave}}
	f.use(cfg, people, f.st)
	f.storeCall(shiDeGuiListed(routineTopic, f.at("2026-12-06 08:00")))
	out := strings.Join(f.run("calls", "2026-12-07 08:00"), "\n")
	if strings.Contains(out, extraTopic) || !strings.Contains(out, "王奶奶 13900000001（关爱等级：高，每周一次）——"+coldWave+"\n") ||
		!strings.Contains(out, "石德贵 13900000031（关爱等级：一般，每季度一次；已拖1天）——"+coldWave+"；"+routineTopic) {
		t.Errorf("the cold wave's lists:\n%s", out)
	}
	out = strings.Join(f.run("calls", "2026-12-08 08:00"), "\n")
	if strings.Contains(out, coldWave) {
		t.Errorf("the day after, the cold wave's greeting is still listed:\n%s", out)
	}
	found := false
	for _, c := range storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsAll))(t) {
		if c.Person == "王奶奶" && c.Topic == coldWave {
			found = true
		}
		if c.Person == "王奶奶" && c.Topic == coldWave && (c.Status != village.CallUnmade || !c.ExtraDay) {
			t.Errorf("王奶奶's cold-wave task: %s (extra day %v), want %s", c.Status, c.ExtraDay, village.CallUnmade)
		}
	}
	if !found {
		t.Error("王奶奶's cold-wave task is not stored")
	}
}

// TestFollowupWholeNotice: the evening follow-up that asks the worker to
// phone his elders about a notice gives it whole (what he must say on
// the phone tonight; the call list has it only the next morning); the
// township's summary quotes it whole too, being short enough (town89:
// before, 「…烧煤烧…」 cut mid-clause).
func TestFollowupWholeNotice(t *testing.T) {
	f := newPointsFixture(t)
	const text = "寒潮预警：明天起气温骤降，最低零下8度，请各户检查门窗，老人小孩注意保暖，烧煤烧炭的注意取暖防煤气中毒，开窗通风，不要把炉子放卧室。"
	f.storeNotice(village.Notice{Text: text, By: "孙七", At: f.at("2026-12-06 15:30"), Groups: []string{"青山村三组网格群"}})
	out := f.run("notice_followup", "2026-12-06 18:15")
	var worker, office string
	for _, o := range out {
		switch {
		case strings.HasPrefix(o, "王五: "):
			worker = o
		case strings.HasPrefix(o, "青山镇网格工作群: "):
			office = o
		}
	}
	if !strings.Contains(worker, "不要把炉子放卧室。」") || !strings.Contains(worker, "王奶奶（13900000001）") {
		t.Errorf("王五's follow-up:\n%s", worker)
	}
	if !strings.Contains(office, "不要把炉子放卧室。」") || strings.Contains(office, "…」") {
		t.Errorf("the office's summary:\n%s", office)
	}
}

// BenchmarkCall86 is the calls run of an extra day, with its reason and
// without (the same path: the reason only changes the task's topic):
// the reads of the village's calls and notices and one commit per worker
// with calls (its tasks and its list together).
func BenchmarkCall86(b *testing.B) {
	for _, reason := range []string{coldWave, ""} {
		name := "plain date"
		if reason != "" {
			name = "with reason"
		}
		b.Run(name, func(b *testing.B) {
			var trips int64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				f := newPointsFixture(b)
				cfg, people := exampleTownship(b)
				cfg.Outreach.ExtraDays = []config.ExtraDay{{Date: "2026-12-07", Reason: reason}}
				f.use(cfg, people, f.st)
				at := f.at("2026-12-07 08:00")
				b.StartTimer()
				before := f.st.RoundTrips()
				if err := f.jobs["calls"].Run(context.Background(), at, at); err != nil {
					b.Fatal(err)
				}
				trips += f.st.RoundTrips() - before
				if out := f.drain(at); len(out) == 0 {
					b.Fatal("no call lists")
				}
			}
			b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
		})
	}
}
