package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestCollapseNobodyHurt: a room fallen in with nobody hurt is still an
// alarm (it may go on falling), a wall's bit a report; the people being
// safe calls neither off (alarm110).
func TestCollapseNobodyHurt(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  village.Type
		h    village.Hazard
	}{
		{"下了一夜雪 俺家老房子灶屋塌了一角 人都没事", village.Emergency, village.HazardCollapse},
		{"昨晚雪压的 后院柴房塌了半边 还好没事", village.Emergency, village.HazardCollapse},
		{"院墙塌了一角 人都没事", village.General, village.HazardNone},
	} {
		r := Rules{}.Read(context.Background(), c.text)
		if r.Intent != village.IntentReport || r.Type != c.typ || r.Hazard != c.h {
			t.Errorf("%q: %s %s %s; want report %s %s", c.text, r.Intent, r.Type, r.Hazard, c.typ, c.h)
		}
	}
	// a place resolved still calls it off; a fall's 没事 is the person's
	for _, s := range []string{"俺家灶屋塌了 已经处理好了", "摔倒了 还好没事"} {
		if r := (Rules{}).Read(context.Background(), s); r.Intent == village.IntentReport && r.Type == village.Emergency {
			t.Errorf("%q: an emergency", s)
		}
	}
}

// TestOneOfMany: one of a number singled out is that one, no crowd in
// danger; one of them rescued leaves the others in it (alarm110).
func TestOneOfMany(t *testing.T) {
	for s, want := range map[string]string{
		"河面上几个娃在滑冰 冰裂了 有个娃掉下去了": "",
		"两个娃掉冰窟窿里了":             "两人",
		"几个人在冰上 有一个掉下去了 还有俩在冰上": "多人",
	} {
		if got := InDanger(Hear(s)); got != want {
			t.Errorf("InDanger(%q) = %q; want %q", s, got, want)
		}
	}
	r := Rules{}.Read(context.Background(), "两个娃掉冰窟窿里了 有一个救上来了")
	if r.Type != village.Emergency || r.Hazard != village.HazardMedical {
		t.Errorf("one of two rescued: %s %s %s", r.Intent, r.Type, r.Hazard)
	}
	if r := (Rules{}).Read(context.Background(), "娃掉冰窟窿里了 已经救上来了"); r.Type == village.Emergency {
		t.Error("a rescue told whole still an emergency")
	}
}

// TestCrashSeen: 撞见 (met by chance) is no crash; a vehicle in a ditch
// with 到 unsaid, and two vehicles 撞一起, are (alarm110).
func TestCrashSeen(t *testing.T) {
	for s, want := range map[string]bool{
		"开车撞见有人倒在路边 一动不动": false,
		"开车撞见村口两辆车撞一起了":   true,
		"有辆车翻沟里了":         true,
		"大货车把人撞了 人不动了":    true,
	} {
		if got := SceneOf(Hear(s), village.HazardMedical).Crash; got != want {
			t.Errorf("Crash(%q) = %v; want %v", s, got, want)
		}
	}
	for _, s := range []string{"有辆车翻沟里了", "开车撞见村口两辆车撞一起了"} {
		if r := (Rules{}).Read(context.Background(), s); r.Type != village.Emergency {
			t.Errorf("%q: %s %s", s, r.Intent, r.Type)
		}
	}
	if r := (Rules{}).Read(context.Background(), "一辆三轮车滑沟里去了 人自己爬出来了"); r.Intent != village.IntentReport || r.Category != "道路交通" {
		t.Errorf("off the road: %s %s %s", r.Intent, r.Type, r.Category)
	}
	if offRoadRe.MatchString(Hear("拖拉机在地里开沟 沟里都是水").Canon) {
		t.Error("开沟 read as a vehicle off the road")
	}
}

func FuzzAlarm110(f *testing.F) {
	for _, s := range []string{"俺家灶屋塌了一角 人都没事", "两个娃掉冰窟窿里了 有一个救上来了", "开车撞见", "有个娃掉下去了", "塌"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Hear(s)
		_ = CrashTold(h)
		_ = InDanger(h)
		_ = collapsed(h.Canon)
		_ = beforeOne(h.Canon)
		for i := range h.Canon {
			_ = oneOfMany(h.Canon, i)
		}
		if InDanger(h) != "" && !countSaid.MatchString(h.Canon) && !downAfter(h.Canon) {
			t.Fatalf("InDanger(%q) with no number said", s)
		}
	})
}
