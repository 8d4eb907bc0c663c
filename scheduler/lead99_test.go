package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestWatchdogMissingNoReportersHome: the re-alert of 陈二's 「王奶奶…家里人
// 到处找不到」 gives 王奶奶's line and not 陈二's own household and 住址 (the
// first post's rule, words.HomeBesideMissing: lead99).
func TestWatchdogMissingNoReportersHome(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Hazard: village.HazardMissing,
		Text: "王奶奶早上出去到现在没回来 家里人到处找不到", Reporter: "陈二", CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
	out := f.watchdogReposts("青山村三组网格群")
	holdsEach(t, "the duty chat", out[0], "走失的人：王奶奶（户号QS-305，电话 13900000001，不用微信，住青山村三组20号）")
	if strings.Contains(out[0], "这一户（花名册）：陈二家") || strings.Contains(out[0], "14号") {
		t.Errorf("the duty chat's re-post sends searchers to the reporter's home:\n%s", out[0])
	}
}
