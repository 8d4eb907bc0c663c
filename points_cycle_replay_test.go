package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/village"
)

// TestReplayPointsCycle runs testdata/points_cycle.jsonl, two month ends
// of the points system (December 2026 to February 2027) as the sandbox
// play went, against its golden file, and checks by hand that the
// shopkeeper's 兑换 sent again was charged once per 是: 张三户 took two
// 香皂 (5 分 each) of its 10 redeemable points, 陈二户 two of its 10.
func TestReplayPointsCycle(t *testing.T) {
	st := replayGolden(t, "points_cycle", "cycle")
	type row struct {
		Household, Item string
		Qty, Points     int
	}
	var redeemed []row
	for _, e := range st.Ledger {
		if e.Event == village.EventRedeem {
			redeemed = append(redeemed, row{e.Household, e.Item, e.Qty, e.Points})
		}
	}
	want := []row{
		{"QS-301", "香皂", 1, 5}, // 9 January 10:00
		{"QS-301", "香皂", 1, 5}, // the 是 at 10:05, after 10:04's asked; 10:01, 10:02 (不是) and the second 是 charge nothing
		{"QS-302", "香皂", 2, 10},
	}
	if diff := cmp.Diff(redeemed, want); diff != "" {
		t.Errorf("redemptions (-got +want):\n%s", diff)
	}
}
