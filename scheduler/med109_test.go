package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/handlers/words"
	"gridbot/village"
)

// TestRelayBeforeSettlementAsked (med108's leftover 2): 张三's 「他说腊月二十
// 前还」 said while #R1 was mediated, then a 办结 naming no day: the 回访
// asked three days on and the item closed on 12月15日, before the money's
// day. Now the 回访 waits for 腊月二十 (1月27日) and nothing closes before.
func TestRelayBeforeSettlementAsked(t *testing.T) {
	f := newPointsFixture(t)
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-08 12:00")
	f.addReport(loanSettled(filed, village.Report{
		History: []village.Entry{
			{At: filed.Add(time.Hour), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: filed.Add(2 * time.Hour), By: "张三", Action: village.ActSaid, Note: words.RelayedPromiseNote + "刚才碰见他了 他说腊月二十前还",
				From: village.StatusAccepted, To: village.StatusAccepted},
			{At: done, By: "李四", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "两家谈好了 陈二答应把3000还给张三"}}}))
	for _, day := range []string{"2026-12-11 10:00", "2026-12-15 10:00", "2027-01-20 10:00"} {
		if got := f.run("followup", day); len(got) > 0 {
			t.Fatalf("asked or closed on %s, before the promised day:\n%s", day, strings.Join(got, "\n"))
		}
	}
	got := f.run("followup", "2027-01-28 10:00")
	if countIn(got, "#R1 已办结几天了") != 1 || countIn(got, "1月27日（腊月二十）前") != 1 {
		t.Fatalf("the 回访 is to ask once after the promised day:\n%s", strings.Join(got, "\n"))
	}
}

// TestOtherCreditorRelayedDayAsked (med108's leftover 3): 周八's 「陈二说腊月
// 二十前还我」 after a 办结 naming no day of his is his 回访 day.
func TestOtherCreditorRelayedDayAsked(t *testing.T) {
	f := newPointsFixture(t)
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-08 12:00")
	said := func(at time.Time, by, note string) village.Entry {
		return village.Entry{At: at, By: by, Action: village.ActSaid, Note: note, From: village.StatusAccepted, To: village.StatusAccepted}
	}
	f.addReport(loanSettled(filed, village.Report{
		Followers: []string{"周八"},
		History: []village.Entry{
			{At: filed.Add(time.Hour), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			said(filed.Add(90*time.Minute), "周八", "他也欠我八百块钱 赊的烟酒一直没结"),
			{At: done, By: "李四", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "两家谈好了 陈二答应12月20日前还张三3000 欠周八的800也还上"},
			said(done.Add(time.Hour), "周八", words.CreditorRelayNote+"陈二说腊月二十前还我")}}))
	got := f.run("followup", "2026-12-21 10:00")
	if countIn(got, "#R1 已办结几天了") != 1 || countIn(got, "周八: 【调解回访】") != 0 {
		t.Fatalf("the reporter alone is to be asked after his day:\n%s", strings.Join(got, "\n"))
	}
	if got := f.run("followup", "2027-01-20 10:00"); countIn(got, "周八:") != 0 {
		t.Fatalf("周八 asked before the day he relayed:\n%s", strings.Join(got, "\n"))
	}
	got = f.run("followup", "2027-01-28 10:00")
	if countIn(got, "周八: 【调解回访】#R1") != 1 {
		t.Fatalf("周八 is to be asked after the day he relayed:\n%s", strings.Join(got, "\n"))
	}
}
