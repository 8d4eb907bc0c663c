package words

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNamesSelfWitness: the sender naming himself a claim's witness
// (pts97), not another, not denying it.
func TestNamesSelfWitness(t *testing.T) {
	for text, want := range map[string]bool{
		"证明人 王五 #C2":    true,
		"#C2 证明人是我":     true,
		"C2 我是证明人":      true,
		"证明人 李四 #C2":    false,
		"#C2 证明人王五不能作证": false,
		"王五 #C2":        false,
	} {
		if got := NamesSelfWitness(text, "王五"); got != want {
			t.Errorf("NamesSelfWitness(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzNamesSelfWitness: never for a long text, one with no witness word,
// or with no name.
func FuzzNamesSelfWitness(f *testing.F) {
	for _, s := range []string{"证明人 王五 #C2", "#C2 证明人是我", "证明人王五没看见", "王五"} {
		f.Add(s, "王五")
	}
	f.Fuzz(func(t *testing.T, text, name string) {
		if !NamesSelfWitness(text, name) {
			return
		}
		joined := strings.Join(strings.Fields(text), "")
		if name == "" || utf8.RuneCountInString(joined) > maxVouchRunes || !strings.Contains(joined, "证明人") && !strings.Contains(joined, "作证") {
			t.Fatalf("NamesSelfWitness(%q, %q) true", text, name)
		}
	})
}
