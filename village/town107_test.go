package village_test

import (
	"testing"
	"time"

	"gridbot/village"
)

func TestOpenDanger(t *testing.T) {
	at := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
	open := func(r village.Report) village.Report {
		r.ID, r.CreatedAt, r.DueAt = "R1", at, at.Add(24*time.Hour)
		if r.Status == "" {
			r.Status = village.StatusAccepted
		}
		if r.Type == "" {
			r.Type = village.General
		}
		return r
	}
	for _, c := range []struct {
		what string
		r    village.Report
		want bool
	}{
		{"a 安全隐患 item", open(village.Report{Category: "安全隐患", Text: "墙裂了"}), true},
		{"a line down (a caution)", open(village.Report{Category: "水电设施", Hazard: village.HazardPower}), true},
		{"a road caved in", open(village.Report{Category: "道路交通", Hazard: village.HazardRoad, Status: village.StatusNew}), true},
		{"a frozen pipe", open(village.Report{Category: "水电设施", Hazard: village.HazardFrozen}), false},
		{"a lamp out", open(village.Report{Category: "水电设施"}), false},
		{"an emergency", open(village.Report{Type: village.Emergency, Category: "安全隐患", Hazard: village.HazardCollapse}), false},
		{"resolved, the reporter asked", open(village.Report{Category: "安全隐患", Status: village.StatusResolved}), false},
		{"closed", open(village.Report{Category: "安全隐患", Status: village.StatusClosed}), false},
		{"sent up", open(village.Report{Category: "安全隐患", Status: village.StatusEscalated}), true},
	} {
		if got := c.r.OpenDanger(); got != c.want {
			t.Errorf("%s: OpenDanger = %v, want %v", c.what, got, c.want)
		}
	}
}
