package handlers

import (
	"embed"
	"strings"
	"text/template"
	"time"
	"unicode"

	"gridbot/config"
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
// the numbers that identify someone (see echo).
//
// A procedure's guide names the department it is done at with its phone
// (deskPhone), as cfg lists it when the text is rendered.
func newTexts(cfg *config.Config, several bool) (texts, group *tmpl.Set) {
	loc := cfg.Location()
	funcs := template.FuncMap{"hazardHint": hazardHint, "leaderDuty": leaderDuty, "leaderGo": leaderGo,
		"deskPhone": func(p *config.Procedure) string { return deskPhone(cfg.Township, p, false) },
		"tref":      func(v, id string) string { return village.TownshipRef(v, id, several) },
		"deadline": func(due time.Time, typ village.Type, now time.Time) string {
			// an emergency's deadline is hours after it came in: always its time
			return tmpl.Deadline(due.In(loc), now.In(loc), typ == village.Emergency)
		}}
	return tmpl.MustSets(templates, loc, funcs, village.Mask)
}

// echo is a sender's words as a reply of the turn may repeat them: in a
// grid group, where every villager reads it, with the phone, ID-card and
// bank numbers masked ("电话[电话]"); the record, the cadres' private
// messages and the township's chats keep them. Mask before cutting, so
// that no half of a number is left.
func echo(t *turn, s string) string {
	if t.where.kind == inGrid {
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
	return summaryOf(t.text, echo(t, t.text), summary)
}

// dutySummary is what a message to the township's chats quotes of more
// words about an item (a witness's 【突发补充】): the reader's summary, or
// the words, cut short, with the phone, ID-card and bank numbers masked
// as echo masks them in a group.
func dutySummary(words, summary string) string {
	return shortText(summaryOf(words, village.Mask(words), summary))
}

// summaryOf is summary, or the words as masked cut short when it is
// empty or may hold a number cut in two (see echoSummary).
func summaryOf(words, masked, summary string) string {
	if summary == "" || masked != words && strings.IndexFunc(summary, unicode.IsDigit) >= 0 {
		return shortText(masked)
	}
	return summary
}

// hazardTexts are, per kind of emergency, what the group is told to do
// (hint) and what the grid leader is asked to do at once, up to the
// 「确认」 he answers with (duty): a missing person is searched for, not a
// scene to guard. The zero Hazard holds the texts for any other kind of
// emergency. HazardRoad, HazardPower and HazardAnimal give general reports their safety
// hint (report.general, understand.confirm).
var hazardTexts = map[village.Hazard]struct{ hint, duty string }{
	village.HazardNone:     {"需要时请拨打110、119、120。", "请网格长立即赶到现场、保护好现场，到场后回复"},
	village.HazardFire:     {"火情请立即拨打119，先疏散人员，不要冒险扑救。", evacuate},
	village.HazardGas:      {"燃气泄漏：立即关阀门、开窗，不要开关电器、不要在屋里打电话，人员撤离到屋外后打燃气公司抢修电话或119。", evacuate},
	village.HazardMedical:  {"有人受伤或病危请立即拨打120，说清村名和路口。", "请网格长立即赶到现场协助救护，到场后回复"},
	village.HazardCrime:    {"治安情况请立即拨打110，有人受伤同时拨打120，注意自身安全。", "请网格长立即赶到现场，注意自身安全，到场后回复"},
	village.HazardMissing:  {"找人请立即拨打110，并把最后见到的时间、地点、衣着发到群里。", "请网格长立即组织人手分头寻找，开始找后回复"},
	village.HazardFlood:    {flee, evacuate},
	village.HazardCollapse: {"请立即远离危险区域，防止再塌；有人被压被困拨打119，有人受伤拨打120。", evacuate},
	// the dangers of general reports: a hint to the group, no duty
	village.HazardRoad:   {"请先在旁边放个警示，提醒过往的人绕行。", ""},
	village.HazardPower:  {"别靠近，打95598（供电）报修；电线落地或打火花请远离并拨打119。", ""},
	village.HazardAnimal: {"请先看好孩子，绕开走，别去招惹；被咬伤或蜇伤请尽快去卫生院处理。", ""},
}

const (
	evacuate = "请网格长立即赶到现场、组织疏散，到场后回复"
	flee     = "请立即远离危险区域，有人被困拨打119，需要时拨打110。"
	// scamDuty is the grid leader's at a scam under way (understand.Scam):
	// the money is stopped by reaching the one sending it, not at a scene
	scamDuty = "请网格长马上给被骗的人打电话或上门找到他，让他停止转账，联系上后回复"
)

func hazardText(h village.Hazard) struct{ hint, duty string } {
	if x, ok := hazardTexts[h]; ok {
		return x
	}
	return hazardTexts[village.HazardNone]
}

// leaderDuty is what the grid leader of an emergency of hazard h is asked
// to do at once, up to the 「确认」; with scam true (a scam under way, the
// alarm's .Scam) to stop the transfer.
func leaderDuty(h village.Hazard, scam ...bool) string {
	if len(scam) > 0 && scam[0] {
		return scamDuty
	}
	return hazardText(h).duty
}

// leaderGo is what the grid leader is asked to do at once, without the
// 「确认」 he would answer with: nothing was registered to 确认 (the store
// is down).
func leaderGo(h village.Hazard, scam ...bool) string {
	d := leaderDuty(h, scam...)
	if i := strings.LastIndex(d, "，"); i >= 0 {
		d = d[:i]
	}
	return d
}

func hazardHint(h village.Hazard) string { return hazardText(h).hint }

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
		d, ok = tw.Department(serviceCenter)
	}
	if !ok || d.Phone == "" {
		return ""
	}
	name, _, _ := strings.Cut(d.Name, "/")
	return "镇" + strings.TrimPrefix(strings.TrimSpace(name), "镇") + "电话 " + d.Phone
}
