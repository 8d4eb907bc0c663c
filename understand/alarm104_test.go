package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestGoesInToo: one gone in and down as well is Too; the first one's
// 「喊也不应」 or one only going is not (alarm104).
func TestGoesInToo(t *testing.T) {
	for _, c := range []struct {
		text string
		too  bool
	}{
		{"他儿子下去也没上来", true},
		{"他家老二下去救他爹 也晕在里面了", true},
		{"下去了两个人 都没上来", true},
		{"我下去把他拉上来", false},
		{"他下去了 喊也不应", false},
		{"千万别下去 也没用", false},
	} {
		if g := GoesIn(Hear(c.text)); g.Too != c.too {
			t.Errorf("%s: %+v, want Too %v", c.text, g, c.too)
		}
	}
}

// TestFellUntold: a fall told with nothing of how he is; a near miss, a
// warning, a thing, one fine or mended, days ago are none (alarm104).
func TestFellUntold(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"俺爹骑摩托车在冰上摔了", true},
		{"我妈在院里冰上滑了一跤", true},
		{"路太滑了 小心别摔了", false},
		{"我差点摔了", false},
		{"手机摔了", false},
		{"俺爹骑摩托车在冰上摔了 人没事", false},
		{"昨天俺爹摔了一跤 今天好多了", false},
		{"上个礼拜俺娘摔了一跤", false},
		{"孩子在冰上玩 摔了好几跤 哈哈", false},
	} {
		if got := FellUntold(Hear(c.text)); got != c.want {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
	r := Rules{}.Read(context.Background(), "昨天俺爹摔了一跤 今天好多了")
	if r.Type == village.Emergency {
		t.Errorf("mended: %+v, want no alarm", r)
	}
}

// TestAlarm104Reads: one down a well not answering, one pinned under an
// overturned vehicle are alarms; a load under it is none (alarm104).
func TestAlarm104Reads(t *testing.T) {
	for _, c := range []struct {
		text  string
		alarm bool
	}{
		{"俺家那口子下井修水泵 好半天没动静", true},
		{"刚才村口三轮车在冰上翻了 有人压在底下", true},
		{"拖拉机翻沟里了 俺爹压在下面", true},
		{"三轮车翻了 一车白菜压在底下 可惜了", false},
		{"水井没水了 抽不上来", false},
	} {
		if r := (Rules{}).Read(context.Background(), c.text); (r.Type == village.Emergency) != c.alarm {
			t.Errorf("%s: %+v, want alarm %v", c.text, r, c.alarm)
		}
	}
	if s := SceneOf(Hear("俺家那口子下井修水泵 好半天没动静"), village.HazardMedical); !s.Pit {
		t.Errorf("well: %+v, want Pit", s)
	}
}

// FuzzAlarm104: GoesIn and FellUntold take any text.
func FuzzAlarm104(f *testing.F) {
	for _, s := range []string{"他儿子下去也没上来", "俺爹骑摩托车在冰上摔了", "也", "下去也", "摔了", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		said := Hear(s)
		_ = GoesIn(said)
		_ = FellUntold(said)
	})
}
