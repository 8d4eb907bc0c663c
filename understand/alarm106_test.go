package understand

import "testing"

// TestStillNotDown: 也 after a while is "still" of the one who went
// down, no second one; a rescuer gone after him is (alarm106).
func TestStillNotDown(t *testing.T) {
	for s, want := range map[string]bool{
		"俺爹下去半天了 也没上来":        false,
		"俺爹下去到现在都没出来":         false,
		"他下去好一会儿了也没动静":        false,
		"他家老二下去救他爹 也没上来":      true,
		"他儿子也下去了 半天了也没上来":     true,
		"他儿子下去也没上来":           true,
		"俺爹下去半天了 他儿子下去拉他 也晕了": true,
	} {
		if got := GoesIn(Hear(s)).Too; got != want {
			t.Errorf("GoesIn(%q).Too = %v, want %v", s, got, want)
		}
	}
}

// TestCountPlaced: a count said where they are stuck is a count in
// danger (alarm106).
func TestCountPlaced(t *testing.T) {
	for s, want := range map[string]string{
		"下面有三个人":      "三人",
		"窖里还有两个人":     "两人",
		"屋里困着俩人":      "两人",
		"下面一共有四个人":    "四人",
		"俺家有三个人":      "",
		"快叫两个人来 下面有人": "",
		"下面有人":        "",
	} {
		if got := InDanger(Hear(s)); got != want {
			t.Errorf("InDanger(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzAlarm106 runs the alarm106 readers on any text.
func FuzzAlarm106(f *testing.F) {
	for _, s := range []string{"俺爹下去半天了 也没上来", "下面有三个人", "窖里还有", "下去半天也", "还有气"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Hear(s)
		_ = GoesIn(h)
		_ = FallAnswer(h)
		if n := InDanger(h); n != "" && rankOf(n) == 0 {
			t.Fatalf("InDanger(%q) = %q, unranked", s, n)
		}
	})
}

// TestFallAnswer: what an answer to the fall's question tells, and a
// fall told with a sign for 120 as a first word is an alarm (alarm106).
func TestFallAnswer(t *testing.T) {
	for s, want := range map[string]FallState{
		"不能动": FallHurt, "还有气": FallHurt, "叫也不应 还有气": FallHurt, "腰疼": FallHurt, "头上流血了": FallHurt,
		"腿疼": FallSore, "胳膊疼得厉害": FallSore,
		"能动": FallFine, "没事 自己起来了": FallFine, "不疼 能走": FallFine,
		"能动吗": FallUntold, "好的": FallUntold, "知道了": FallUntold,
	} {
		if got := FallAnswer(Hear(s)); got != want {
			t.Errorf("FallAnswer(%q) = %v, want %v", s, got, want)
		}
	}
	if GoesIn(Hear("俺爹下去半天了 也没上来")).Any() {
		t.Error("the one down a while is no one going in")
	}
}
