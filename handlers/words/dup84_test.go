package words

import (
	"testing"

	"gridbot/understand"
)

// TestOtherThingsBesideSharedPlace: two reports naming other things are
// two matters even at one place; a thing word held by a place word (the
// 桥 of 桥边) says where, not what (town82). Kin and one thing stay one.
func TestOtherThingsBesideSharedPlace(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		other bool
	}{
		{"一组桥边的水渠堵了", "一组桥栏杆断了", true},
		{"村口垃圾堆满了", "村口的路灯不亮了", true},
		{"桥头的路灯坏了", "桥头井盖没了", true},
		{"村口那个路灯坏了好几天了", "村口路灯不亮了 谁管管", false},
		{"我家停水了", "我家也没水了", false},
		{"村口那个桥边上的栏杆断了两根", "桥边栏杆还是断的啊", false},
		{"一组桥边的水渠堵了", "桥边水渠还是堵的", false},
		{"一组桥栏杆断了", "桥上栏杆又被撞了", false},
	} {
		if got := OtherThings(understand.Hear(c.a), understand.Hear(c.b)); got != c.other {
			t.Errorf("OtherThings(%q, %q) = %v, want %v", c.a, c.b, got, c.other)
		}
	}
}
