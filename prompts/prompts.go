// Package prompts holds the LLM prompts as embedded templates and the
// client that sends them to any OpenAI-compatible chat-completions
// endpoint (DeepSeek, Qwen/DashScope, Ollama, vLLM). It is the only
// package that imports go-openai. It turns one message into a Draft,
// decoded strictly; deciding whether to trust a draft is the caller's job.
package prompts

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"text/template"
)

//go:embed templates/*.tmpl
var files embed.FS

var templates = template.Must(template.New("prompts").Funcs(template.FuncMap{
	"join": strings.Join,
	"json": func(s string) (string, error) {
		b, err := json.Marshal(s)
		return string(b), err
	},
}).ParseFS(files, "templates/*.tmpl"))

// Indicator is one claimable points indicator offered to the model.
type Indicator struct {
	Code, Category, Name string
}

// Request is what the model is asked about one message.
type Request struct {
	// Text is the message, already masked: it is sent as it is.
	Text       string
	Types      []string
	Categories []string
	Hazards    []string
	Indicators []Indicator
}

// Fenced is Text with the angle brackets made full-width, so that a
// message cannot close the <消息> fence and speak outside it.
func (r Request) Fenced() string {
	return strings.NewReplacer("<", "＜", ">", "＞").Replace(r.Text)
}

// Render executes the named template ("reading.system.tmpl", …) with data.
func Render(name string, data any) (string, error) {
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, name, data); err != nil {
		return "", fmt.Errorf("prompts: render %s: %w", name, err)
	}
	return b.String(), nil
}

// Version identifies the templates' content; it is part of every cache
// key, so that a changed prompt never serves readings of the old one.
func Version() string {
	h := sha256.New()
	names, _ := fs.Glob(files, "templates/*.tmpl")
	sort.Strings(names)
	for _, n := range names {
		b, _ := files.ReadFile(n)
		h.Write([]byte(n))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
