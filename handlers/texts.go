package handlers

import (
	"embed"
	"strings"
	"text/template"
	"time"

	"gridbot/config"
	"gridbot/handlers/words"
	"gridbot/tmpl"
	"gridbot/village"
)

// templates holds every reply text: texts.tmpl for reports, one more file
// per flow.
//
//go:embed *.tmpl
var templates embed.FS

// newTexts parses the texts; tref names an item for the township's chats
// (village.TownshipRef), with the village when there are several. The
// texts for a grid group (group) repeat a villager's words (short) without
// the numbers that identify someone (see echo). The township's (town) are
// texts whose ref writes every item with its village when there are
// several: what the office, the duty chat and an officer's private chat
// read (Router.textsFor), where each village's #R1 is another item.
//
// A procedure's guide names the department it is done at with its phone
// (deskPhone), as cfg lists it when the text is rendered.
func newTexts(cfg *config.Config, several bool) (texts, group, town *tmpl.Set) {
	loc := cfg.Location()
	funcs := template.FuncMap{"reportHint": words.ReportHint, "textHint": words.TextHint, "leaderDuty": words.LeaderDuty, "leaderGo": words.LeaderGo,
		"deskPhone": func(p *config.Procedure) string { return deskPhone(cfg.Township, p, false) },
		"deadline": func(due time.Time, typ village.Type, now time.Time) string {
			// an emergency's deadline is hours after it came in: always its time
			return tmpl.Deadline(due.In(loc), now.In(loc), typ == village.Emergency)
		}}
	return tmpl.TownSets(templates, loc, funcs, village.Mask, several)
}

// echo is a sender's words as a reply of the turn may repeat them: in a
// grid group, where every villager reads it, with the phone, ID-card and
// bank numbers masked ("电话[电话]"); the record, the cadres' private
// messages and the township's chats keep them. Mask before cutting, so
// that no half of a number is left.
func echo(t *turn, s string) string {
	if t.where.Kind == words.InGrid {
		return village.Mask(s)
	}
	return s
}

// echoSummary is the line a question shows of the sender's words: the
// reader's summary, or his words cut short when it gave none, as echo
// would have them. In a grid group, a summary with digits in it, of words
// holding a number, gives way to the masked words cut short: it may have
// been cut in the middle of the number.
func echoSummary(t *turn, summary string) string {
	return words.SummaryOf(t.text, echo(t, t.text), summary)
}

// deskPhone is where to phone about procedure p: the department its guide
// names (Procedure.Department), "镇便民服务中心电话 0123-5550111", else,
// with anyDesk, the township's 便民服务中心 when it is listed; "" for
// neither, or a department listed with no phone.
func deskPhone(tw config.Township, p *config.Procedure, anyDesk bool) string {
	d, ok := config.Department{}, false
	if p != nil && p.Department != "" {
		d, ok = tw.Department(p.Department)
	}
	if !ok && anyDesk {
		d, ok = tw.Department(words.ServiceCenter)
	}
	if !ok || d.Phone == "" {
		return ""
	}
	name, _, _ := strings.Cut(d.Name, "/")
	return "镇" + strings.TrimPrefix(strings.TrimSpace(name), "镇") + "电话 " + d.Phone
}
