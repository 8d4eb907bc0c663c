package understand

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/village"
)

// TestTruthAskedRetractsNothing: 「真的假的」 asks; 「假的」 told takes an
// alarm back (alarm107).
func TestTruthAskedRetractsNothing(t *testing.T) {
	for s, want := range map[string]bool{
		"听说今年高龄补贴不发了 真的假的": false,
		"着火了？是真是假":         false,
		"假的 是他家烧秸秆":        true,
		"搞错了 没着火":          true,
	} {
		if got := Retracts(Hear(s)); got != want {
			t.Errorf("Retracts(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFallDaysBack: a fall yesterday or before, no hurt told now, is no
// alarm; one told today, or still hurting, is (alarm107).
func TestFallDaysBack(t *testing.T) {
	for s, want := range map[string]village.Type{
		"老刘家门口泼水冻成冰了 我妈昨天在那摔了一跤": village.General,
		"前天俺爹在冰上滑倒了 现在还下不了床":     village.Emergency,
		"我妈昨晚摔了一跤 腿肿得老高 一直喊疼":    village.Emergency,
		"昨天下了一夜雪 今天早上我妈在门口摔了一跤":  village.Emergency,
		"我妈摔了一跤": village.Emergency,
	} {
		if got := (Rules{}).Read(context.Background(), s); got.Type != want || want == village.General && got.Intent != village.IntentReport {
			t.Errorf("Read(%q) = %v/%v, want %v", s, got.Intent, got.Type, want)
		}
	}
	if r := (Rules{}).Read(context.Background(), "听说今年高龄补贴不发了 真的假的"); r.Intent != village.IntentQuery {
		t.Errorf("the rumour asked is %v, want a query", r.Intent)
	}
}

// TestIceGaveWay: the ice that gave way is a drowning's, no collapse
// (alarm107).
func TestIceGaveWay(t *testing.T) {
	for s, want := range map[string]village.Hazard{
		"河湾那冰面塌了 俩孩子掉下去了 快来人": village.HazardMedical,
		"老屋塌了 快来人":            village.HazardCollapse,
	} {
		if got := (Rules{}).Read(context.Background(), s); got.Type != village.Emergency || got.Hazard != want {
			t.Errorf("Read(%q) = %v/%v, want an emergency of %v", s, got.Type, got.Hazard, want)
		}
	}
}

// TestOnTheIce: people told on the ice are counted in danger (alarm107).
func TestOnTheIce(t *testing.T) {
	for s, want := range map[string]string{
		"冰上还有两个人":     "两人",
		"冰面上还站着俩小孩呢":  "两人",
		"还有三个人在冰上":    "三人",
		"冰上有人":        "",
		"快叫两个人来 冰上有人": "",
	} {
		if got := InDanger(Hear(s)); got != want {
			t.Errorf("InDanger(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFallTold: the lift question is cut off the fall (alarm107).
func TestFallTold(t *testing.T) {
	for s, want := range map[string]string{
		"老人摔了能不能扶":         "老人摔了",
		"俺妈在院里冰上摔了，能扶起来吗？": "俺妈在院里冰上摔了",
		"俺爹摔了 能不能扶 他说腰疼":   "俺爹摔了 他说腰疼",
		"能不能扶":             "能不能扶",
		"俺爹在冰上摔了":          "俺爹在冰上摔了",
	} {
		if got := FallTold(s); got != want {
			t.Errorf("FallTold(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzAlarm107 runs the alarm107 readers on any text.
func FuzzAlarm107(f *testing.F) {
	for _, s := range []string{"老人摔了能不能扶", "冰上还有两个人", "我妈昨天在那摔了一跤", "真的假的", "能不能扶，", "昨天"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Hear(s)
		_ = Retracts(h)
		if n := InDanger(h); n != "" && rankOf(n) == 0 {
			t.Fatalf("InDanger(%q) = %q, unranked", s, n)
		}
		told := FallTold(s)
		if utf8.ValidString(s) && !utf8.ValidString(told) || len(told) > len(s) || s != "" && told == "" {
			t.Fatalf("FallTold(%q) = %q", s, told)
		}
		for at := range len(s) + 1 {
			_ = fellDaysBack(strings.ToValidUTF8(s, ""), min(at, len(strings.ToValidUTF8(s, ""))))
		}
	})
}
