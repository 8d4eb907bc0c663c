package near

import (
	"slices"
	"testing"
)

func TestClosest(t *testing.T) {
	names := []string{"村民", "网格员", "网格长", "超市管理员", "管理员"}
	for _, c := range []struct {
		word string
		want []string
	}{
		{"网格圆", []string{"网格员", "网格长"}}, // a tie: the caller may break it (roster: by sound)
		{"超市管理", []string{"超市管理员"}},
		{"网格", []string{"网格员", "网格长"}},
		{"网格员", nil}, // a name itself is no slip
		{"队长", nil},
		{"", nil},
	} {
		if got := Closest(c.word, names); !slices.Equal(got, c.want) {
			t.Errorf("Closest(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}
