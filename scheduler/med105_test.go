package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// TestRestAskedOnItsDay (med104's leftover 3): 张三 answers the 回访 that
// 陈二 paid 1000 of 3000, the rest 「过年前」. On main nothing was kept
// and #R1 closed three days on. Now nothing closes before the day he said,
// he is asked privately about the rest after it, and only then does the
// close come, telling the mediators what he said.
func TestRestAskedOnItsDay(t *testing.T) {
	f := newPointsFixture(t)
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-10 15:00")
	f.addReport(loanSettled(filed, village.Report{
		FollowUps: 1, FollowedUpAt: f.at("2026-12-21 10:00"),
		History: []village.Entry{
			{At: filed.Add(time.Hour), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: done, By: "李四", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "陈二答应12月20日前还张三3000"},
			{At: f.at("2026-12-21 11:00"), By: "张三", Action: village.ActSaid, Note: words.PartPaidNote + "他只还了1000 还差2000 说等过年前再给",
				From: village.StatusResolved, To: village.StatusResolved}}}))
	for _, day := range []string{"2026-12-25 10:00", "2027-01-20 10:00", "2027-02-05 10:00"} {
		if got := f.run("followup", day); len(got) > 0 {
			t.Fatalf("%s: before the rest's day:\n%s", day, strings.Join(got, "\n"))
		}
	}
	got := f.run("followup", "2027-02-06 10:00")
	if len(got) != 1 {
		t.Fatalf("张三 alone is to be asked:\n%s", strings.Join(got, "\n"))
	}
	holdsEach(t, "rest", got[0], "张三: 【调解回访】#R1", "「他只还了1000 还差2000 说等过年前再给」", "说好2月5日前给剩下的", "剩下的钱给齐了吗")
	if got := f.run("followup", "2027-02-08 10:00"); len(got) > 0 {
		t.Fatalf("closed before his three days:\n%s", strings.Join(got, "\n"))
	}
	got = f.run("followup", "2027-02-09 10:00")
	if n := countIn(got, "张三说过「他只还了1000 还差2000 说等过年前再给」"); n != 2 {
		t.Fatalf("each mediator's 【调解·钱未确认】 is to say the rest (%d):\n%s", n, strings.Join(got, "\n"))
	}
}

// TestRestAskedWithoutDay: a part payment with no day for the rest, of a
// settlement naming none either, is asked about followup.remind_after on
// (med107: the 办结's day, when it names one, stands).
func TestRestAskedWithoutDay(t *testing.T) {
	f := newPointsFixture(t)
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-10 15:00")
	f.addReport(loanSettled(filed, village.Report{
		History: []village.Entry{
			{At: filed.Add(time.Hour), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: done, By: "李四", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "陈二答应还张三3000"},
			{At: f.at("2026-12-15 11:00"), By: "张三", Action: village.ActSaid, Note: words.PartPaidNote + "钱只给了一千 还差两千呢",
				From: village.StatusResolved, To: village.StatusResolved}}}))
	if got := f.run("followup", "2026-12-18 10:00"); len(got) > 0 {
		t.Fatalf("asked before three days:\n%s", strings.Join(got, "\n"))
	}
	got := f.run("followup", "2026-12-18 12:00")
	if countIn(got, "张三: 【调解回访】#R1") != 1 || countIn(got, "剩下的钱给齐了吗") != 1 {
		t.Fatalf("the rest is to be asked once:\n%s", strings.Join(got, "\n"))
	}
}

// TestLegacyAskedCreditorChased (med104's leftover 1): 周八 was asked at
// #R1's 回访 before the asks were kept (no CreditorsAwaited: the ask told
// him 「给了就不用回」) and never answered. On main nobody heard of it; now
// his mediators are told once, saying he may well have been paid.
func TestLegacyAskedCreditorChased(t *testing.T) {
	f := newPointsFixture(t)
	closedBeforeCreditor(f, "两家谈妥 腊月二十前还张三3000 正月十五前还周八800", "2027-01-20 18:00")
	ctx := context.Background()
	rep, err := f.st.Report(ctx, f.sc, "R1")
	if err != nil {
		t.Fatal(err)
	}
	rep.FollowUps, rep.FollowedUpAt = 2, f.at("2027-02-21 10:00") // med103 asked him so, awaiting nobody
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "legacy", Report: &rep,
		Audit: storage.Audit{At: rep.FollowedUpAt, By: village.SystemActor, Action: "followup"}}); err != nil {
		t.Fatal(err)
	}
	if got := f.run("followup", "2027-02-23 10:00"); len(got) > 0 {
		t.Fatalf("told before his three days:\n%s", strings.Join(got, "\n"))
	}
	got := f.run("followup", "2027-02-24 10:00")
	if countIn(got, "那时的回访说过给了不用回") != 2 {
		t.Fatalf("both mediators are to be told, once each:\n%s", strings.Join(got, "\n"))
	}
	if got := f.run("followup", "2027-03-01 10:00"); len(got) > 0 {
		t.Fatalf("told again:\n%s", strings.Join(got, "\n"))
	}
}

// TestLegacyAnsweredNotChased: the same, but 周八 said 「钱收到了」: nobody
// is told; nor is anyone for an ask older than legacyWithin.
func TestLegacyAnsweredNotChased(t *testing.T) {
	for _, tc := range []struct {
		name     string
		answered bool
		run      string
	}{{"answered", true, "2027-02-24 10:00"}, {"old", false, "2027-03-30 10:00"}} {
		t.Run(tc.name, func(t *testing.T) {
			f := newPointsFixture(t)
			closedBeforeCreditor(f, "两家谈妥 腊月二十前还张三3000 正月十五前还周八800", "2027-01-20 18:00")
			ctx := context.Background()
			rep, err := f.st.Report(ctx, f.sc, "R1")
			if err != nil {
				t.Fatal(err)
			}
			rep.FollowUps, rep.FollowedUpAt = 2, f.at("2027-02-21 10:00")
			if tc.answered {
				rep.Tell("周八", f.at("2027-02-21 12:00"), "钱收到了")
			}
			if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "legacy", Report: &rep,
				Audit: storage.Audit{At: rep.FollowedUpAt, By: village.SystemActor, Action: "followup"}}); err != nil {
				t.Fatal(err)
			}
			if got := f.run("followup", tc.run); len(got) > 0 {
				t.Fatalf("chased:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

// loanSettled is r as the debt case these tests follow up: 张三's 3000
// lent to 陈二, filed at filed, settled by 李四 and 郑十; r gives the rest.
func loanSettled(filed time.Time, r village.Report) village.Report {
	r.Type, r.Category, r.Text, r.Reporter = village.Mediation, "矛盾纠纷", "陈二借我三千块 说好年底还 现在找他就躲", "张三"
	r.Chat, r.CreatedAt, r.DueAt, r.Status, r.Handlers = "青山村三组网格群", filed, filed.Add(7*24*time.Hour), village.StatusResolved, []string{"李四", "郑十"}
	return r
}
