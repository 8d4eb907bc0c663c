package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// missedThisMorning stores notice N1 (posted the day before) and a call
// to 王奶奶 that passes it on, missed at 08:05 and to be tried again at
// 10:15 (as the handlers log such a miss: config.SameDayRetry).
func missedThisMorning(f *pointsFixture) {
	f.storeNotice(village.Notice{Text: "明天下午3点在村委会领取暖补贴", By: "孙七", At: f.at("2026-03-02 10:00"),
		Groups: []string{"青山村三组网格群"}, FollowedUp: true})
	c := village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-305/王奶奶", Phone: "13900000001",
		Care: village.CareHigh, Worker: "王五", Notices: []string{"N1"}, Due: f.at("2026-03-02 18:15"), Status: village.CallOpen}
	c.Log(village.OutcomeMissed, "", "王五", f.at("2026-03-03 08:05"), 2)
	c.RetryAt = f.at("2026-03-03 10:15")
	f.storeCall(c)
}

// TestNoticeCallRetriedSameDay: the worker who missed a notice's call in
// the morning is reminded once, at the hour he was told, to try again,
// with what to pass on and by when; not before, not twice.
func TestNoticeCallRetriedSameDay(t *testing.T) {
	f := newPointsFixture(t)
	missedThisMorning(f)
	if got := f.run("notice_followup", "2026-03-03 09:15"); len(got) != 0 {
		t.Errorf("before the hour: %q", got)
	}
	got := f.run("notice_followup", "2026-03-03 10:15")
	want := "王五: 【电话回访】王奶奶08:05没打通，请现在再打一次：13900000001。\n事由：转告3月2日的通知：今天下午3点在村委会领取暖补贴"
	if len(got) != 1 || !strings.HasPrefix(got[0], want) || !strings.HasSuffix(got[0], "打完回复「回访 王奶奶 已通 已转告」，没打通回复「回访 王奶奶 未接通」。") {
		t.Errorf("at the hour:\n%q\nwant one starting\n%q", got, want)
	}
	if got := f.run("notice_followup", "2026-03-03 11:15"); len(got) != 0 {
		t.Errorf("an hour on: %q", got)
	}
}

// TestNoticeCallRetryAnsweredMeanwhile: the household answered 收到
// before the retry: the worker hears he need not phone again today.
func TestNoticeCallRetryAnsweredMeanwhile(t *testing.T) {
	f := newPointsFixture(t)
	missedThisMorning(f)
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: storage.TownshipScope("青山镇"), MsgID: "ack",
		Incr: []storage.Incr{{Hash: storage.AckHash("N1"), Field: "青山村/QS-305", By: 1}}}); err != nil {
		t.Fatal(err)
	}
	got := f.run("notice_followup", "2026-03-03 10:15")
	want := "王五: 王奶奶家已回复收到通知，今天不用再打了。"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
