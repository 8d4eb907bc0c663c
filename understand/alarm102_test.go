package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestAlarm102Reads: round 101's leftovers and the cellar, as the rules
// read them (alarm102).
func TestAlarm102Reads(t *testing.T) {
	for _, c := range []struct {
		text    string
		intent  village.Intent
		typ     village.Type
		hazard  village.Hazard
		caution village.Hazard
	}{
		{"孩子玩摔炮 把眼睛崩到了 一直哭", village.IntentReport, village.Emergency, village.HazardMedical, ""},
		{"二踢脚崩到俺孙子脸上了 快来人", village.IntentReport, village.Emergency, village.HazardMedical, ""},
		{"放炮的时候小心点 别崩到眼睛", village.IntentNoise, village.General, "", ""},
		{"鞭炮没崩到人 就是吓了一跳", village.IntentNoise, village.General, "", ""},
		{"牛还在里面压着呢", village.IntentReport, village.General, "", village.HazardPenned},
		{"我家狗还在里面 出不来", village.IntentNoise, village.General, "", ""},
		{"炭盆把被子引着了 赶紧用水浇灭了 人没事", village.IntentReport, village.General, "", village.HazardSmoulder},
		{"炭盆把被子引着了 火扑灭了 屋里都是烟", village.IntentReport, village.General, "", village.HazardSmoulder},
		{"电瓶车充电着火了 已经扑灭了 楼道里都是烟", village.IntentReport, village.General, "", village.HazardSmoulderPlug},
		{"衷心感谢乡亲们！前天夜里我家柴房着火，火很快被扑灭，这份恩情我们记在心里。", village.IntentNoise, village.General, "", ""},
		{"着火了 快拿水浇灭", village.IntentReport, village.Emergency, village.HazardFire, ""},
		{"俺爹下菜窖拿白菜 半天没上来 喊也不应", village.IntentReport, village.Emergency, village.HazardMedical, ""},
		{"隔壁清沼气池 人下去就没上来 快来人", village.IntentReport, village.Emergency, village.HazardMedical, ""},
		{"下地窖之前先开盖通通风 别憋晕在里面", village.IntentNoise, village.General, "", ""},
		{"屋里冷得跟冰窖一样 炉子灭了", village.IntentReport, village.General, "", village.HazardCold},
	} {
		r := Rules{}.Read(context.Background(), c.text)
		if r.Intent != c.intent || r.Type != c.typ || r.Hazard != c.hazard {
			t.Errorf("%s: got %s %s %s, want %s %s %s", c.text, r.Intent, r.Type, r.Hazard, c.intent, c.typ, c.hazard)
		}
		if c.caution != "" {
			if got := Caution(Hear(c.text)); got != c.caution {
				t.Errorf("%s: caution %s, want %s", c.text, got, c.caution)
			}
		}
	}
}

// TestAlarm102Scene: the eye's and the cellar's lines, and no fall for a
// 摔炮 (alarm102).
func TestAlarm102Scene(t *testing.T) {
	s := SceneOf(Hear("孩子玩摔炮 把眼睛崩到了 一直哭"), village.HazardMedical)
	if !s.Eye || s.Fall || s.Burn {
		t.Errorf("firecracker eye: %+v, want Eye, no Fall, no Burn", s)
	}
	s = SceneOf(Hear("放鞭炮把孩子手炸伤了 流了好多血"), village.HazardMedical)
	if s.Eye || !s.Burn {
		t.Errorf("firecracker hand: %+v, want Burn, no Eye", s)
	}
	s = SceneOf(Hear("俺爹下菜窖拿白菜 半天没上来"), village.HazardMedical)
	if !s.Pit {
		t.Errorf("cellar: %+v, want Pit", s)
	}
}

// FuzzAlarm102 runs the new readers over any text: no panic, and the
// pit's trouble is never told where no pit word stands.
func FuzzAlarm102(f *testing.F) {
	for _, s := range []string{"孩子玩摔炮 把眼睛崩到了 一直哭", "俺爹下菜窖拿白菜 半天没上来 喊也不应", "下地窖之前先开盖通通风 别憋晕在里面", "炭盆把被子引着了 赶紧用水浇灭了 人没事", "牛还在里面压着呢", "", "别"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := canon(unspace(normalize(s)))
		_ = pitTroubled(c)
		_ = smoulders(c)
		_ = firePutOutBefore(c, len(c))
		for i := range c {
			_ = blastSpared(c, i)
		}
		_ = SceneOf(Hear(s), village.HazardMedical)
	})
}
