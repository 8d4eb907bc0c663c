package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestIceFormedSaid: ice said with how much of it between 结 and 冰 is
// the 结冰 of a way's report; frost on a window and 结的冰 are not
// (alarm111: 「我家门口结了一大片冰 滑得很」 got no answer).
func TestIceFormedSaid(t *testing.T) {
	for s, want := range map[string]village.Intent{
		"我家门口结了一大片冰 滑得很":       village.IntentReport,
		"桥上结了厚厚一层冰 骑车的都得下来推着走": village.IntentReport,
		"门口结了层薄冰 走路直打滑":        village.IntentReport,
		"窗户上结了一层冰花 真好看":        village.IntentNoise,
		"今年冬天结的冰真厚啊":           village.IntentNoise,
	} {
		r := Rules{}.Read(context.Background(), s)
		if r.Intent != want || want == village.IntentReport && (r.Type != village.General || r.Category != "道路交通") {
			t.Errorf("%q: %s %s %s; want %s", s, r.Intent, r.Type, r.Category, want)
		}
	}
	if got := Canon("门口结了一大片冰 滑得很"); got != "门口结了冰 滑得很" {
		t.Errorf("Canon = %q", got)
	}
}

// TestSpotOfTheHurt: where a medical alarm puts the hurt, for the place
// the 120 call names (alarm111).
func TestSpotOfTheHurt(t *testing.T) {
	for s, want := range map[string]village.Spot{
		"我妈刚在家里摔了一跤 起不来了 腿可能断了": village.SpotHome,
		"俺爹在院子里滑倒了 动不了":         village.SpotHome,
		"有人被车撞了 躺地上不动":          village.SpotOut,
		"俺爹在村口路上摔了 起不来":         village.SpotOut,
		"开车撞见一个老太太摔倒了 起不来了":     village.SpotOut,
		"我妈晕倒了 叫不醒":             village.SpotUnsaid,
	} {
		if got := SceneOf(Hear(s), village.HazardMedical).Spot; got != want {
			t.Errorf("Spot(%q) = %v; want %v", s, got, want)
		}
	}
	if got := SceneOf(Hear("家里着火了"), village.HazardFire).Spot; got != village.SpotUnsaid {
		t.Errorf("a fire's spot = %v", got)
	}
}

// TestOneSingledOut: one of a number told in danger is said as one, and
// a child (alarm111); a count, or nobody singled out, is not.
func TestOneSingledOut(t *testing.T) {
	for s, want := range map[string]string{
		"河面上几个娃在滑冰 冰裂了 有个娃掉下去了": "一个孩子",
		"几个人在河边钓鱼 其中一个掉河里了":     "一个人",
		"两个娃掉冰窟窿里了":             "",
		"河面上几个娃在滑冰":             "",
		"有个娃掉冰窟窿里了":             "",
	} {
		if got := SceneOf(Hear(s), village.HazardMedical).One; got != want {
			t.Errorf("One(%q) = %q; want %q", s, got, want)
		}
	}
	if got := SceneOf(Hear("几个人在打架 有一个被打伤了"), village.HazardCrime).One; got != "" {
		t.Errorf("a fight's one = %q", got)
	}
}

// TestUnmet: 撞见 is taken out before crash words are read (alarm111).
func TestUnmet(t *testing.T) {
	if got := Unmet("开车撞见一个老太太摔倒了"); got != "开车一个老太太摔倒了" {
		t.Errorf("Unmet = %q", got)
	}
}

// TestColdScene: someone down in the snow or frozen stiff gets the
// warming steps (alarm111).
func TestColdScene(t *testing.T) {
	for s, want := range map[string]bool{
		"村口小卖部门口有人喝多了躺在雪地里 叫不醒": true,
		"俺爹在外面冻僵了 说不出话":         true,
		"我妈晕倒了 叫不醒":             false,
	} {
		sc := SceneOf(Hear(s), village.HazardMedical)
		if sc.Cold != want || want && !sc.Ill() {
			t.Errorf("Cold(%q) = %v (Ill %v); want %v", s, sc.Cold, sc.Ill(), want)
		}
	}
}

// TestSpeechAndBalance: speech gone thick with balance lost is a
// stroke's alarm; an argument that 站不住脚 is none (alarm111).
func TestSpeechAndBalance(t *testing.T) {
	for s, want := range map[string]bool{
		"俺爹突然头晕 站不住 说话也说不清了":     true,
		"俺娘说话不利索了 走路也走不稳 刚才还好好的": true,
		"他那个理由我也说不清楚 反正站不住脚":     false,
	} {
		r := Rules{}.Read(context.Background(), s)
		if got := r.Type == village.Emergency && r.Hazard == village.HazardMedical; got != want {
			t.Errorf("%q: %s %s %s; want alarm %v", s, r.Intent, r.Type, r.Hazard, want)
		}
	}
	if !SceneOf(Hear("俺娘说话不利索了 走路也走不稳"), village.HazardMedical).Stroke {
		t.Error("no stroke's steps")
	}
}

// TestMissingChild: a missing child is said to be one; a child's father
// named by the child is not (alarm111).
func TestMissingChild(t *testing.T) {
	for s, want := range map[string]bool{
		"俺家小孙子出去玩到现在还没回来 找遍了也没找着":   true,
		"孩子他爹早上上山砍柴 天黑了还没回来 电话也打不通": false,
		"俺娘早上出去到现在没回来":              false,
	} {
		if got := SceneOf(Hear(s), village.HazardMissing).Child; got != want {
			t.Errorf("Child(%q) = %v; want %v", s, got, want)
		}
	}
	if SceneOf(Hear("孩子摔倒了"), village.HazardMedical).Child {
		t.Error("a child's fall read as missing")
	}
}

func FuzzAlarm111(f *testing.F) {
	for _, s := range []string{"门口结了一大片冰", "结了一层冰花", "几个娃 有个娃掉下去了", "开车撞见", "在家里摔了", "结了冰"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Hear(s)
		sc := SceneOf(h, village.HazardMedical)
		if sc.One != "" && sc.Count != "" {
			t.Fatalf("%q: one %q beside count %q", s, sc.One, sc.Count)
		}
		if sc.Spot < village.SpotUnsaid || sc.Spot > village.SpotOut {
			t.Fatalf("%q: spot %v", s, sc.Spot)
		}
		_ = Unmet(h.Canon)
		_ = Canon(h.Canon)
	})
}
