package handlers_test

import "testing"

// BenchmarkFarmLossTold91: a farm loss told without a question, answered
// with the insurance claim's 报案 steps and nothing filed, in the group and
// privately; one commit, the reply's (appr91).
func BenchmarkFarmLossTold91(b *testing.B) {
	for _, tc := range []struct {
		name    string
		private bool
	}{{"group", false}, {"private", true}} {
		b.Run(tc.name, func(b *testing.B) { benchAskedOn(b, "陈二", "", "昨晚冻死了三头猪", 0, tc.private) })
	}
}
