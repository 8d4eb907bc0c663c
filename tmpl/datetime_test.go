package tmpl

import (
	"regexp"
	"testing"
	"testing/fstest"
	"time"
)

// TestOneDateTime: a date with its time is written one way in every text,
// "12月31日 18:00" (DateTime), by clock and at; no text glues a date and hm
// of its own ("12月31日 18:00" beside "12月31日 18:00" in another text).
func TestOneDateTime(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	s := Must(fstest.MapFS{"x.tmpl": {Data: []byte(`{{define "c"}}{{clock .T}}{{end}}{{define "a"}}{{at .T .Now}}{{end}}`)}}, loc, nil)
	data := map[string]time.Time{"T": time.Date(2026, 12, 31, 18, 0, 0, 0, loc), "Now": time.Date(2026, 12, 1, 10, 0, 0, 0, loc)}
	for _, name := range []string{"c", "a"} {
		if got, want := s.Render(name, data), "12月31日 18:00"; got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
	// every *.tmpl of the repository: a date helper followed by hm of the
	// same time is a date+time written by hand.
	glued := regexp.MustCompile(`\{\{date ([^}]+)\}\}\s*\{\{hm ([^}]+)\}\}`)
	eachTemplate(t, func(path, text string) {
		for _, m := range glued.FindAllString(text, -1) {
			t.Errorf("%s: %s: write a date with its time with clock (or at), not date and hm", path, m)
		}
	})
}
