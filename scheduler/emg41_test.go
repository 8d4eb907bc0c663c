package scheduler

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestWatchdogDutyPostOnlyWithItsCommit: with two villages due, an item
// of the first confirmed between the watchdog's read and its commit
// makes that commit conflict; the duty chat never hears of it as
// unconfirmed: each duty post goes with the commit that re-alerted its
// items, and lists only those.
func TestWatchdogDutyPostOnlyWithItsCommit(t *testing.T) {
	f := fixtureOfVillages(t, true)
	at := f.at("2026-03-02 09:00")
	f.addAlarm(at, "", "后山着火了", "张三")
	f.addAlarm(at, "", "村口有人落水了", "陈二")
	sq := f.addShiqiaoAlarm(at)
	cfg, people := exampleTownship(t)
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	cs := &confirmingStore{JobStore: f.st, st: f.st, confirm: "R1"} // 青山村's fire, read first
	f.use(cfg, people, cs)
	now := f.at("2026-03-02 09:20")
	if err := f.jobs["watchdog"].Run(context.Background(), now, now); err != nil {
		t.Fatal(err)
	}
	all := slices.Concat(storagetest.Sent(t, f.st, now, storage.TownshipScope("青山镇")),
		storagetest.Sent(t, f.st, now, f.sc), storagetest.Sent(t, f.st, now, sq))
	var duty []string
	for _, o := range all {
		if strings.HasPrefix(o, "青山镇应急值班群: ") {
			duty = append(duty, o)
		}
	}
	joined := strings.Join(duty, "\n")
	if strings.Contains(joined, "后山着火了") {
		t.Errorf("the duty chat is told the confirmed fire is unconfirmed:\n%s", joined)
	}
	for _, want := range []string{"村口有人落水了", "桥边有人落水了"} {
		if strings.Count(joined, want) != 1 {
			t.Errorf("the duty chat hears of %s %d times, want once:\n%s", want, strings.Count(joined, want), joined)
		}
	}
}
