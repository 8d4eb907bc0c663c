package village

import (
	"strings"
	"time"
)

// FixedSaidNote begins the note of the words (ActSaid) in which an item's
// reporter said it is fixed while it was still being worked on ("好了 不漏了"
// before anyone sent 办结): the best evidence there is that it is done, so
// the 办结 that follows closes it at once (FixedSaid), nobody waits for his
// 满意 or calls him back.
const FixedSaidNote = "报告人确认已好"

// SayFixed records by's word that r is fixed (words, as he said them): an
// ActSaid entry of FixedSaidNote, Aside when he said it privately (his
// words are not the group's); its status stays.
func (r *Report) SayFixed(by string, at time.Time, words string, aside bool) {
	r.Tell(by, at, FixedSaidNote+"："+words)
	r.History[len(r.History)-1].Aside = aside
}

// FixedSaid is the reporter's word that r is fixed (SayFixed) that still
// stands: said since r was last resolved, confirmed or reopened, and not
// followed by other words of his (ActSaid: "好了一会又坏了" said after it).
// ok is false when there is none.
func (r *Report) FixedSaid() (said Entry, ok bool) {
	later := map[string]bool{} // who said something else after
	for i := len(r.History) - 1; i >= 0; i-- {
		e := r.History[i]
		switch e.Action {
		case ActResolve, ActConfirm, ActReopen:
			return Entry{}, false
		case ActSaid:
			if !strings.HasPrefix(e.Note, FixedSaidNote) {
				later[e.By] = true
				continue
			}
			if later[e.By] {
				return Entry{}, false
			}
			return e, true
		}
	}
	return Entry{}, false
}

// FixedWords are the reporter's own words in said, an entry of SayFixed.
func FixedWords(said Entry) string {
	return strings.TrimPrefix(strings.TrimPrefix(said.Note, FixedSaidNote), "：")
}

// ClosesOnWord reports whether r waits only for its handler's 办结: its
// reporter said it is fixed (FixedSaid) while the grid still works on
// it. Lists a leader reads (the evening digest, 待办, the township's
// overdue) mark it so (FixedLabel), so that he closes it rather than
// chasing it; an item sent up to the township is not the grid's to
// close.
func (r *Report) ClosesOnWord() bool {
	if !r.Status.Open() || r.Status == StatusResolved || r.Status == StatusEscalated {
		return false
	}
	_, ok := r.FixedSaid()
	return ok
}

// FixedLabel is what lists show of an item that ClosesOnWord in place of
// its status label.
const FixedLabel = "报告人说已好，待办结"

// ListLabel is r's status as a leader's lists show it: FixedLabel of an
// item that ClosesOnWord, StatusLabel otherwise.
func (r *Report) ListLabel() string {
	if r.ClosesOnWord() {
		return FixedLabel
	}
	return r.StatusLabel()
}
