package words

import "testing"

// TestSaysContact: a note of an elder says he reached her (phoned,
// visited, talked), or is only news of her (call98).
func TestSaysContact(t *testing.T) {
	for _, c := range []struct {
		note string
		want bool
	}{
		{"王奶奶那边炉子灭了 屋里冷", false},
		{"王奶奶家屋顶漏雨", false},
		{"听说王奶奶摔了一跤", false},
		{"据说王奶奶住院了", false},
		{"王奶奶打通了 炉子灭了", true},
		{"去王奶奶家看了 炉子灭了", true},
		{"王奶奶说炉子灭了", true},
		{"跟王奶奶聊了一会 炉子灭了", true},
		{"王奶奶电话里讲炉子灭了", true},
		{"王奶奶孙子接的 炉子灭了", true},
	} {
		if got := SaysContact(c.note); got != c.want {
			t.Errorf("SaysContact(%q) = %v, want %v", c.note, got, c.want)
		}
	}
}

// FuzzSaysContact: never panics; a note that adds that he got through
// says he reached her, whatever came before.
func FuzzSaysContact(f *testing.F) {
	for _, s := range []string{"王奶奶那边炉子灭了", "听说", "据说王奶奶", "说是", "听人说了", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		SaysContact(s)
		if !SaysContact(s + " 电话打通了") {
			t.Errorf("SaysContact(%q + 打通了) = false", s)
		}
	})
}
