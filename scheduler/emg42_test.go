package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestWatchdogRepostsTheFirstAlarmsSteps: the watchdog's re-posts give the
// steps the first alarm gave (one shared selection, understand.SceneOf and
// emergency.hint): a scam's re-post how to stop the money and asks the
// leader to reach the victim, not to rush to a scene; a drowning's 110 and
// the rope, in the group and in the duty chat; alone and in a list.
func TestWatchdogRepostsTheFirstAlarmsSteps(t *testing.T) {
	const scam, drown = "96110反诈专线", "有人落水请同时拨打110；不会水的别下水"
	for _, several := range []bool{false, true} {
		f := newPointsFixture(t)
		at := f.at("2026-03-02 09:00")
		f.addAlarm(at, village.HazardCrime, "我妈正在给骗子转账 快来人", "张三")
		if several {
			f.addAlarm(at, village.HazardMedical, "有人掉河里了 快救命", "陈二")
		}
		out := f.run("watchdog", "2026-03-02 09:20")
		if len(out) != 2 || !strings.HasPrefix(out[0], "青山镇应急值班群: ") || !strings.HasPrefix(out[1], "青山村三组网格群: ") {
			t.Fatalf("several %v: %q, want the duty chat's post and the group's", several, out)
		}
		holdsEach(t, "the group's re-post", out[1], scam, "别删")
		holdsEach(t, "the duty post", out[0], "反诈：请马上联系当事人停止转账")
		if !several {
			holdsEach(t, "the group's re-post", out[1], "请网格长马上给被骗的人打电话或上门找到他，让他停止转账，联系上后回复「确认 #R1」")
			if strings.Contains(out[1], "到场") || strings.Contains(out[1], "赶到现场") {
				t.Errorf("a scam's re-post sends the leader to a scene:\n%s", out[1])
			}
			continue
		}
		holdsEach(t, "the group's re-post of two", out[1], drown, "有人受伤或病危请立即拨打120")
		holdsEach(t, "the duty post of two", out[0], "落水：请同时报110")
		if strings.Count(out[1], scam) != 1 || strings.Count(out[1], drown) != 1 {
			t.Errorf("each item's steps once, under its own:\n%s", out[1])
		}
	}
}

// TestWatchdogDrowningDutyPostSays110: the duty chat's re-post of someone
// in the water says 110 besides 120's hint, as its first post does.
func TestWatchdogDrowningDutyPostSays110(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addAlarm(at, village.HazardMedical, "村口池塘有人落水了", "陈二")
	out := f.watchdogReposts("青山村三组网格群")
	holdsEach(t, "the duty post", out[0], "情况：村口池塘有人落水了\n落水：请同时报110；叫会水的人带绳子、竹竿、救生圈赶去")
	holdsEach(t, "the group's re-post", out[1], "有人落水请同时拨打110；不会水的别下水，找绳子、竹竿、救生圈递过去。",
		"请网格长立即赶到现场协助救护，到场后回复「确认 #R1」")
}

// TestWatchdogRepostNamesMissingKin: 「我妈不见了」 told by 张明 names his
// mother 刘芳 in the duty chat's re-post, as the first post does (the
// reporter's kin word, village.MissingOf); the group's holds no number.
// Kin the roster cannot tell for sure (张三 has no mother on it) names
// nobody.
func TestWatchdogRepostNamesMissingKin(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addAlarm(at, village.HazardMissing, "我妈不见了 一早出去到现在没回来", "张明")
	out := f.watchdogReposts("青山村三组网格群")
	holdsEach(t, "the duty post", out[0], "走失的人：刘芳（户号QS-301，电话 13900000013，住青山村三组12号）")
	if strings.Contains(out[1], "13900000013") {
		t.Errorf("the group's re-post holds her number:\n%s", out[1])
	}

	f = newPointsFixture(t)
	f.addAlarm(at, village.HazardMissing, "我妈不见了", "张三")
	if out := f.run("watchdog", "2026-03-02 09:20"); len(out) != 2 || strings.Contains(out[0], "走失的人") {
		t.Errorf("a kin word the roster cannot tell names someone: %q", out)
	}
}

// TestMorningDigestUnconfirmedEmergencyOnce: an emergency nobody confirmed
// heads the 早报 the morning after it, listed once, not again among the
// 超期; left unconfirmed, it heads every 早报 after (town108: issue #6
// had it an overdue line, and the quiet one-line 早报 hid it), saying how
// long it has waited.
func TestMorningDigestUnconfirmedEmergencyOnce(t *testing.T) {
	const head = "还没人确认的突发，请立即电话调度"
	f := newPointsFixture(t)
	fire := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.Emergency, Hazard: village.HazardFire, Text: "山上冒烟了，好像着火了", Reporter: "陈二", CreatedAt: fire,
		DueAt: fire.Add(15 * time.Minute), Handlers: []string{"李四"}})
	first := strings.Join(f.run("morning_digest", "2026-03-03 08:30"), "\n")
	holdsEach(t, "the morning after", first, head+"，接手后回复「确认 #R1」：\n#R1 青山村三组 山上冒烟了，好像着火了（昨天09:00报告；网格长：李四 13900000004）")
	if strings.Contains(first, "超期：") {
		t.Errorf("the morning after lists it twice:\n%s", first)
	}
	second := strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	holdsEach(t, "two mornings after", second, head+"，接手后回复「确认 #R1」：\n#R1 青山村三组 山上冒烟了，好像着火了（3月2日 09:00报告，已超过1天没人确认；网格长：李四 13900000004）")
	if strings.Contains(second, "近一天没有新情况") || strings.Count(second, "#R1") != 2 { // its line and the 确认 to send
		t.Errorf("two mornings after, not at the head once:\n%s", second)
	}
}
