package scheduler

import (
	"testing"
	"time"

	"gridbot/village"
)

// TestWatchdogNamesUnlistedReporter: the re-post of an alarm whose
// reporter is on no roster says he is known only by his group name, and
// gives the number he left in the group since (Report.LeftPhone), else
// where to ask him (alarm81).
func TestWatchdogNamesUnlistedReporter(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Hazard: village.HazardFire,
		Text: "后山着火了", Reporter: "刘大勇", ReporterKey: "青山村//刘大勇", Unlisted: true, CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
	f.addReport(village.Report{Village: "青山村", Grid: "一组", Chat: "青山村一组网格群", Type: village.Emergency, Hazard: village.HazardFire,
		Text: "村口着火了", Reporter: "马大", ReporterKey: "青山村//马大", Unlisted: true, CreatedAt: at, DueAt: at.Add(15 * time.Minute),
		History: []village.Entry{{At: at, By: "马大", Action: village.ActCreate, To: village.StatusNew},
			{At: at.Add(time.Minute), By: "马大", Action: village.ActSaid, Note: village.LeftPhoneNote + "13812345678"}}})
	out := f.run("watchdog", "2026-03-02 09:20")
	if len(out) == 0 {
		t.Fatal("no re-post")
	}
	holdsEach(t, "the duty chat", out[0], "报告人：刘大勇（群昵称，不在名册，没有电话，请在「青山村三组网格群」里问清具体位置和电话）",
		"报告人：马大（群昵称，不在名册；在群里留的电话：13812345678）")
}
