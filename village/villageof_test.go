package village

import (
	"strings"
	"testing"
)

// TestVillageOf: the village written before each number names it.
func TestVillageOf(t *testing.T) {
	vs := []string{"青山村", "石桥村"}
	for _, c := range []struct {
		text string
		ref  Ref
		want string
	}{
		{"确认 青山村 #R1 石桥村 #R2", Ref{'R', 2}, "石桥村"},
		{"确认 青山村 #R1 石桥村 #R2", Ref{'R', 1}, "青山村"},
		{"确认 石桥村 #R1 #R2", Ref{'R', 2}, ""}, // the text's one village decides (findIn)
		{"【网格上报】石桥村一组 #R3", Ref{'R', 3}, "石桥村"},
		{"确认 #R1", Ref{'R', 1}, ""},
		{"青山村石桥村 #R1", Ref{'R', 1}, ""},
		{"石桥村 #R1 青山村 #R1", Ref{'R', 1}, ""},
	} {
		if got := VillageOf(c.text, c.ref, vs); got != c.want {
			t.Errorf("VillageOf(%q, %v) = %q, want %q", c.text, c.ref, got, c.want)
		}
	}
}

// FuzzVillageOf: the village found is one of the villages, written in the
// text before the number, which the text holds.
func FuzzVillageOf(f *testing.F) {
	for _, s := range []string{"确认 青山村 #R1 石桥村 #R2", "石桥村 R1", "#R1 青山村", "青山村＃R1", "R1R2石桥村#R3"} {
		f.Add(s, 1)
	}
	vs := []string{"青山村", "石桥村"}
	f.Fuzz(func(t *testing.T, s string, n int) {
		got := VillageOf(s, Ref{'R', n}, vs)
		if got == "" {
			return
		}
		if got != vs[0] && got != vs[1] || !strings.Contains(s, got) {
			t.Fatalf("VillageOf(%q, R%d) = %q", s, n, got)
		}
		at := FindRefsAt(s)
		ok := false
		for _, a := range at {
			ok = ok || a.Ref == (Ref{'R', n}) && strings.Contains(a.Before, got)
		}
		if !ok {
			t.Fatalf("VillageOf(%q, R%d) = %q, written before no such number", s, n, got)
		}
	})
}
