package handlers_test

import (
	"fmt"
	"testing"
)

// BenchmarkHandlingWords: the grid leader's unnumbered handling words on
// the one item he took on (「好的 我盯着」, 「收到 马上办」) cost what
// 「好的 今天联系电工」 does (BenchmarkPlanInWords): the commit alone with
// the cache on. (「正在联系」 beside the item before,
// whose 办结 waits on its reporter, is measured in
// BenchmarkOfficePlainProgress: esc59 made it the item's 进展.)
func BenchmarkHandlingWords(b *testing.B) {
	for _, text := range []string{"好的 我盯着", "收到 马上办"} {
		for _, cache := range []bool{true, false} {
			b.Run(fmt.Sprintf("%s/cache=%v", text, cache), func(b *testing.B) { benchPlanSaid(b, text, false, cache) })
		}
	}
}
