package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/handlers/words"
	"gridbot/village"
)

// TestRestAskedOnSettledDay (med107): 张三's 「他今天还了1000」 names no day
// for the rest; the 办结's 12月20日 still stands, so the 回访 asks about
// the rest after it, not three days on.
func TestRestAskedOnSettledDay(t *testing.T) {
	f := newPointsFixture(t)
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-10 15:00")
	f.addReport(loanSettled(filed, village.Report{
		History: []village.Entry{
			{At: filed.Add(time.Hour), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: done, By: "李四", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "陈二答应12月20日前还张三3000"},
			{At: f.at("2026-12-11 11:00"), By: "张三", Action: village.ActSaid, Note: words.PartPaidNote + "他今天还了1000（一共3000元，还差2000元）",
				From: village.StatusResolved, To: village.StatusResolved}}}))
	if got := f.run("followup", "2026-12-15 10:00"); len(got) > 0 {
		t.Fatalf("asked before the settled day:\n%s", strings.Join(got, "\n"))
	}
	got := f.run("followup", "2026-12-21 10:00")
	if countIn(got, "张三: 【调解回访】#R1") != 1 || countIn(got, "剩下的钱给齐了吗") != 1 {
		t.Fatalf("the rest is to be asked once after the day:\n%s", strings.Join(got, "\n"))
	}
}
