package handlers_test

import "testing"

// BenchmarkMed90: a quarrel filed at once whose other matters are sorted
// by med89's rule (quarrelParts): the hens kept on the item, the bridge
// offered; one commit.
func BenchmarkMed90(b *testing.B) {
	b.Run("quarrel_filed_with_more", func(b *testing.B) { benchQuarrelWith(b, dogs[len(quarrelDog):]) })
}
