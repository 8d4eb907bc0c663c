package handlers_test

import "testing"

// BenchmarkKeep84: the other party's word of the ditch quarrel said again
// in the group within the hour its mediators heard from him: kept on the
// item quietly, nobody told, in one commit.
func BenchmarkKeep84(b *testing.B) {
	b.Run("party_repeat_kept", func(b *testing.B) { benchDitch(b, ditchHisAgain, ditchHisSide) })
}
