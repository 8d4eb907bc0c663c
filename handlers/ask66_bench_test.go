package handlers_test

import "testing"

// BenchmarkTroubleAskedFiled: a trouble told and then asked when it ends
// ("村里第N口井一直没水 啥时候来水啊"), said unaddressed in the group, filed
// with its question named: the filing's one commit. Each run's earlier
// item is closed first, so none is joined.
func BenchmarkTroubleAskedFiled(b *testing.B) {
	benchForwardedQuestion(b, "村里第%d口井的自来水一直没水 啥时候来水啊")
}
