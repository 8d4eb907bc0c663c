package tmpl

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"text/template"
	"time"
)

type status string

func (s status) Label() string { return map[status]string{"open": "处理中"}[s] }
func (s status) Open() bool    { return s == "open" }

type stringer int

func (s *stringer) String() string { return fmt.Sprintf("第%d", int(*s)) }

type item struct {
	ID     string
	Status status
	N      int
	Names  []string
	Due    time.Time
	Ptr    *item
	S      stringer
	hidden string
}

func (i item) InRange(n int) bool { return n < i.N }

// Last has only variadic arguments, as Report.LastWork does.
func (i *item) Last(skip ...string) string { return fmt.Sprint(i.ID, len(skip), skip == nil) }

// TestCompiledLikeTextTemplate renders blocks using every construct the
// compiled executor takes, with data of the shapes the bot passes (maps,
// structs, pointers, missing keys, nils), both ways: the bytes must be
// the same, and the compiled executor must have answered where it says
// it does.
func TestCompiledLikeTextTemplate(t *testing.T) {
	fsys := fstest.MapFS{"t.tmpl": {Data: []byte(`
{{define "fields"}}{{.A}}|{{.M.K}}|{{.Missing}}|{{.Missing.Deeper}}|{{.I.ID}}|{{.P.ID}}|{{.P.Ptr}}|{{.I.Status}}|{{.I.Status.Label}}|{{.I.N}}|{{.I.S}}|{{.P.S}}|{{.Any}}|{{.Nil}}|{{.F}}|{{.I.Names}}{{end}}
{{define "control"}}{{if .A}}a{{else if .B}}b{{else}}c{{end}}{{with .I}}{{.ID}}{{else}}none{{end}}{{with .Missing}}x{{end}}{{range $i, $n := .I.Names}}{{if $i}}、{{end}}{{inc $i}}{{$n}}{{$.A}}{{end}}{{range .Empty}}x{{else}}空{{end}}{{range .Missing}}x{{else}}无{{end}}{{range .Items}}[{{.ID}}]{{end}}{{end}}
{{define "funcs"}}{{short .Long}}{{join .I.Names "、"}}{{mention .I.Names}}{{mention1 .A}}{{date .I.Due}}{{due .I.Due .Now}}{{span .D}}{{promised true .I.Due 2 .Now}}{{.A | short}}{{join .NoNames "，"}}{{end}}
{{define "builtins"}}{{len .I.Names}}{{if eq .A "x"}}=x{{end}}{{if ne .I.N 3}}!3{{end}}{{if gt .I.N 1}}>1{{end}}{{if ge .I.N 3}}>=3{{end}}{{if lt .I.N 9}}<9{{end}}{{if le .I.N 2}}<=2{{end}}{{if not .B}}!b{{end}}{{and .A .B}}|{{or .B .A}}|{{or .B .Missing}}|{{index .I.Names 1}}|{{index .M "K"}}|{{index .M "none"}}|{{print .I.Status}}|{{print .I.N .I.N}}{{if eq (print .I.Status) "open"}}开{{end}}{{if eq .A "y" "x"}}in{{end}}{{(index .Items 0).ID}}{{with index .Items 0}}{{.ID}}{{end}}{{end}}
{{define "vars"}}{{$s := print .I.Status}}{{$s}}{{if .A}}{{$s = "changed"}}{{$t := 1}}{{$t}}{{end}}{{$s}}{{template "sub" .I}}{{template "sub"}}{{template "nested" .}}{{end}}
{{define "sub"}}<{{.}}{{$}}>{{end}}
{{define "nested"}}{{range .Items}}{{template "sub" .ID}}{{end}}{{end}}
{{define "method.args"}}{{if .I.InRange 2}}in{{end}}{{end}}
{{define "bad.kinds"}}{{if eq .I.N "3"}}x{{end}}{{end}}
{{define "nil.field"}}{{.NilItem.ID}}{{end}}
{{define "types"}}{{range .}}[{{.ID}}{{with .Status}}{{.Label}}{{end}}]{{end}}{{end}}
{{define "ptr.method"}}{{.S.String}}{{end}}
{{define "variadic"}}{{.P.Last}}{{with .P}}{{.Last}}{{end}}{{end}}
{{define "nil.entry.field"}}{{.Nil.X}}{{end}}
{{define "nil.entry.arg"}}{{join .Nil "、"}}{{end}}
{{define "nil.entry"}}{{.Nil}}{{if .Nil}}x{{end}}{{with .Nil}}x{{end}}{{range .Nil}}x{{else}}无{{end}}{{$n := .Nil}}{{$n}}{{print (.Nil)}}{{end}}
`)}}
	s := Must(fsys, time.UTC, nil)
	due := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	it := &item{ID: "R1", Status: "open", N: 3, Names: []string{"李四", "王五"}, Due: due, S: 7, hidden: "x"}
	full := map[string]any{"A": "x", "B": false, "M": map[string]string{"K": "v"}, "I": *it, "P": it,
		"Any": any(5), "Nil": nil, "F": 1.5, "Long": "  村口  路灯\n不亮了 ", "Now": due.Add(-time.Hour),
		"D": 90 * time.Minute, "Empty": []string{}, "Items": []*item{it, {ID: "R2"}}, "NoNames": []string(nil),
		"NilItem": (*item)(nil)}
	empty := map[string]any{"I": item{}, "P": &item{}, "Items": []item{{}}}
	type dataStruct struct {
		A     string
		B     bool
		I     item
		Items []item
		M     map[string]string
	}
	asStruct := dataStruct{A: "x", I: *it, Items: []item{*it}, M: map[string]string{"K": "v"}}
	for _, c := range []struct {
		block    string
		data     any
		compiled bool // the compiled executor answers, no fallback
	}{
		{"fields", full, true}, {"fields", empty, true}, {"fields", nil, true},
		{"control", full, true}, {"control", empty, true}, {"control", asStruct, false}, // no field Missing: text/template errors
		{"funcs", full, true},
		{"builtins", full, true}, {"builtins", asStruct, false},
		{"vars", full, true}, {"vars", asStruct, true},
		{"method.args", full, false}, {"bad.kinds", full, false}, {"nil.field", full, false},
		{"funcs", map[string]any{"Long": 5}, false},
		// one field met in turn in a struct, a pointer to one, a map
		{"types", []any{*it, it, map[string]any{"ID": "R3", "Status": status("open")}, item{ID: "R4"}, it}, true},
		// a nil entry of a map[string]any is there, and nil
		{"nil.entry.field", full, false}, {"nil.entry.arg", full, false}, {"nil.entry", full, false},
		{"nil.entry", map[string]any{}, false}, {"nil.entry", map[string]any{"Nil": []string{"值"}}, true},
		// a pointer method: there through a pointer, not on a copy
		{"ptr.method", it, true}, {"ptr.method", *it, false}, {"ptr.method", it, true},
		// a method with only variadic arguments, called with none
		{"variadic", full, true},
	} {
		var want, got bytes.Buffer
		wantErr := s.t.ExecuteTemplate(&want, c.block, c.data)
		err := execute(s.progs, s.states, c.block, &got, c.data, nil)
		if c.compiled && err != nil {
			t.Errorf("%s %v: not compiled: %v", c.block, c.data, err)
			continue
		}
		if !c.compiled && !errors.Is(err, errFallback) {
			t.Errorf("%s %v: compiled %q, want a fallback (text/template: %q, %v)", c.block, c.data, got.String(), want.String(), wantErr)
			continue
		}
		if err == nil && (wantErr != nil || got.String() != want.String()) {
			t.Errorf("%s:\ncompiled      %q\ntext/template %q %v", c.block, got.String(), want.String(), wantErr)
		}
	}
}

// TestRenderChecked: in the check mode a Render that differs panics, and
// one that falls back renders as text/template does.
func TestRenderChecked(t *testing.T) {
	fsys := fstest.MapFS{"t.tmpl": {Data: []byte(`{{define "a"}}{{.X}} {{end}}{{define "b"}}{{if .I.InRange 2}}in{{end}}{{end}}`)}}
	t.Setenv(CheckEnv, "1")
	s := Must(fsys, time.UTC, nil)
	if got := s.Render("a", map[string]any{"X": "好"}); got != "好" {
		t.Errorf("a = %q", got)
	}
	if got := s.Render("b", map[string]any{"I": item{N: 3}}); got != "in" {
		t.Errorf("b = %q", got)
	}
	s.progs.set("a", func(s *state, _ reflect.Value) error { s.out.WriteString("别的"); return nil })
	defer func() {
		if recover() == nil {
			t.Error("a differing render did not panic")
		}
	}()
	s.Render("a", map[string]any{"X": "好"})
}

// BenchmarkRenderStruct renders a block of the shape most replies have:
// a report behind a pointer in a map, its fields and a method.
func BenchmarkRenderStruct(b *testing.B) {
	fsys := fstest.MapFS{"t.tmpl": {Data: []byte(`{{define "r"}}#{{.R.ID}} 现在是「{{.R.Status.Label}}」{{if .R.Names}}，由{{join .R.Names "、"}}负责{{end}}，{{date .R.Due}}前办结。{{if .R.Status.Open}}可发「查 #{{.R.ID}}」看进度。{{end}}{{end}}`)}}
	s := Must(fsys, time.UTC, nil)
	data := map[string]any{"R": &item{ID: "R12", Status: "open", Names: []string{"李四", "王五"},
		Due: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)}}
	for b.Loop() {
		_ = s.Render("r", data)
	}
}

// TestHelperPanic: a helper's panic ends the render as text/template's
// error always did, in a panic naming the block.
func TestHelperPanic(t *testing.T) {
	fsys := fstest.MapFS{"t.tmpl": {Data: []byte(`{{define "a"}}{{boom .X}}{{end}}`)}}
	s := Must(fsys, time.UTC, template.FuncMap{"boom": func(string) string { panic("boom") }})
	if _, ok := s.progs.get("a"); !ok {
		t.Fatal("a is not compiled")
	}
	defer func() {
		if r := fmt.Sprint(recover()); !strings.Contains(r, "tmpl: render a") || !strings.Contains(r, "boom") {
			t.Errorf("panic %q, want text/template's error", r)
		}
	}()
	s.Render("a", map[string]any{"X": "x"})
}
