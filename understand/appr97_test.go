package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestFarmLossMore (appr97): one more loss told without its stock, as one
// goes on about a loss told before.
func TestFarmLossMore(t *testing.T) {
	for text, want := range map[string]bool{
		"又冻死一头":     true,
		"今天又死了两只":   true,
		"也冻死了一个":    true,
		"冻死了俩":      true,
		"又塌了一个":     true,
		"夜里又冻死了好几只": true,
		"又冻死我了":     false, // his cold
		"冻死人了":      false,
		"又冻死一头猪":    false, // the stock named: FarmLossTold
		"又冻死一头吗":    false, // a question
		"他家又冻死一头":   false, // another household
		"听说又死了一头":   false, // hearsay
		"没冻死":       false,
		"死了":        false, // neither again nor counted
		"又没电了":      false,
		"又死了一个人":    false, // a person
		"隔壁又死了个老的":  false,
	} {
		if got := understand.FarmLossMore(text); got != want {
			t.Errorf("FarmLossMore(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzFarmLossMore: never panics; a text that names its stock, or asks,
// is never one more loss unnamed.
func FuzzFarmLossMore(f *testing.F) {
	for _, s := range []string{"又冻死一头", "今天又死了两只", "又冻死我了", "又冻死一头猪", "冻死了俩", "又塌了一个棚", "又没冻死"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if understand.FarmLossMore(s) && (understand.FarmLossTold(s) || understand.IsQuestion(s)) {
			t.Errorf("FarmLossMore(%q) with the stock named or asked", s)
		}
	})
}
