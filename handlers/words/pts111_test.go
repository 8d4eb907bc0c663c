package words

import "testing"

// TestRankingYearLastYear: 「积分排行 去年」 is last year's ranking, closed
// (pts111: 「俺家去年排第几」 got this year's); a year written is kept.
func TestRankingYearLastYear(t *testing.T) {
	for args, want := range map[string]string{"去年": "2025", "2024": "2024", "": "2026", "上一年的": "2025"} {
		year, current := RankingYear(args, 2026)
		if year != want || current != (want == "2026") {
			t.Errorf("RankingYear(%q) = %s %v, want %s", args, year, current, want)
		}
	}
}
