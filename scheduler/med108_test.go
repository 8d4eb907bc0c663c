package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/handlers/words"
	"gridbot/village"
)

// TestRelayedPromiseAsked (med107's leftover 1): 张三's 「他说月底前还我」
// after a 办结 naming no day is followed up: the 回访 waits for the day he
// relayed (not three days on) and asks whether the money came.
func TestRelayedPromiseAsked(t *testing.T) {
	f := newPointsFixture(t)
	filed := f.at("2026-12-08 09:00")
	done := f.at("2026-12-08 12:00")
	f.addReport(loanSettled(filed, village.Report{
		History: []village.Entry{
			{At: filed.Add(time.Hour), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: done, By: "李四", Action: village.ActResolve, From: village.StatusAccepted, To: village.StatusResolved, Note: "两家谈好了 剩下3000陈二答应还张三"},
			{At: f.at("2026-12-08 13:00"), By: "张三", Action: village.ActSaid, Note: words.RelayedPromiseNote + "他说月底前还我",
				From: village.StatusResolved, To: village.StatusResolved}}}))
	if got := f.run("followup", "2026-12-15 10:00"); len(got) > 0 {
		t.Fatalf("asked before the relayed day:\n%s", strings.Join(got, "\n"))
	}
	got := f.run("followup", "2027-01-01 10:00")
	if countIn(got, "张三: 【调解回访】#R1") != 1 || countIn(got, "「他说月底前还我」。现在过了") != 1 || countIn(got, "钱还了吗") != 1 {
		t.Fatalf("the relayed promise is to be asked once after its day:\n%s", strings.Join(got, "\n"))
	}
}
