package handlers_test

import (
	"fmt"
	"testing"
)

// BenchmarkOfficePlainProgress: the leader's plain words on his item that
// went up, kept from the office (「好的 我盯着」) or posted to it (work
// learnt), cost the commit alone with the cache on: what the office hears
// is decided from the item read for the step (officeHears). 「正在联系」
// on his item beside the one before, whose 办结 waits on its reporter, is
// the item's 进展 now (it was asked which), at the same cost.
func BenchmarkOfficePlainProgress(b *testing.B) {
	for _, c := range []struct {
		text string
		up   bool
	}{{"好的 我盯着", true}, {"已经联系电工了 说是明天来修", true}, {"正在联系", false}} {
		for _, cache := range []bool{true, false} {
			b.Run(fmt.Sprintf("%s/up=%v/cache=%v", c.text, c.up, cache), func(b *testing.B) { benchPlanSaid(b, c.text, c.up, cache) })
		}
	}
}
