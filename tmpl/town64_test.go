package tmpl

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestDatesShowTheirYear: a date another year's shows its year, so that
// 「12月28日」 read in January is not taken for a day to come; every text
// of the repository writes a date read at now (dateIn, clockIn, at, when,
// ...), never with date or clock, which cannot know.
func TestDatesShowTheirYear(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	s := Must(fstest.MapFS{"x.tmpl": {Data: []byte(`{{define "d"}}{{dateIn .T .Now}}{{end}}`)}}, loc, nil)
	for _, c := range []struct {
		name   string
		t, now time.Time
		want   string
	}{
		{"same year", time.Date(2026, 12, 28, 9, 0, 0, 0, loc), time.Date(2026, 12, 30, 9, 0, 0, 0, loc), "12月28日"},
		{"last year's, read in January", time.Date(2026, 12, 28, 9, 0, 0, 0, loc), time.Date(2027, 1, 3, 9, 0, 0, 0, loc), "2026年12月28日"},
	} {
		if got := s.Render("d", map[string]time.Time{"T": c.t, "Now": c.now}); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	bare := regexp.MustCompile(`[{( ](date|clock) [.$][^}]*\}\}`)
	eachTemplate(t, func(path, text string) {
		for _, m := range bare.FindAllString(text, -1) {
			t.Errorf("%s: %s: write a date read at now (dateIn, clockIn), which shows another year's", path, m)
		}
	})
}

// eachTemplate calls f with every *.tmpl file of the repository.
func eachTemplate(t *testing.T, f func(path, text string)) {
	t.Helper()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != ".." {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, ".tmpl") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f(path, string(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
