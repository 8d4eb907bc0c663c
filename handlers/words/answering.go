package words

import (
	"slices"
)

// AskKinds are the kinds of question the bot asks and reads back.
var AskKinds = []string{AskConfirm, AskDup, AskProgress, AskWhom, AskRedeem, AskCommand, AskReopen, AskPick}

// KindWords are the words each kind of question names for its answers
// (yes words, then no words; each list's first is the one it names): when
// questions of several kinds wait, a word that one kind names answers it
// ("1" a confirm-back, "是" a duplicate question). A word no waiting kind
// names ("对", "好的", "不") answers only when a single kind waits.
var KindWords = map[string]struct{ Yes, No []string }{
	AskConfirm:  {[]string{"1", "登记", AgainWord}, []string{"2", "不用", "不登记", "不用登记", "不要登记", "别登记"}},
	AskProgress: {[]string{"1", "记上"}, []string{"2", AgainWord, "不是进展"}},
	AskDup:      {[]string{"是", "合并", "是的", "是同一件", "同一件事"}, []string{"不是", AgainWord, "不是的"}},
	AskRedeem:   {[]string{"是", "是的"}, []string{"不是", "不是的"}},
	AskCommand:  {[]string{"1", "照办"}, []string{"2", "不用"}},
	AskReopen:   {[]string{"是", "是的", "重新打开"}, []string{"不是", "不是的"}},
	AskPick:     {[]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, []string{"不用", "算了"}},
}

// AgainWord files apart: to a duplicate or progress question it says no
// (another matter), to the second-matter offer ("是另一件事的话回复「1」另
// 外登记") yes.
const AgainWord = "另外登记"

// KindNames reports whether a question of kind names word for its answer.
func KindNames(kind, word string) bool {
	w := KindWords[kind]
	return slices.Contains(w.Yes, word) || slices.Contains(w.No, word)
}

// Unpicked is xs but at the indexes which.
func Unpicked[T any](xs []T, which []int) []T {
	var out []T
	for i, x := range xs {
		if !slices.Contains(which, i) {
			out = append(out, x)
		}
	}
	return out
}

// Picked is xs at the indexes which.
func Picked[T any](xs []T, which []int) []T {
	out := make([]T, len(which))
	for j, i := range which {
		out[j] = xs[i]
	}
	return out
}

// ConfirmAsked mark the bot's confirm-back questions (understand.confirm,
// .confirm.many, .confirm.claim, .late): a quote holding one is of a
// confirm-back, whose message names no item for the quote to pick by.
var ConfirmAsked = []string{"回复「1」登记", "回复「1」各自登记", "回复「1」提交给评分小组", "回复「1」接着申请", "再回一次「1」"}

// PlainAnswers are yes and no as any question takes them: quoting a
// question, they answer the question quoted, whatever other kind waiting
// names them too ("是" quoting a confirm-back files it).
var PlainAnswers = []string{"是", "是的", "不是", "不是的"}
