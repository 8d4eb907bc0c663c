package handlers

import (
	"bytes"
	"embed"
	"fmt"
	"strings"
	"text/template"
	"time"
	"unicode/utf8"

	"gridbot/village"
)

// templates holds every reply text: texts.tmpl for reports, one more file
// per flow.
//
//go:embed *.tmpl
var templates embed.FS

// texts renders the reply templates of the *.tmpl files.
type texts struct {
	t *template.Template
}

func newTexts(loc *time.Location) *texts {
	funcs := template.FuncMap{
		"short":   func(s string) string { return shorten(s, 40) },
		"join":    strings.Join,
		"inc":     func(i int) int { return i + 1 },
		"mention": mention,
		"mention1": func(name string) string {
			return mention([]string{name})
		},
		"date":        func(t time.Time) string { return t.In(loc).Format("1月2日") },
		"clock":       func(t time.Time) string { return t.In(loc).Format("1月2日 15:04") },
		"hazardHint":  hazardHint,
		"actionLabel": actionLabel,
	}
	return &texts{t: template.Must(template.New("texts").Funcs(funcs).ParseFS(templates, "*.tmpl"))}
}

// render executes the named block and tidies the result: trailing spaces
// and empty lines are removed. A missing block is a programming error.
func (x *texts) render(name string, data any) string {
	var b bytes.Buffer
	if err := x.t.ExecuteTemplate(&b, name, data); err != nil {
		panic(fmt.Sprintf("handlers: render %s: %v", name, err))
	}
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.TrimRight(l, " \t"); strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// mention renders WeChat-style @mentions: "@name" followed by U+2005.
func mention(names []string) string {
	var b strings.Builder
	for _, n := range names {
		if n == "" {
			continue
		}
		b.WriteString("@" + n + "\u2005")
	}
	return strings.TrimRight(b.String(), "\u2005")
}

func shorten(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}

func hazardHint(h village.Hazard) string {
	switch h {
	case village.HazardFire:
		return "火情请立即拨打119，先疏散人员，不要冒险扑救。"
	case village.HazardGas:
		return "燃气泄漏：立即关阀门、开窗，不要开关电器、不要打电话在屋里，人员撤离后拨打119。"
	case village.HazardMedical:
		return "有人受伤或病危请立即拨打120，说清村名和路口。"
	case village.HazardCrime:
		return "治安情况请立即拨打110，注意自身安全。"
	case village.HazardMissing:
		return "找人请立即拨打110，并把最后见到的时间、地点、衣着发到群里。"
	case village.HazardFlood, village.HazardCollapse:
		return "请立即远离危险区域，有人被困拨打119，需要时拨打110。"
	}
	return "需要时请拨打110、119、120。"
}

func actionLabel(a village.Action) string {
	switch a {
	case village.ActCreate:
		return "登记"
	case village.ActAccept:
		return "受理"
	case village.ActAssign:
		return "指派"
	case village.ActProgress:
		return "进展"
	case village.ActResolve:
		return "办结"
	case village.ActConfirm:
		return "确认满意"
	case village.ActReopen:
		return "未解决"
	case village.ActEscalate:
		return "上报镇"
	case village.ActReject:
		return "驳回"
	case village.ActDuplicate:
		return "合并"
	}
	return string(a)
}
