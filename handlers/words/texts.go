package words

import (
	"gridbot/understand"
	"gridbot/village"
	"strings"
	"unicode"
)

// DutySummary is what a message to the township's chats quotes of more
// words about an item (a witness's 【突发补充】): the reader's summary, or
// the words, cut short, with the phone, ID-card and bank numbers masked
// as echo masks them in a group.
func DutySummary(words, summary string) string {
	return ShortText(SummaryOf(words, village.Mask(words), summary))
}

// SummaryOf is summary, or the words as masked cut short when it is
// empty or may hold a number cut in two (see echoSummary).
func SummaryOf(words, masked, summary string) string {
	if summary == "" || masked != words && strings.IndexFunc(summary, unicode.IsDigit) >= 0 {
		return ShortText(masked)
	}
	return summary
}

// LeaderDuty is what the grid leader of an emergency of hazard h is asked
// to do at once, up to the 「确认」 (village.Hazard.Duty); with scam true
// (a scam under way, the alarm's .Scene.Scam) to stop the transfer.
func LeaderDuty(h village.Hazard, scam ...bool) string { return h.Duty(len(scam) > 0 && scam[0]) }

// LeaderGo is leaderDuty without the 「确认」: nothing was registered to
// 确认 (the store is down).
func LeaderGo(h village.Hazard, scam ...bool) string { return h.Go(len(scam) > 0 && scam[0]) }

// ReportHint is the safety hint of rep's hazard, the coal-fumes line
// alone when its text tells of a stove's smoke (understand.Scene.Coal) or
// of smoke in a room (FumesIndoors, FumesSettled): no gas valve to shut
// where a coal stove smoked (call111: 「屋里有点烟」 on a call read 「燃气
// 泄漏：立即关阀门…」 to the worker and the leader).
func ReportHint(rep village.Report) string { return TextHint(rep.Hazard, rep.Text) }

// TextHint is ReportHint of hazard h told in text: the group's own posts
// of a villager's report (report.general, approval.danger, the confirm
// question) say it too (call112: they said 「燃气泄漏：立即关阀门…」 of a
// stove's smoke).
func TextHint(h village.Hazard, text string) string {
	scene := understand.SceneOf(understand.Hear(text), h)
	coal := scene.Coal
	if _, smoked := fumesIndoors(text); smoked {
		coal = true
	}
	return h.HintOf(coal, scene.Spot)
}
