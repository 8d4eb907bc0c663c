package handlers

import (
	"embed"
	"strconv"
	"text/template"
	"time"
	"unicode/utf8"

	"gridbot/tmpl"
	"gridbot/village"
)

// templates holds every reply text: texts.tmpl for reports, one more file
// per flow.
//
//go:embed *.tmpl
var templates embed.FS

func newTexts(loc *time.Location) *tmpl.Set {
	return tmpl.Must(templates, loc, template.FuncMap{"hazardHint": hazardHint, "leaderDuty": leaderDuty, "brief": brief,
		"deadline": func(due time.Time, typ village.Type, now time.Time) string {
			// an emergency's deadline is hours after it came in: always its time
			return tmpl.Deadline(due.In(loc), now.In(loc), typ == village.Emergency)
		}})
}

// briefRunes is the most of a report's text a message to the township
// chats carries: a villager's letter of two thousand characters would
// come to the duty chat as five urgent messages.
const briefRunes = 300

// brief is text cut to briefRunes, saying how long it was when cut.
func brief(text string) string {
	n := utf8.RuneCountInString(text)
	if n <= briefRunes {
		return text
	}
	return string([]rune(text)[:briefRunes]) + "…（全文" + strconv.Itoa(n) + "字）"
}

// leaderDuty is what the grid leader is asked to do at once about an
// emergency of kind h, up to the 「确认」 he answers with: a missing person
// is searched for, not a scene to guard.
func leaderDuty(h village.Hazard) string {
	switch h {
	case village.HazardMissing:
		return "请网格长立即组织人手分头寻找，开始找后回复"
	case village.HazardMedical:
		return "请网格长立即赶到现场协助救护，到场后回复"
	case village.HazardFire, village.HazardGas, village.HazardFlood, village.HazardCollapse:
		return "请网格长立即赶到现场、组织疏散，到场后回复"
	case village.HazardCrime:
		return "请网格长立即赶到现场，注意自身安全，到场后回复"
	}
	return "请网格长立即赶到现场、保护好现场，到场后回复"
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
