package handlers_test

import "testing"

// BenchmarkMed88: the account of BenchmarkMed87 sent with two photos: kept
// on the retort's item with its photos, in one commit.
func BenchmarkMed88(b *testing.B) {
	b.Run("account_joins_retort_with_photos", func(b *testing.B) { benchAccountJoins(b, 2) })
}
