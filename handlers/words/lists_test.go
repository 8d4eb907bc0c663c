package words

import (
	"slices"
	"testing"
)

func TestNewestAndCount(t *testing.T) {
	xs := []int{1, 2, 3, 4, 5, 6}
	even := func(x int) bool { return x%2 == 0 }
	if got := Newest(xs, 2, even); !slices.Equal(got, []int{6, 4}) {
		t.Errorf("newest(2, even) = %v, want [6 4]", got)
	}
	if got := Newest(xs, 0, even); len(got) != 0 {
		t.Errorf("newest(0) = %v, want none", got)
	}
	if got := CountFunc(xs, even); got != 3 {
		t.Errorf("countFunc(even) = %d, want 3", got)
	}
}
