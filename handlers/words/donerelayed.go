package words

import "gridbot/village"

// DoneRelayed is the words, kept on rep (ActSaid) or its 进展, last of
// its history, in which one of its grid's cadres said it is done (王五's
// 「陈二家门口的路垫好了」 of the way 李四 took on): the last words said of
// it, by one tends says tends rep's grid, that say it is done (DoneOrUp).
// Its handler's bare 「办结」 then means it, with those words as the note
// the bot offered him (「办结 #R1 陈二家门口的路垫好了」, rep112). Words
// said after them by anyone else (the reporter's 「还没好呢」) stand: ok is
// false.
func DoneRelayed(rep village.Report, tends func(by string) bool) (said village.Entry, ok bool) {
	if !rep.Status.Open() || rep.Status == village.StatusResolved {
		return village.Entry{}, false
	}
	n := len(rep.History)
	if n == 0 || rep.History[n-1].Action != village.ActSaid && rep.History[n-1].Action != village.ActProgress {
		// kept words, or the 进展 a worker's words made of an item nobody
		// took on (「…撒了炉渣了 现在能走了」, its 办结 offered the same way)
		return village.Entry{}, false
	}
	e := rep.History[n-1]
	if v, done := DoneOrUp(e.Note, e.At); !done || v != VResolve || e.By == rep.Reporter || !tends(e.By) {
		return village.Entry{}, false
	}
	return e, true
}
