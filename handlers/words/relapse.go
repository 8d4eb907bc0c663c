package words

import (
	"gridbot/village"
	"slices"
	"strconv"
	"strings"
	"time"
)

// RelapseWindow is how long after a mediation item was closed a new
// quarrel between its parties is taken for the same dispute come back
// (village.Report.Recurs) rather than a matter of its own.
const RelapseWindow = 180 * 24 * time.Hour

// RelapseWords say that a quarrel told is one that was there before:
// "又", "上次", beside understand.QuarrelFlares and MediationFails.
var RelapseWords = []string{"又", "再次", "上次", "以前调解", "之前调解", "老问题", "还是那"}

// SearchedSince is, of reports read as relapseOf reads them (the
// village's statusRecent newest and the grid's open ones, ascending by
// number), when the oldest of the newest was filed, if the village has
// older reports and that is less than relapseWindow before at: the
// search missed part of the window. Zero when it saw all of it.
func SearchedSince(reports []village.Report, at time.Time) time.Time {
	if len(reports) == 0 {
		return time.Time{}
	}
	newest := reportNum(reports[len(reports)-1].ID)
	if newest <= StatusRecent {
		return time.Time{} // every report of the village was read
	}
	var since time.Time
	for _, rep := range reports {
		if reportNum(rep.ID) > newest-StatusRecent && (since.IsZero() || rep.CreatedAt.Before(since)) {
			since = rep.CreatedAt
		}
	}
	if at.Sub(since) >= RelapseWindow {
		return time.Time{}
	}
	return since
}

// reportNum is the number of a report's reference ("R12"), 0 when it has
// none.
func reportNum(id string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "R"))
	return n
}

// LaterOf are the mediation items of reports that take rep's dispute up
// again (village.Report.Recurs) or go along with it (Along), oldest
// first: what 查 of rep points to.
func LaterOf(rep village.Report, reports []village.Report) (recurs, along []village.Report) {
	for _, o := range reports {
		switch {
		case o.ID == rep.ID || o.Type != village.Mediation:
		case o.Recurs == rep.ID:
			recurs = append(recurs, o)
		case o.Along == rep.ID:
			along = append(along, o)
		}
	}
	return recurs, along
}

// ClosedAt is when rep, closed, was closed: its last step.
func ClosedAt(rep village.Report) time.Time {
	for i := len(rep.History) - 1; i >= 0; i-- {
		if rep.History[i].Action != village.ActSaid {
			// words said of it since (a follower's thanks) close nothing
			return rep.History[i].At
		}
	}
	return rep.CreatedAt
}

// ToldSince reports whether who's words were kept on rep (ActSaid) after
// since: a follower who said it is fixed after its 办结 said so already
// (rep110).
func ToldSince(rep village.Report, who string, since time.Time) bool {
	return slices.ContainsFunc(rep.History, func(e village.Entry) bool {
		return e.Action == village.ActSaid && e.By == who && !e.At.Before(since)
	})
}

// SettledWindow is how long after it was closed an item is what a
// villager's "还在呢 没弄好" may be of.
const SettledWindow = 30 * 24 * time.Hour

// undoneWords say that something complained of is still there or was not
// done: "还在", "没拉走", "没修好".
var undoneWords = []string{"还在", "还是", "又", "没拉走", "没清", "没修", "没弄", "没处理", "没人管", "没好", "没拉", "没运走", "照样", "依旧"}

// UndoneTalk reports whether text may say that a matter is not done (see
// undoneWords, deniesInWords): the cheap check before any read.
func UndoneTalk(text string) bool {
	return ContainsAnyOf(text, undoneWords...) || DeniesInWords(text)
}
