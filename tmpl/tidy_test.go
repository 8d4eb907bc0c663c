package tmpl

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"gridbot/internal/fuzzseed"
)

// tidyBySplit is the plain definition tidy must keep to: split into lines,
// trim each line's trailing spaces and tabs, drop the blank ones, join.
func tidyBySplit(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimRight(l, " \t"); strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func TestTidy(t *testing.T) {
	for _, in := range []string{
		"", "\n", "\n\n", "一行", "一行\n", "\n一行", "a \t\nb", "  缩进保留\n\n\t\n  第二行  ",
		"全角空格\u3000\n\u3000\n", "回车\r\n下一行\r\n", "\r\n", "a\n \n\tb\t \n", "末行没有换行 ",
	} {
		if got, want := tidy([]byte(in)), tidyBySplit(in); got != want {
			t.Errorf("tidy(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzTidy(f *testing.F) {
	f.Add("a \n\n b\t\n")
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, in string) {
		if got, want := tidy([]byte(in)), tidyBySplit(in); got != want {
			t.Errorf("tidy(%q) = %q, want %q", in, got, want)
		}
	})
}

// BenchmarkRender renders a reply of the usual shape: a few lines, some
// left blank by false conditions, helpers called on the way.
func BenchmarkRender(b *testing.B) {
	s, data := benchSet()
	for b.Loop() {
		_ = s.Render("r", data)
	}
}

// BenchmarkRenderTextTemplate renders the same with text/template alone,
// as before the compiled executor.
func BenchmarkRenderTextTemplate(b *testing.B) {
	s, data := benchSet()
	s.progs = nil
	for b.Loop() {
		_ = s.Render("r", data)
	}
}

func benchSet() (*Set, map[string]any) {
	fsys := fstest.MapFS{"t.tmpl": {Data: []byte(`{{define "r"}}#{{.ID}} 已受理{{if .Who}}，由{{join .Who "、"}}负责{{end}}
{{if .Late}}已过期限{{end}}
内容：{{short .Text}}  
{{mention .Who}}请在{{date .Due}}前办结。{{end}}`)}}
	s := Must(fsys, time.UTC, nil)
	data := map[string]any{"ID": "R12", "Who": []string{"李四", "王五"}, "Late": false,
		"Text": "村口第12根路灯不亮了，晚上走路看不见", "Due": time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)}
	return s, data
}
