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

// heldColdWave is 孙七's cold-wave warning to 三组 written at 22:30 on
// 12-07, held over the quiet hours as the handler stores it.
func (f *pointsFixture) heldColdWave() {
	f.storeNotice(village.Notice{Text: "寒潮蓝色预警：明天起降温8到10度，请各网格提醒独居老人注意保暖、防煤气中毒", By: "孙七",
		At: f.at("2026-12-07 22:30"), Held: true, Groups: []string{"青山村三组网格群"}, Warning: "寒潮"})
}

// byWorker are the messages of out to who (its "who: " prefix kept).
func byWorker(out []string, who string) []string {
	var mine []string
	for _, o := range out {
		if strings.HasPrefix(o, who+": ") {
			mine = append(mine, o)
		}
	}
	return mine
}

// TestHeldWarningOnMorningList: a warning written at night, posted at
// 07:15, has its calls on 王五's 08:00 list, the warning named in the
// header and, once, as every elder's line's 事由 (call97); the 08:15 run sends him nothing of it
// (it used to send 【寒潮预警·请给老人打电话】 after the list), and the
// notice is marked warned (call91).
func TestHeldWarningOnMorningList(t *testing.T) {
	f := newPointsFixture(t)
	f.heldColdWave()
	if out := byWorker(f.run("notice_followup", "2026-12-08 07:15"), "王五"); len(out) != 0 {
		t.Errorf("the 07:15 release tells 王五:\n%s", strings.Join(out, "\n"))
	}
	list := byWorker(f.run("calls", "2026-12-08 08:00"), "王五")
	if len(list) != 1 {
		t.Fatalf("王五 gets %d messages at 08:00, want his list:\n%s", len(list), strings.Join(list, "\n---\n"))
	}
	holdsEach(t, "王五's 08:00 list", list[0], "【电话回访·寒潮预警】今天请给这 3 位打个电话",
		// every line passes the same warning on: said once, below the
		// lines, not on each (call97)
		"王奶奶 13900000001（关爱等级：高，每周一次）\n",
		"\n每位的事由：寒潮预警：转告下面的预警，问问取暖、吃的用的够不够；例行问候：身体怎么样，生活上有没有困难\n",
		"寒潮蓝色预警：今天起降温8到10度", "回访 王奶奶 已通 已转告")
	if n := strings.Count(list[0], "寒潮预警："); n != 1 {
		t.Errorf("the warning is named on %d lines, want once:\n%s", n, list[0])
	}
	for _, c := range storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsOpen))(t) {
		if c.Grid == "三组" && !slices.Contains(c.NoticeIDs(), "N1") {
			t.Errorf("%s's call carries no warning: %+v", c.Person, c.NoticeIDs())
		}
	}
	if ns := storagetest.Must(f.st.Notices(context.Background(), storage.TownshipScope("青山镇"), storage.NoticesAll))(t); len(ns) != 1 || ns[0].WarnedAt.IsZero() {
		t.Errorf("the warning is not marked warned: %+v", ns)
	}
	if out := byWorker(f.run("notice_followup", "2026-12-08 08:15"), "王五"); slices.ContainsFunc(out, func(o string) bool {
		return strings.Contains(o, "预警·请给老人打电话")
	}) {
		t.Errorf("the 08:15 run warns 王五 again:\n%s", strings.Join(out, "\n"))
	}
	// 王奶奶 missed at 08:40: the 11:15 retry names the warning too
	c := storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsOpen))(t)
	i := slices.IndexFunc(c, func(c village.Call) bool { return c.Person == "王奶奶" })
	if i < 0 {
		t.Fatal("no call of 王奶奶")
	}
	missed := c[i]
	missed.Misses, missed.LoggedAt, missed.RetryAt = 1, f.at("2026-12-08 08:40"), f.at("2026-12-08 11:15")
	f.storeCall(missed)
	retry := byWorker(f.run("notice_followup", "2026-12-08 11:15"), "王五")
	if len(retry) != 1 {
		t.Fatalf("王五 gets %d messages at 11:15, want the retry:\n%s", len(retry), strings.Join(retry, "\n---\n"))
	}
	holdsEach(t, "the retry", retry[0], "【电话回访·寒潮预警】王奶奶08:40没打通，请现在再打一次", "事由：寒潮预警，问问取暖、吃的用的够不够；")
}

// TestTwoWarningsOneHeader: two warnings posted within the hour make
// their calls in one run: 王五 gets one message under one header naming
// both, each elder listed once (石德贵's call still to make said as it
// stood), and every call carries both notices (call91).
func TestTwoWarningsOneHeader(t *testing.T) {
	f := newPointsFixture(t)
	f.storeCall(shiDeGuiListed(routineTopic, f.at("2026-12-06 08:00")))
	f.coldWaveWarning("2026-12-06 15:30")
	f.storeNotice(village.Notice{Text: "大风黄色预警：今晚有6到8级大风，请加固大棚", By: "孙七", At: f.at("2026-12-06 15:40"),
		Groups: []string{"青山村三组网格群"}, Warning: "大风"}.WithRelay())
	wang := byWorker(f.run("notice_followup", "2026-12-06 16:15"), "王五")
	if len(wang) != 1 {
		t.Fatalf("王五 gets %d messages, want one:\n%s", len(wang), strings.Join(wang, "\n---\n"))
	}
	msg := wang[0]
	holdsEach(t, "王五's message", msg, "王五: 【寒潮、大风预警·请给老人打电话】#N1「寒潮预警", "\n#N2「大风黄色预警",
		"请今天给这 3 位不用微信的老人逐一打个电话，一个电话把这 2 条预警一起转告",
		"石德贵 13900000031（关爱等级：一般，每季度一次；今天的回访电话还没打，一个电话一起说）")
	if strings.Count(msg, "【") != 1 || strings.Count(msg, "王奶奶 139") != 1 || strings.Count(msg, "石德贵 139") != 1 {
		t.Errorf("want one header and each elder once:\n%s", msg)
	}
	open := storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsOpen))(t)
	if len(open) != 3 {
		t.Errorf("%d open calls, want 3 (one an elder)", len(open))
	}
	for _, c := range open {
		if ids := c.NoticeIDs(); !slices.Contains(ids, "N1") || !slices.Contains(ids, "N2") {
			t.Errorf("%s's call carries %v, want both warnings", c.Person, ids)
		}
	}
}

// BenchmarkCall91 is the 08:00 call list run of 三组 (three elders): with
// a warning posted at 07:15 whose calls it makes first, and without one.
func BenchmarkCall91(b *testing.B) {
	run := benchCallList
	b.Run("list with a warning", func(b *testing.B) {
		run(b, func(f *pointsFixture) {
			f.storeNotice(village.Notice{Text: "寒潮蓝色预警：今天起降温8到10度，请提醒独居老人注意保暖", By: "孙七", At: f.at("2026-12-07 22:30"),
				PostedAt: f.at("2026-12-08 07:15"), Groups: []string{"青山村三组网格群"}, Warning: "寒潮"}.WithRelay())
		})
	})
	b.Run("list without", func(b *testing.B) { run(b, func(*pointsFixture) {}) })
}

// BenchmarkCall91Two is the follow-up run making two warnings' calls (三组,
// three elders, one call open): one village commit and one marking commit
// for both.
func BenchmarkCall91Two(b *testing.B) {
	benchWarningRun(b, func(f *pointsFixture) {
		f.coldWaveWarning("2026-12-06 15:30")
		f.storeNotice(village.Notice{Text: "大风黄色预警：今晚有6到8级大风，请加固大棚", By: "孙七", At: f.at("2026-12-06 15:40"),
			Groups: []string{"青山村三组网格群"}, Warning: "大风"}.WithRelay())
	}, "2026-12-06 08:00", "2026-12-06 16:15")
}

// benchCallList counts the round trips of the 08:00 call list run of the
// example township (roundtrips/run), the store set up by setup first.
func benchCallList(b *testing.B, setup func(*pointsFixture)) {
	var trips int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := newPointsFixture(b)
		setup(f)
		t := f.at("2026-12-08 08:00")
		b.StartTimer()
		trips += f.runTrips(b, "calls", t)
		if out := f.drain(t); len(out) == 0 {
			b.Fatal("no list")
		}
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/run")
}
