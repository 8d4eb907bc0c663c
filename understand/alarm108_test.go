package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestPenFellOnBeasts: beasts under a pen that fell are no person hurt;
// hens run from a coop the snow brought down are no stray (alarm108).
func TestPenFellOnBeasts(t *testing.T) {
	for s, want := range map[string]village.Type{
		"羊圈塌了 羊压在下面了":    village.General,
		"牛棚塌了 牛压在下面了":    village.General,
		"鸡舍让雪压塌了 鸡跑了一院子": village.General,
		"羊圈塌了 俺爹压在下面了":   village.Emergency,
		"拖拉机翻沟里了 俺爹压在下面": village.Emergency,
	} {
		got := (Rules{}).Read(context.Background(), s)
		if got.Type != want || want == village.General && got.Category != village.DangerCategory {
			t.Errorf("Read(%q) = %v/%v, want %v", s, got.Type, got.Category, want)
		}
	}
	if got := (Rules{}).Read(context.Background(), "俺家的羊丢了两只"); got.Category != "治安" {
		t.Errorf("a stray is %v", got.Category)
	}
}

// TestSnowRoof: a roof bent, cracked or creaking under snow is the
// snow-roof caution and a danger now; snow only heavy on it, nobody to
// clear it, is the caution alone (alarm108).
func TestSnowRoof(t *testing.T) {
	for s, want := range map[string][2]bool{ // caution, perilous
		"俺家房子老了 下雪屋顶都压弯了 危房改造今年还能报不": {true, true},
		"雪太厚了 房梁都压弯了 屋里还住着俺娘":        {true, true},
		"屋顶的雪太厚了 房梁嘎吱响":              {true, true},
		"屋顶上的雪压得咯吱响 俺娘还在屋里睡":         {true, true},
		"下了一天雪 俺家屋顶压得咯吱咯吱响 危房改造怎么申请": {true, true},
		"五保户老刘家的屋顶积雪很厚 他一个人扫不了":      {true, false},
		"屋顶压弯了":   {false, false},
		"电线被雪压弯了": {false, false},
	} {
		h := Hear(s)
		if got := Caution(h) == village.HazardSnowRoof; got != want[0] {
			t.Errorf("Caution(%q) = %v", s, Caution(h))
		}
		if got := Perilous(h); got != want[1] {
			t.Errorf("Perilous(%q) = %v", s, got)
		}
	}
}

// TestIceFell: ice on a way someone fell on is the ice caution and a
// danger, registered without asking; a fall only feared, or long ago, is
// none (alarm108).
func TestIceFell(t *testing.T) {
	for s, want := range map[string]bool{
		"后坡那段路结冰了 今早有人骑车摔了": true,
		"桥上全是冰 早上摔了好几个人了":   true,
		"路上结冰了 大家小心别摔了":     false,
		"桥上全是冰 会不会摔":        false,
		"去年冬天这段路结冰 摔过人":     false,
	} {
		h := Hear(s)
		if got := Caution(h) == village.HazardIce && Perilous(h); got != want {
			t.Errorf("%q: caution %v, perilous %v", s, Caution(h), Perilous(h))
		}
	}
	if got := (Rules{}).Read(context.Background(), "后坡那段路结冰了 今早有人骑车摔了"); got.Type != village.General || got.Confidence < confAppeal {
		t.Errorf("read %v at %v", got.Type, got.Confidence)
	}
}

func FuzzAlarm108(f *testing.F) {
	for _, s := range []string{"下雪屋顶都压弯了", "后坡那段路结冰了 今早有人骑车摔了", "鸡舍让雪压塌了", "羊压在下面了", "雪", "冰路摔了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Hear(s)
		_, _ = Caution(h), Perilous(h)
		_, _, _ = roofSags(h.Canon), iceFell(h.Canon), penFellRe.MatchString(h.Canon)
		if SnowRoof(h) && !containsAny(h.Canon, newLexicon("雪")) {
			t.Fatalf("SnowRoof(%q) with no snow", s)
		}
	})
}
