package handlers_test

import (
	"fmt"
	"testing"
)

// BenchmarkPlainPlanNamingItem: a cadre's 「路灯我下午去看」 (going words
// that name his item, prog62) recorded as its 进展: roundtrips/msg.
func BenchmarkPlainPlanNamingItem(b *testing.B) {
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) { benchPlanSaid(b, "路灯我下午去看", false, cache) })
	}
}
