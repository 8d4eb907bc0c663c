package understand

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestSuddenIllness: a sudden illness is a medical alarm with or without a
// cry; one long-standing, treated, had before or asked about for relief
// is none; a small cut that bleeds is none, bleeding that will not stop
// is; an animal's leg is no person's (alarm76).
func TestSuddenIllness(t *testing.T) {
	wantMedical(t, map[string]bool{
		"我爸心绞痛犯了 快来人": true, "我爸心绞痛犯了": true, "我爸心绞痛又犯了": true, "俺娘脑梗了": true, "我爸突发脑梗": true,
		"我爸脑溢血": true, "我妈心梗了": true, "我爸中风了": true, "哮喘发作了 喘不过来": true, "他突发心脏病": true,
		"娃高烧不退": true, "孩子发高烧 烧到40度 抽起来了": true, "隔壁老王喝农药了": true, "我妈晕倒了 叫不醒": true,
		"手被镰刀割了个大口子 流血不止": true, "手割了个大口子 血一直流": true, "我手划了个口子 血止不住": true,
		"切菜把手切了 流了好多血": true, "他被狗咬了 腿上流血了": true, "牛把人顶伤了": true, "隔壁大哥被马踢了 腿断了": true,
		"老马的腿断了": true, "马大姐的腿断了": true,
		// none
		"我爸心脏不好 在吃药": false, "我爸有心绞痛": false, "我爸前年中风过 现在能走了": false, "我爸中风好几年了 瘫在床上": false,
		"我爸脑梗住院了": false, "他有心脏病又犯了": true, "他被人砍了个大口子 流血了": true, "脑梗后遗症能报销吗": false, "村里有个中风病人": false, "他有哮喘": false, "孩子发烧了": false,
		"孩子高烧不退 住院了": false, "手划破了": false, "手指头划破了 流血了": false, "腿上划了个口子 流血了": false,
		"手被镰刀割了个大口子": false, "马的腿断了": false, "我家马的腿摔断了": false, "那匹马摔断了腿": false, "牛的腿断了": false,
	})
}

// TestIllnessScene: each sudden illness gets its own first steps, and a
// bleeding that will not stop its own unless a fall's or a machine's
// steps say it (alarm76).
func TestIllnessScene(t *testing.T) {
	type pick func(Scene) bool
	heart, stroke, fit := pick(func(s Scene) bool { return s.Heart }), pick(func(s Scene) bool { return s.Stroke }), pick(func(s Scene) bool { return s.Fit })
	poison, faint := pick(func(s Scene) bool { return s.Poison }), pick(func(s Scene) bool { return s.Faint })
	fever, bleed := pick(func(s Scene) bool { return s.Fever }), pick(func(s Scene) bool { return s.Bleed })
	for _, c := range []struct {
		text string
		is   pick
		want bool
	}{
		{"我爸心绞痛犯了 快来人", heart, true}, {"俺娘脑梗了", stroke, true}, {"我爸嘴歪了 说不出话", stroke, true},
		{"孩子抽风了", fit, true}, {"他喝药了", poison, true}, {"我妈晕倒了 叫不醒", faint, true},
		{"娃高烧不退", fever, true}, {"手被镰刀割了个大口子 流血不止", bleed, true},
		{"他从房顶摔下来了 血止不住", bleed, false}, {"捞上来了 没气了 叫不醒", faint, false}, {"俺娘脑梗了", heart, false},
	} {
		if got := c.is(SceneOf(Hear(c.text), village.HazardMedical)); got != c.want {
			t.Errorf("SceneOf(%q): %v, want %v", c.text, got, c.want)
		}
	}
	if s := SceneOf(Hear("我爸心绞痛犯了"), village.HazardFire); s.Heart {
		t.Errorf("a fire's scene has a heart's steps")
	}
}

// FuzzIllness: notStruck, smallCut and animalOwns read any text at any
// illness or bleeding word without panicking, and an illness told had
// before (过 after it) never strikes.
func FuzzIllness(f *testing.F) {
	for _, s := range []string{"我爸心绞痛犯了", "俺娘脑梗了", "中风过", "手划破了 流血了", "马的腿断了", "\xff心梗", "有哮喘", "2018年脑梗"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "")
		}
		for _, w := range illnesses.words {
			eachAt(s, w, func(at int) bool {
				notStruck(s, at)
				return false
			})
			c := s + w + "过"
			if !notStruck(c, len(c)-len(w+"过")) {
				t.Errorf("notStruck(%q) = false, want an illness had before", c)
			}
		}
		eachAt(s, "流血", func(at int) bool {
			smallCut(s, at)
			return false
		})
		animalOwns(s)
	})
}
