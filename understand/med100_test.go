package understand

import "testing"

// TestOccasionSubjects: a wedding's or funeral's quarrel and an
// inheritance's name the same thing across both sides' words (med100):
// on main 陈二's 「办喜事放两天音乐咋了」 shared nothing with 张三's
// account of the wedding's canopy and loudspeakers, and was dropped.
func TestOccasionSubjects(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"陈二家办喜事搭棚子把路堵了，音响放到半夜十二点", "办喜事放两天音乐咋了 谁家没个红白事", true},
		{"陈二家办喜事搭棚子把路堵了", "结婚热闹两天咋了 棚子正月初六前就拆", true},
		{"他家音响放到半夜", "放点音乐咋了", true},
		{"爹留下的老房子他一个人占着", "老宅是我出钱修的 凭啥分给他", true},
		{"分家的时候说好老房子归我", "遗产凭啥都归你", true},
		{"陈二家办喜事搭棚子把路堵了", "他家的大棚塌了", false},
		{"陈二家的狗天天叫", "办喜事热闹两天咋了", false},
	} {
		if got := SharesSubject(Hear(c.a), Hear(c.b)); got != c.same {
			t.Errorf("SharesSubject(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}
