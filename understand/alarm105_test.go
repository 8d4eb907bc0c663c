package understand

import "testing"

// TestInDanger: the number of people told hurt or in danger (alarm105).
func TestInDanger(t *testing.T) {
	for s, want := range map[string]string{
		"沼气池里下去俩人了 都没上来":     "两人",
		"他家老二下去救他爹 也没上来 快来人": "两人",
		"一家三口都煤气中毒了":         "三人",
		"几个人都晕在菜窖里了":         "多人",
		"快来几个人帮忙 俺爹掉菜窖里了":    "",
		"俺爹下菜窖半天了 也没上来":      "",
		"叫两个人来抬一下":           "",
		"两口子都晕倒了 快来人":        "两人",
		"俺爹下去拿白菜 半天没上来 喊也不应": "",
	} {
		if got := InDanger(Hear(s)); got != want {
			t.Errorf("InDanger(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestRescueGoneWrong: one gone down after another and in trouble too is
// the pit's scene, in the water a drowning's (alarm105).
func TestRescueGoneWrong(t *testing.T) {
	if !DownAfter(Hear("他家老二下去救他爹 也没上来")) || DownAfter(Hear("下河救人的也没上来")) || !WetAfter(Hear("下河救人的也没上来")) {
		t.Error("DownAfter/WetAfter")
	}
	if DownAfter(Hear("千万别下去 也没上来的话喊人")) {
		t.Error("a warning is no one down")
	}
	for _, s := range []string{"老人摔了能不能扶", "俺妈在院里冰上摔了 能扶起来吗"} {
		if !FallAsked(Hear(s)) {
			t.Errorf("FallAsked(%q) false", s)
		}
	}
	for _, s := range []string{"老人摔了 人没事", "路滑 小心别摔了 能扶就扶着走"} {
		if FallAsked(Hear(s)) {
			t.Errorf("FallAsked(%q) true", s)
		}
	}
}

// FuzzAlarm105 runs the alarm105 readers on any text.
func FuzzAlarm105(f *testing.F) {
	for _, s := range []string{"沼气池里下去俩人了 都没上来", "他家老二下去救他爹 也没上来 快来人", "一家三口都煤气中毒了", "老人摔了能不能扶", "几个", "俩"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Hear(s)
		_ = DownAfter(h)
		_ = WetAfter(h)
		_ = FallAsked(h)
		if n := InDanger(h); n != "" && rankOf(n) == 0 {
			t.Fatalf("InDanger(%q) = %q, unranked", s, n)
		}
	})
}
