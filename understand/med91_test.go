package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestFault: a thing of a report topic with something wrong said of it is
// a fault to mend; a sensation alone, or a thing with nothing wrong, is none.
func TestFault(t *testing.T) {
	for text, want := range map[string]bool{
		"路灯也坏了":       true,
		"村口的桥栏杆断了":    true,
		"垃圾好几天没人收":    true,
		"水管冻裂了":       true,
		"一股臭味":        false,
		"他家鸡还天天进俺家菜地": false,
		"天天往俺家门口倒脏水":  false,
		"说了好几次也不管":    false,
		"路灯":          false,
	} {
		if got := understand.Fault(understand.Hear(text)); got != want {
			t.Errorf("Fault(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzFault: any text is read without a panic, and a text naming no thing
// of a report topic is never a fault.
func FuzzFault(f *testing.F) {
	for _, s := range []string{"路灯也坏了", "一股臭味", "", "还有 隔壁老刘家也天天往俺家门口倒脏水", "\xff坏了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := understand.Hear(text)
		if understand.Fault(s) && len(understand.Things(s)) == 0 {
			t.Errorf("Fault(%q) without a thing", text)
		}
	})
}
