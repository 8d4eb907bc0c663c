package understand

import "regexp"

// paperAskedRe finds a paper asked of with no name ("要开个啥证明不",
// "需要打什么证明", "得开哪些证明"): a verb of getting a paper issued,
// then which paper asked. Canon has 啥 as 什么.
var paperAskedRe = regexp.MustCompile(`(?:开|打|办|要|需要|得)(?:个|张|份|一个|一张|一份)?(?:什么|哪些|哪种|哪个|哪样)(?:样)?的?证明`)

// PaperAsked reports whether text asks which paper one is to get issued,
// naming none ("我儿子腊月二十回来 在外面打工的要开个啥证明不"): the
// handlers find the guide's entry for papers the village issues by it when
// the words name no entry's keyword, as FarmLossAsked finds farm
// insurance's (appr103).
func PaperAsked(text string) bool { return paperAskedRe.MatchString(canon(unspace(normalize(text)))) }
