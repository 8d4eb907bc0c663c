package words

import "testing"

// TestShortPlaces (town101): the one-line 早报's grouped list reads as
// its places and numbers, the village said once.
func TestShortPlaces(t *testing.T) {
	got := ShortPlaces("【早报】12月14日 全镇未办结 6 件，近一天没有新情况；超期 5 件：青山村一组 #R2，二组 #R3 #R6，三组 #R4 #R1 等；镇里还没人接手的，接手回复「确认 #R2」。")
	want := []ShortPlace{{"青山村一组", []string{"R2"}}, {"二组", []string{"R3", "R6"}}, {"三组", []string{"R4", "R1"}}}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i].Place != want[i].Place || len(got[i].IDs) != len(want[i].IDs) || got[i].IDs[len(got[i].IDs)-1] != want[i].IDs[len(want[i].IDs)-1] {
			t.Errorf("place %d: got %q, want %q", i, got[i], want[i])
		}
	}
	if old := ShortPlaces("超期 2 件：#R1（青山村三组）、#R2（青山村三组）。"); len(old) != 0 {
		t.Errorf("the old form read as places: %q", old)
	}
}

// FuzzShortPlaces (town101): any quoted text reads without a panic, and
// every number read is an item's.
func FuzzShortPlaces(f *testing.F) {
	for _, s := range []string{"超期 4 件：青山村三组 #R1 #R3，一组 #R2，二组 #R4。", "超期 2 件：#R1（青山村三组）、#R2（青山村三组）", "超期 件：，，# #R", "超期 1 件：石桥村一组 #R12 等；"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range ShortPlaces(s) {
			for _, id := range p.IDs {
				if len(id) < 2 || id[0] != 'R' {
					t.Fatalf("%q read %q", s, id)
				}
			}
		}
	})
}
