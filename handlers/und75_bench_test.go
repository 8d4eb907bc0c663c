package handlers_test

import "testing"

// BenchmarkFoundThingHandedIn: 陈二 tells each round of a wallet found and
// handed in to the village committee, its owner called to fetch it
// (und75): read as a 拾金不昧 deed and offered to confirm (see
// benchOffered).
func BenchmarkFoundThingHandedIn(b *testing.B) {
	benchOffered(b, "陈二", "在路边捡到第%d个钱包 已经交给村委会了 谁丢的去认领")
}
