package handlers_test

import (
	"fmt"
	"testing"
)

// BenchmarkRelayedNews: the grid leader's unnumbered news passed on from
// whoever does the work (「环卫说下午来」) on his one taken item: the same
// path as his plan in words (BenchmarkHandlingWords).
func BenchmarkRelayedNews(b *testing.B) {
	for _, text := range []string{"环卫说下午来", "供电所说在排队"} {
		for _, cache := range []bool{true, false} {
			b.Run(fmt.Sprintf("%s/cache=%v", text, cache), func(b *testing.B) { benchPlanSaid(b, text, false, cache) })
		}
	}
}
