package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// urgentSnowWarning is 孙七's urgent snow warning to 三组 as the handler
// stores it, posted at at.
func (f *pointsFixture) urgentSnowWarning(at string) {
	f.storeNotice(village.Notice{Text: "暴雪预警：今天夜里到明天有暴雪，请各户备好三天的吃的和取暖的炭", By: "孙七", At: f.at(at),
		Groups: []string{"青山村三组网格群"}, Urgent: true, Warning: "暴雪"}.WithRelay())
}

// TestUrgentWarningOneMessage: an urgent warning's first follow-up run
// makes its calls and chases its households; 王五 hears both in one
// message under one header (the calls, then the households), the notice
// is marked warned and followed up, and a second run says nothing
// (call90).
func TestUrgentWarningOneMessage(t *testing.T) {
	f := newPointsFixture(t)
	f.storeCall(shiDeGuiListed(routineTopic, f.at("2026-12-07 08:00")))
	f.urgentSnowWarning("2026-12-07 10:30")
	out := f.run("notice_followup", "2026-12-07 11:15")
	var wang []string
	for _, o := range out {
		if strings.HasPrefix(o, "王五: ") {
			wang = append(wang, o)
		}
	}
	if len(wang) != 1 {
		t.Fatalf("王五 gets %d messages, want one:\n%s", len(wang), strings.Join(wang, "\n---\n"))
	}
	msg := wang[0]
	for _, want := range []string{"王五: 【暴雪预警·请给老人打电话】#N1", "\n一、请今天给这 3 位不用微信的老人逐一打个电话",
		"石德贵 13900000031（关爱等级：一般，每季度一次；今天的回访电话还没打，一个电话一起说）",
		"\n二、这条预警，三组还有 8 户没回复收到：张三户"} {
		if !strings.Contains(msg, want) {
			t.Errorf("王五's message lacks %q:\n%s", want, msg)
		}
	}
	if strings.Count(msg, "【") != 1 || strings.Count(msg, "「暴雪预警：") != 1 {
		t.Errorf("want one header and the warning said once:\n%s", msg)
	}
	if strings.Contains(msg, "二、") && strings.Contains(msg[strings.Index(msg, "二、"):], "电话转告") {
		t.Errorf("the households' part asks for a second call:\n%s", msg)
	}
	if n := warnedCalls(t, f); !n.FollowedUp {
		t.Errorf("the warning is not marked followed up: %+v", n)
	}
	if again := f.run("notice_followup", "2026-12-07 12:15"); slices.ContainsFunc(again, func(o string) bool { return strings.HasPrefix(o, "王五: ") }) {
		t.Errorf("the next run tells 王五 again:\n%s", strings.Join(again, "\n"))
	}
}

// TestWarningCallsWithFollowupOff: with schedules.notice_followup off, a
// warning's calls are still made within the hour, by notice_release, as
// its sender was told; nobody is chased about the households (call90).
func TestWarningCallsWithFollowupOff(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	cfg.Schedules.NoticeFollowup = "off"
	f.use(cfg, people, f.st)
	f.coldWaveWarning("2026-12-06 15:30")
	out := strings.Join(f.run("notice_release", "2026-12-06 16:15"), "\n")
	if !strings.Contains(out, "王五: 【寒潮预警·请给老人打电话】#N1") || !strings.Contains(out, "王奶奶 13900000001") ||
		strings.Contains(out, "没回复收到") {
		t.Fatalf("the release run:\n%s", out)
	}
	notices := storagetest.Must(f.st.Notices(context.Background(), storage.TownshipScope("青山镇"), storage.NoticesAll))(t)
	if len(notices) != 1 || notices[0].WarnedAt.IsZero() {
		t.Errorf("the warning is not marked warned: %+v", notices)
	}
	if again := f.run("notice_release", "2026-12-06 17:15"); slices.ContainsFunc(again, func(o string) bool { return strings.Contains(o, "预警·") }) {
		t.Errorf("the next run warns again:\n%s", strings.Join(again, "\n"))
	}
}

// warnedCalls checks that the one notice is marked warned and that 石德贵,
// 王奶奶 and 白凤兰 each have one open call carrying it; it returns the
// notice.
func warnedCalls(t *testing.T, f *pointsFixture) village.Notice {
	t.Helper()
	open := map[string]int{}
	for _, c := range storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsOpen))(t) {
		open[c.Person]++
		if !slices.Contains(c.NoticeIDs(), "N1") {
			t.Errorf("%s's call carries no warning: %+v", c.Person, c.NoticeIDs())
		}
	}
	if open["石德贵"] != 1 || open["王奶奶"] != 1 || open["白凤兰"] != 1 {
		t.Errorf("open calls by person: %v, want one each", open)
	}
	notices := storagetest.Must(f.st.Notices(context.Background(), storage.TownshipScope("青山镇"), storage.NoticesAll))(t)
	if len(notices) != 1 || notices[0].WarnedAt.IsZero() {
		t.Fatalf("the warning is not marked warned: %+v", notices)
	}
	return notices[0]
}

// benchWarningRun reports the roundtrips of the notice follow-up's run at
// at, 石德贵's call listed that morning and the notice put by post.
func benchWarningRun(b *testing.B, post func(*pointsFixture), morning, at string) {
	var trips int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := newPointsFixture(b)
		f.storeCall(shiDeGuiListed(routineTopic, f.at(morning)))
		post(f)
		t := f.at(at)
		b.StartTimer()
		before := f.st.RoundTrips()
		if err := f.jobs["notice_followup"].Run(context.Background(), t, t); err != nil {
			b.Fatal(err)
		}
		trips += f.st.RoundTrips() - before
		if out := f.drain(t); len(out) == 0 {
			b.Fatal("no warning")
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}

// BenchmarkCall90 is an urgent warning's first follow-up run (三组, three
// elders, one call open): its calls and its households' chase in one
// commit per village, the notice marked warned and followed up in one.
func BenchmarkCall90(b *testing.B) {
	benchWarningRun(b, func(f *pointsFixture) { f.urgentSnowWarning("2026-12-07 10:30") }, "2026-12-07 08:00", "2026-12-07 11:15")
}
