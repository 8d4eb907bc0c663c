package understand

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestPartHurt: a body part broken, crushed or caught, or a person caught
// in a machine, is a medical alarm whoever is named; a thing's leg, a
// threat, a near miss, hyperbole and a denial are none (alarm75).
func TestPartHurt(t *testing.T) {
	wantMedical(t, map[string]bool{
		"李四的腿摔断了": true, "王五的手被机器绞了": true, "王五被机器绞了": true, "我的腿摔断了": true, "我爸腿摔断了": true,
		"李四摔断了腿": true, "石头砸断了他的腿": true, "他把腿摔断了": true, "李四的胳膊断了": true, "李四的头摔破了": true,
		"王五的手指头被切掉了": true, "王五让拖拉机轧了": true, "摔得腿都断了": true, "腿断了": true, "他从房顶上摔下来 腿断了": true,
		// none
		"桌腿断了": false, "椅子腿摔断了": false, "桌子的腿断了": false, "狗腿断了": false, "李四家的狗腿断了": false,
		"小心摔断腿": false, "别把腿摔断了": false, "李四的腿差点摔断": false, "李四的腿没摔断": false, "累得我腰都断了": false,
		"笑得我腰都断了": false, "他腰都快累断了": false, "砖头砸破了玻璃": false, "他膝盖摔破了": false, "玉米被机器绞碎了": false,
		"肉被绞了": false, "我家的牛被车轧了": false, "线头断了": false, "李四的手机摔坏了": false, "李四的腿没事吧": false,
		"李四的腿去年摔断过": false, "李四今天去镇上开会了": false,
	})
	// a question or a doubt of it asks, it raises nothing
	for _, text := range []string{"李四腿摔断了？谁说的", "李四的腿摔断了吗"} {
		if r := (Rules{}).Read(context.Background(), text); r.Type == village.Emergency {
			t.Errorf("Read(%q) = %s, want no alarm", text, r.Type)
		}
	}
}

// wantMedical checks each text is read as a medical alarm or not, as
// cases say.
func wantMedical(t *testing.T, cases map[string]bool) {
	t.Helper()
	for text, want := range cases {
		r := Rules{}.Read(context.Background(), text)
		if got := r.Type == village.Emergency && r.Hazard == village.HazardMedical; got != want {
			t.Errorf("Read(%q) = %s/%s, want a medical alarm %v", text, r.Type, r.Hazard, want)
		}
	}
}

// FuzzPartHurt: partHurt reads any text at any of its harm words without
// panicking, and a harm said after a threat's or a near miss's word is
// never one done.
func FuzzPartHurt(f *testing.F) {
	for _, s := range []string{"李四的腿摔断了", "王五被机器绞了", "摔断了腿", "把腿摔断了", "桌腿断了", "断了", "腿\xff断了", "的腿被", "小心腿摔断了"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "")
		}
		for _, w := range partHarms.words {
			eachAt(s, w, func(at int) bool {
				partHurt(s, at)
				return false
			})
			c := canon(normalize("小心" + s + w))
			at := strings.LastIndex(c, w)
			if at >= 0 && !strings.ContainsFunc(c[:at], isBreak) && partHurt(c, at) {
				t.Errorf("partHurt(%q, %d) = true after 小心", c, at)
			}
		}
	})
}

// TestMachineScene: someone caught in a machine gets its steps (stop it,
// cut the power, nobody pulls); a pain called 绞痛 is no machine
// (alarm75).
func TestMachineScene(t *testing.T) {
	for text, want := range map[string]bool{
		"王五的手被机器绞了": true, "他的手卷进脱粒机了": true, "王五被机器绞了": true,
		"我爸心绞痛犯了 快来人": false, "李四的腿摔断了": false,
	} {
		if got := SceneOf(Hear(text), village.HazardMedical).Machine; got != want {
			t.Errorf("SceneOf(%q).Machine = %v, want %v", text, got, want)
		}
	}
}
