package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// read is what the rules read of s: its intent, type and hazard.
func read112(s string) village.Reading {
	return Rules{}.Read(context.Background(), s)
}

// TestDizzyUnsteady: dizzy and unsteady told together of a sudden is a
// medical alarm with the dizzy line; a drinker's, a squat's or one said
// to pass is none (alarm112: 「天太冷了 俺爹出去一趟回来就说头晕 站不稳」 was
// silence).
func TestDizzyUnsteady(t *testing.T) {
	for s, alarm := range map[string]bool{
		"天太冷了 俺爹出去一趟回来就说头晕 站不稳":     true,
		"俺娘早上起来头晕得厉害 站都站不住":         true,
		"俺爹扫完雪进屋 说头晕 走路打晃":          true,
		"喝多了 头晕站不稳":                 false,
		"蹲着择菜蹲久了 一站起来头晕 站不稳 缓一会就好了": false,
		"俺爹头晕好几年了 走路不稳":             false,
		"这个政策讲得我头晕":                 false,
	} {
		r := read112(s)
		if got := r.Type == village.Emergency && r.Hazard == village.HazardMedical; got != alarm {
			t.Errorf("%q: %s %s %s; want alarm %v", s, r.Intent, r.Type, r.Hazard, alarm)
		}
	}
	sc := SceneOf(Hear("天太冷了 俺爹出去一趟回来就说头晕 站不稳"), village.HazardMedical)
	if !sc.Dizzy || !sc.Ill() || sc.Spot != village.SpotHome {
		t.Errorf("scene = %+v; want Dizzy, at home", sc)
	}
	if sc := SceneOf(Hear("俺爹突然头晕 站不住 说话也说不清了"), village.HazardMedical); !sc.Dizzy || !sc.Stroke {
		t.Errorf("stroke's balance: %+v", sc)
	}
}

// TestColdOvercomes: one frozen stiff or dazed by the cold is an alarm
// with the warming steps; a numb hand is none (alarm112).
func TestColdOvercomes(t *testing.T) {
	for s, alarm := range map[string]bool{
		"村口有个老人冻得直哆嗦 叫他也不说话":    true,
		"桥头蹲着个老汉 冻得浑身哆嗦 问他啥也不说": true,
		"俺姥爷在地里看大棚 冻僵了":         true,
		"老人在外面冻僵了":              true,
		"今天好冷 骑车上班手都冻僵了":        false,
		"冻得直哆嗦 这天真冷":            false,
		"水管冻坏了":                 false,
	} {
		r := read112(s)
		if got := r.Type == village.Emergency && r.Hazard == village.HazardMedical; got != alarm {
			t.Errorf("%q: %s %s %s; want alarm %v", s, r.Intent, r.Type, r.Hazard, alarm)
		}
		if alarm && !SceneOf(Hear(s), village.HazardMedical).Cold {
			t.Errorf("%q: no Cold scene", s)
		}
	}
}

// TestKangFumes: a heated brick bed's fumes are a stove's (alarm112).
func TestKangFumes(t *testing.T) {
	for _, s := range []string{"俺家烧炕 一家人都头疼恶心", "炕烧得太旺 俺爹俺娘早上起来都头疼恶心"} {
		r := read112(s)
		if r.Type != village.Emergency || r.Hazard != village.HazardGas {
			t.Errorf("%q: %s %s %s; want a gas alarm", s, r.Intent, r.Type, r.Hazard)
		}
		if !SceneOf(Hear(s), village.HazardGas).Coal {
			t.Errorf("%q: no Coal scene", s)
		}
	}
}

// TestCoachOverturned: a vehicle that carries people overturned is an
// alarm, a crash for 122, a coach's load many; a cart's load or a near
// miss is none (alarm112).
func TestCoachOverturned(t *testing.T) {
	for s, alarm := range map[string]bool{
		"打工回来的大巴在村口翻了":             true,
		"拉着一车打工的回来 中巴在坡底下翻了":       true,
		"一辆面包车在村口翻了":               true,
		"三轮车翻了 一车白菜压在底下 可惜了":       false,
		"昨天坐的大巴在高速上差点翻了 吓死我了 幸好没事": false,
	} {
		r := read112(s)
		if got := r.Type == village.Emergency && r.Hazard == village.HazardMedical; got != alarm {
			t.Errorf("%q: %s %s %s; want alarm %v", s, r.Intent, r.Type, r.Hazard, alarm)
		}
	}
	sc := SceneOf(Hear("打工回来的大巴在村口翻了"), village.HazardMedical)
	if !sc.Crash || sc.Count != "多人" {
		t.Errorf("coach scene = %+v; want Crash, 多人", sc)
	}
	if sc := SceneOf(Hear("一辆面包车在村口翻了"), village.HazardMedical); !sc.Crash || sc.Count != "" {
		t.Errorf("van scene = %+v; want Crash, no count", sc)
	}
}

// TestHurtAway: kin hurt far away and in hospital is the family's item
// (InCare, HurtAway), no alarm; at home, on the way or dead it is not
// (alarm112: 「俺儿子在高速上追尾了 人在医院」 was an alarm with on-scene steps).
func TestHurtAway(t *testing.T) {
	for s, away := range map[string]bool{
		"俺儿子在高速上追尾了 人在医院":            true,
		"俺家大小子在外省干活 开车出了车祸 人在医院呢":    true,
		"孩子他爸开车往回赶 在高速上出事了 已经送到医院了":  true,
		"俺闺女开车回来过年 在高速上出事了 住院了":      true,
		"我家老头子在镇上被车撞了 送到医院了":         true,
		"俺儿子在高速上追尾了 人在医院 正在抢救":       true,
		"俺儿子在高速上追尾了":                 false,
		"俺儿子在高速上追尾了 还没送医院":           false,
		"俺儿子在高速上出车祸 人没了":             false,
		"俺爹在村口被车撞了 送到医院了":            false,
		"刚才有个电话说我儿子出车祸了 在医院 让马上转钱过去": false,
	} {
		h := Hear(s)
		if got := HurtAway(h); got != away {
			t.Errorf("HurtAway(%q) = %v; want %v", s, got, away)
		}
		if !away {
			continue
		}
		r := read112(s)
		if r.Intent != village.IntentReport || r.Type != village.General || !InCare(h) {
			t.Errorf("%q: %s %s; want a general report in care", s, r.Intent, r.Type)
		}
	}
	if r := read112("俺儿子在高速上追尾了"); r.Type != village.Emergency {
		t.Errorf("a crash not told in hospital: %s %s", r.Intent, r.Type)
	}
}

func FuzzAlarm112(f *testing.F) {
	for _, s := range []string{"俺爹回来就说头晕 站不稳", "冻得直哆嗦 叫他也不说话", "手都冻僵了", "烧炕 头疼恶心", "大巴翻了", "俺儿子在高速上追尾了 人在医院", "在县医院", "不在医院"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Hear(s)
		sc := SceneOf(h, village.HazardMedical)
		if sc.Dizzy && !sc.Ill() {
			t.Fatalf("%q: dizzy but not ill", s)
		}
		if HurtAway(h) && !InCare(h) {
			t.Fatalf("%q: away but not in care", s)
		}
		_ = partFrozen(h.Canon, len(h.Canon))
		_ = thingHit(h.Canon, len(h.Canon))
	})
}

// TestSkaterThrough: one of the skaters gone down is through the ice: the
// ice's lines, no fall's (alarm112).
func TestSkaterThrough(t *testing.T) {
	sc := SceneOf(Hear("俺家孩子放寒假回来 跟几个同学去水库滑冰 有一个掉下去了"), village.HazardMedical)
	if !sc.Ice || !sc.Drown || sc.Fall {
		t.Errorf("scene = %+v; want Ice, no Fall", sc)
	}
	if sc := SceneOf(Hear("俺爹在冰上滑倒了 起不来"), village.HazardMedical); sc.Ice || !sc.Fall {
		t.Errorf("a fall on the ice = %+v; want Fall, no Ice", sc)
	}
}

// TestStruckByATree: someone struck by a tree or a stone is an alarm; a
// car or a pen struck is not (alarm112: silence).
func TestStruckByATree(t *testing.T) {
	for s, alarm := range map[string]bool{
		"老张在山上砍柴 被树砸了 腿动不了": true,
		"俺爹上山砍柴让树砸了":        true,
		"俺家车被树砸了":           false,
		"羊圈被石头砸了个洞":         false,
	} {
		r := read112(s)
		if got := r.Type == village.Emergency && r.Hazard == village.HazardMedical; got != alarm {
			t.Errorf("%q: %s %s %s; want alarm %v", s, r.Intent, r.Type, r.Hazard, alarm)
		}
	}
}
