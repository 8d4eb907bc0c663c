package village

import (
	"slices"
	"testing"

	"gridbot/internal/fuzzseed"
)

// FuzzRefScan: the scan finds what refPattern finds, index for index.
func FuzzRefScan(f *testing.F) {
	for _, s := range []string{"#R12", "r12", "# R 5", "C7", "确认#R3", "重复 #R6 #R1", "R0", "ABR12", "R1R2", "R1,R2",
		"##R1", "#\nR\n1", "＃c0001", "ſR1", "KR1", "\xffR1", "x#R", "R", "", "查 #R12 已联系电工", "#r 3#c4"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		want := refPattern.FindAllStringSubmatchIndex(s, -1)
		got := refMatches(s)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("refMatches(%q) = %v, refPattern finds %v", s, got, want)
		}
	})
}
