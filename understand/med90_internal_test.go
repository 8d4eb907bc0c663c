package understand

import (
	"context"
	"strings"
	"testing"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestBeastOrChildDamageIsDispute: a named household's beast or child
// said without 的 (「陈二家牛」, 「杨家小孩」) that broke or trampled the
// sender's things is a dispute to mediate, not a general hazard; the
// same harm by no household, or a household's news of no harm, is not.
func TestBeastOrChildDamageIsDispute(t *testing.T) {
	for _, c := range []struct {
		text string
		want village.Type
	}{
		{"陈二家牛踩了俺玉米 还把俺家墙推倒了 说了好几次也不管", village.Mediation},
		{"刘大强家猪拱倒了俺家篱笆 菜地也糟蹋得不成样子", village.Mediation},
		{"杨家小孩把俺家菜园篱笆弄坏了 也没人来说一声", village.Mediation},
		{"大风把村口李家的老墙推倒了 砖头堆在路上 过车不方便", village.General},
	} {
		if got := (Rules{}).Read(context.Background(), c.text); got.Type != c.want || got.Intent != village.IntentReport {
			t.Errorf("Read(%q) = %s %s, want a report of %s", c.text, got.Intent, got.Type, c.want)
		}
	}
	if (Rules{}).Read(context.Background(), "张家小孩考上大学了 我们都替他高兴").Intent == village.IntentReport {
		t.Error("a neighbour's child's news read as a report")
	}
	for _, s := range []string{"陈二家牛", "老刘家孩子把", "杨家小孩", "张三家狗"} {
		if !otherHousehold(s) {
			t.Errorf("otherHousehold(%q) = false", s)
		}
	}
	for _, s := range []string{"我家牛", "大家牛羊", "俺家孩子", "回家孩子"} {
		if otherHousehold(s) {
			t.Errorf("otherHousehold(%q) = true", s)
		}
	}
}

// FuzzOtherHousehold: a text with no 家 names no household, and what
// otherHousehold finds it still finds with more said after.
func FuzzOtherHousehold(f *testing.F) {
	for _, s := range []string{"陈二家牛踩了俺玉米", "我家牛", "大家牛羊", "杨家小孩把", "家", "家牛", "🐂家猪"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := otherHousehold(s)
		if got && !strings.Contains(s, "家") {
			t.Errorf("otherHousehold(%q) with no 家", s)
		}
		if got && !otherHousehold(s+"。") {
			t.Errorf("otherHousehold(%q) lost with a 。 after", s)
		}
	})
}
