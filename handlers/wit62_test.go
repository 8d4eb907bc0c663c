package handlers_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// witnessTrips handles from's text in the group and returns the round
// trips it cost.
func witnessTrips(tb testing.TB, b *pointsBot, id, from, text string) int64 {
	return b.trips(tb, bot.Message{ID: id, Chat: g3, From: from, Text: text})
}

// TestWitnessWordsReadClaimsOnce: a witness's word that names another
// witness (张三's 「C1属实 王五也看见了」) is read by both witness readers,
// the one taking witnesses named and the one taking a witness's word:
// they share one read of the village's claims (wit62), so the word costs
// that read and its commit, and is recorded on the claim.
func TestWitnessWordsReadClaimsOnce(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("陈二", "申请积分 帮王奶奶挑水 张三可以作证"), "#C1")
	if n := witnessTrips(t, b, "v1", "张三", "C1属实 王五也看见了"); n != 2 {
		t.Errorf("witness's word naming another witness: %d round trips, want 2 (one read of the claims, a commit)", n)
	}
	if c := b.claim("C1"); !slices.Contains(strings.Split(c.Evidence, "、"), village.VouchedLabel("张三")) {
		t.Errorf("C1 evidence %q, want 张三's word recorded", c.Evidence)
	}
}

// TestExplanationNamingWitnessReadsOnce: the claimant's words on his item
// frozen by an objection, naming a witness and long past the witness
// readers' length, and short enough for them, each is recorded: the
// first costs one read and one commit; the second, which no witness reader
// takes, is recorded on the copy of the frozen claims that read left, its
// commit carrying the copy's read (rt79).
func TestExplanationNamingWitnessReadsOnce(t *testing.T) {
	b := objectedC1(t)
	for i, text := range []string{"王五可以作证，那天他也在", "我那天真的去了 不信你问王五 他也在场 还帮我挑了两担水呢"} {
		if n, want := witnessTrips(t, b, fmt.Sprintf("x%d", i), "张三", text), int64(2-i); n != want {
			t.Errorf("%s: %d round trips, want %d", text, n, want)
		}
	}
	if c := b.claim("C1"); len(c.Explained) != 2 {
		t.Errorf("C1 explained %+v, want both of 张三's words", c.Explained)
	}
}

// BenchmarkWitnessVouched: a witness's word on the claim of each round
// (filed, not measured) that names another witness.
func BenchmarkWitnessVouched(b *testing.B) {
	pb := examplePointsBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		pb.say("陈二", fmt.Sprintf("申请积分 帮王奶奶挑水 第%d回 张三可以作证", i))
		trips, n = trips+witnessTrips(b, pb, fmt.Sprintf("v%d", i), "张三", fmt.Sprintf("C%d属实 王五也看见了", i+1)), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
