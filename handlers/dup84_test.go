package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestOwnOtherThingAtOnePlaceNotAsked: 张三's 「一组桥栏杆断了」 after his
// open 「一组桥边的水渠堵了」 shares only the place; it is no repeat of it
// (town82 was asked 「您已经反映过 #R1…是同一件事吗」). His 「桥边水渠还是堵的」
// is still asked.
func TestOwnOtherThingAtOnePlaceNotAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	g := "青山村一组网格群"
	has(t, "filed", c.in(g, "张三", "上报 一组桥边的水渠堵了"), "已登记 #R1")
	out := strings.Join(c.in(g, "张三", "一组桥栏杆断了"), "\n")
	if strings.Contains(out, "#R1") || strings.Contains(out, "同一件事") {
		t.Fatalf("asked as a repeat of the ditch: %q", out)
	}
	has(t, "own repeat asked", c.in(g, "张三", "一组桥边的水渠还是堵的"), "#R1")
}
