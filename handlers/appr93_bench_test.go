package handlers_test

import "testing"

// BenchmarkFarmLossAgain93: a second farm loss told a minute after the
// first (「羊羔子也冻死了两个」), reported with it: decided on this process's
// copy of his memo, one commit, the reply's; and a greenhouse fallen in,
// its confirm-back saying the 报案 steps with the memo kept (appr93).
func BenchmarkFarmLossAgain93(b *testing.B) {
	b.Run("second_loss", func(b *testing.B) {
		benchAskedOn(b, "陈二", "昨晚冻死了三头猪", "羊羔子也冻死了两个", 0, false)
	})
	b.Run("greenhouse", func(b *testing.B) { benchAskedOn(b, "陈二", "", "俺家大棚叫雪压塌了", 0, false) })
}
