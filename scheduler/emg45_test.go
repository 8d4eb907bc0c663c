package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestWatchdogKeepsTheHurts120: the re-posts of a fire nobody confirmed,
// at which someone was told hurt after its alarm (village.HurtNote), ask
// the duty chat for 120 again and tell the group to call it.
func TestWatchdogKeepsTheHurts120(t *testing.T) {
	f := newPointsFixture(t)
	newEmergency(t, f, "张三", "后山着火了", func(r *village.Report) {
		r.Hazard = village.HazardFire
		r.Tell("王五", r.CreatedAt.Add(3*time.Minute), village.HurtNote+"有人被烧伤了")
	})
	joined := strings.Join(f.run("watchdog", "2026-03-02 09:20"), "\n")
	if !strings.Contains(joined, "有人烧伤：请同时调度120急救") || !strings.Contains(joined, "有人烧伤，请立即拨打120。火情请立即拨打119") {
		t.Errorf("watchdog:\n%s", joined)
	}
}
