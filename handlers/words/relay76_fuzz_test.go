package words

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
)

// FuzzRelayAbout: a relay read with what it names (call76) names one of
// the names given or none, and its topic words are words of the
// text; no input panics.
func FuzzRelayAbout(f *testing.F) {
	for _, s := range []string{"体检的事我跟赵六说过了", "停电的事我跟我妈说了", "赵六那边我告诉他了", "修路的事我跟赵六说过了 他说不急",
		"体检的事还没跟赵六说", "体检的事赵六家我当面说过了", "体检的事石德贵家我上门电话都说过了", "\xff体检\xfe跟赵六说了", "", "跟说了"} {
		f.Add(s)
	}
	names := []string{"赵六", "陈二", "石德贵"}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		named, topic, ok := RelayAbout(s, names)
		if !ok {
			if named != "" || topic != nil {
				t.Fatalf("RelayAbout(%q) = %q, %q, false", s, named, topic)
			}
			return
		}
		if named != "" && !strings.Contains(s, named) {
			t.Fatalf("RelayAbout(%q) named %q", s, named)
		}
		for _, w := range topic {
			if !strings.Contains(s, w) || utf8.RuneCountInString(w) < 2 {
				t.Fatalf("RelayAbout(%q) topic %q", s, topic)
			}
		}
		_ = NamesNotice(topic, s)
	})
}
