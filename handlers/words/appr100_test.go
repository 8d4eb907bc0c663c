package words

import (
	"strings"
	"testing"
)

// TestTimeOfOther (appr100): the time asked of another doing than the
// procedure's own processing.
func TestTimeOfOther(t *testing.T) {
	for q, want := range map[string]string{
		"批下来多久要开工":     "开工",
		"批下来多长时间内必须开工": "开工",
		"多久能批下来":       "",
		"要多久":          "",
		"多久能办好啊":       "",
		"几天能拿到":        "",
		"多久到账":         "",
		"宅基地审批要多久？":    "",
		"多长时间呢 我急着用":   "",
		"领了证多久要去报到":    "报到",
	} {
		if got := TimeOfOther(q); got != want {
			t.Errorf("TimeOfOther(%q) = %q, want %q", q, got, want)
		}
	}
}

func FuzzTimeOfOther(f *testing.F) {
	for _, s := range []string{"批下来多久要开工", "多久", "多久要", "什么时候能去领", "多久内"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := TimeOfOther(s)
		if got != "" && !strings.Contains(s, got) {
			t.Errorf("TimeOfOther(%q) = %q, not in the question", s, got)
		}
	})
}
