package village

import "testing"

func TestPercent(t *testing.T) {
	for _, c := range []struct {
		name              string
		part, whole, want int
	}{
		{"two of three rounds up", 2, 3, 67},
		{"one of three rounds down", 1, 3, 33},
		{"one of eight is 12.5, half up", 1, 8, 13},
		{"one of two hundred is 0.5, half up", 1, 200, 1},
		{"all", 5, 5, 100},
		{"199 of 200 is not all", 199, 200, 99},
		{"1 of 300 is not none", 1, 300, 1},
		{"none", 0, 7, 0},
		{"nothing due", 0, 0, 0},
	} {
		if got := Percent(c.part, c.whole); got != c.want {
			t.Errorf("%s: Percent(%d, %d) = %d, want %d", c.name, c.part, c.whole, got, c.want)
		}
	}
}
