package understand

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestInCare: a medical alarm whose person is already in hospital or was
// taken by 120 is a general matter its leaders hear of at once, no
// emergency; on the way, wanted, awaited, asked or another hazard stays
// an alarm (alarm78).
func TestInCare(t *testing.T) {
	for text, want := range map[string]bool{
		"俺爹突然脑溢血 送医院了": true, "我爸中风了 已经送到医院了": true, "我妈摔了 腿断了 120拉走了": false,
		"隔壁老王喝农药了 救护车接走了": false, "我妈心脏病犯了 救护车接走了": true, "我爸心梗 在医院抢救": false, "我爸中风了 送到医院了 还昏迷着": false, "我爸刚才突然中风了 120已经拉走了": true,
		// still an alarm
		"刚才老王喝农药了 正在往镇医院送": false, "我爸脑溢血 快送医院": false, "我妈摔倒了 起不来了 120还没来": false, "有人落水了 正在抢救": false, "他被人打进医院了": false,
		"我爸中风了 要不要送医院": false, "我爸中风了 送医院了吗": false, "着火了 有个人烧伤送医院了": false,
		"我爸中风了 快叫120": false, "我家的车被拉走了": false, "老人已经送到医院了 没有生命危险": false,
	} {
		if got := InCare(Hear(text)); got != want {
			t.Errorf("InCare(%q) = %v, want %v", text, got, want)
		}
		r := Rules{}.Read(context.Background(), text)
		if want && (r.Type != village.General || r.Intent != village.IntentReport || r.Category != "其他" || r.Confidence < confSure) {
			t.Errorf("Read(%q) = %s/%s/%s %.2f, want a general report of 其他, settled", text, r.Intent, r.Type, r.Category, r.Confidence)
		}
	}
	wantMedical(t, map[string]bool{"刚才老王喝农药了 正在往镇医院送": true, "我妈摔倒了 起不来了 120还没来": true, "俺爹突然脑溢血 送医院了": false})
	if r := (Rules{}).Read(context.Background(), "着火了 有个人烧伤送医院了"); r.Type != village.Emergency || r.Hazard != village.HazardFire {
		t.Errorf("a fire with one hurt taken away: %s/%s, want a fire alarm", r.Type, r.Hazard)
	}
}

// TestFlaresAndAllergy: high blood pressure and low blood sugar told
// flaring, an allergy with its grave signs, are medical alarms; held,
// treated or an itch they are none (alarm78).
func TestFlaresAndAllergy(t *testing.T) {
	wantMedical(t, map[string]bool{
		"我妈高血压犯了 头晕站不住": true, "高血压犯了 头晕站不住": true, "我爸低血糖晕倒了": true, "他低血糖又犯了": true,
		"孩子过敏 喘不上气": true, "我儿子吃了药过敏 脸肿了": true, "俺娘突发高血压": true,
		// none
		"我有高血压 在吃药": false, "俺娘有高血压 一直吃药": false, "我爸患有高血压好几年了": false, "皮肤过敏 痒得很": false,
		"孩子花粉过敏 打喷嚏": false, "高血压患者能办慢病卡吗": false, "我有低血糖 随身带糖": false,
	})
}

// TestFlareScene: each gets its own first steps, low blood sugar's in
// place of a faint's (alarm78); Ill tells any illness line.
func TestFlareScene(t *testing.T) {
	for _, c := range []struct {
		text                            string
		pressure, sugar, allergy, faint bool
	}{
		{"我妈高血压犯了 头晕站不住", true, false, false, false},
		{"我爸低血糖晕倒了", false, true, false, false},
		{"孩子过敏 喘不上气 脸肿了", false, false, true, false},
		{"我妈晕倒了 叫不醒", false, false, false, true},
	} {
		s := SceneOf(Hear(c.text), village.HazardMedical)
		if s.Pressure != c.pressure || s.Sugar != c.sugar || s.Allergy != c.allergy || s.Faint != c.faint || !s.Ill() {
			t.Errorf("SceneOf(%q) = %+v, want pressure %v sugar %v allergy %v faint %v, ill", c.text, s, c.pressure, c.sugar, c.allergy, c.faint)
		}
	}
	if s := SceneOf(Hear("他从房顶摔下来了"), village.HazardMedical); s.Ill() {
		t.Errorf("a fall tells an illness: %+v", s)
	}
	if s := (Scene{}).Or(Scene{Allergy: true}); !s.Allergy || !s.Ill() {
		t.Errorf("Or lost the allergy: %+v", s)
	}
}

// FuzzInCare: InCare reads any text without panicking, and a hospital
// still to be reached (快送…) never reads as one reached.
func FuzzInCare(f *testing.F) {
	for _, s := range []string{"俺爹突然脑溢血 送医院了", "120拉走了", "车被拉走了", "正在往医院送", "\xff送医院了", "在医院抢救"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "")
		}
		InCare(Hear(s))
		if c := Canon(s + " 快送医院"); inCare(c) {
			t.Errorf("inCare(%q) = true, want the hospital still to reach", c)
		}
	})
}
