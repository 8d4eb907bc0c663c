package tmpl

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestSeen: with SeenEnv set, a Set records each block the compiled
// executor rendered, those run through {{template}} included, once; a
// render that falls back to text/template records the block as fallen
// back.
func TestSeen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seen")
	t.Setenv(SeenEnv, path)
	fsys := fstest.MapFS{"t.tmpl": {Data: []byte(`{{define "a"}}{{if .X}}{{template "b" .}}{{end}}{{end}}{{define "b"}}[{{.X}}]{{end}}{{define "c"}}{{if .I.InRange 2}}in{{end}}{{end}}{{define "never"}}x{{end}}`)}}
	s := Must(fsys, time.UTC, nil)
	if got := s.Render("a", map[string]any{"X": ""}); got != "" {
		t.Errorf("a = %q", got)
	}
	if got := s.Render("a", map[string]any{"X": "好"}); got != "[好]" {
		t.Errorf("a = %q", got)
	}
	if got := s.Render("c", map[string]any{"I": item{N: 3}}); got != "in" { // falls back
		t.Errorf("c = %q", got)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(string(data))
	if want := []string{"a", "b", "!c"}; !slices.Equal(got, want) {
		t.Errorf("recorded %q, want %q", got, want)
	}
}
