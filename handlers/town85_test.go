package handlers_test

import (
	"gridbot/bot"

	"strings"
	"testing"
)

// TestRepeatToOfficerNamesTheVillage (town85): a villager saying again
// that an item the township took over is not done is told privately to
// the officer holding it with the item's village (「石桥村 #R1」), as
// everything the township reads: before, 「【又来反映】#R1 … 回复「进展 #R1
// 情况」」 left an officer of two villages to guess which #R1, and the
// command he was given was asked 「请写上村名」.
func TestRepeatToOfficerNamesTheVillage(t *testing.T) {
	c := twoVillagesUp(t)
	const sq = "石桥村一组网格群"
	c.inSQ(officeChat, "孙七", "确认 石桥村 #R1")
	got := c.inSQ(sq, "石大山", "桥栏杆还是断的 咋还没人来修")
	var told string
	for _, o := range got {
		if strings.HasPrefix(o, "孙七") {
			told = o
		}
	}
	if told == "" {
		t.Fatalf("孙七 told nothing:\n%s", strings.Join(got, "\n"))
	}
	has(t, "孙七's 又来反映", []string{told}, "石桥村 #R1（", "「进展 石桥村 #R1 情况」")
}

// BenchmarkRepeatToOfficerTwoVillages (town85): the reporter's 「还是断的」
// on an item 孙七 took over, told to him privately with its village: the
// text set is chosen from the roster in memory, no read added.
func BenchmarkRepeatToOfficerTwoVillages(b *testing.B) {
	r, st := twoVillageBench(b, stoneLeader)
	benchOneOfEachOn(b, r, st, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		msg, ref, before, after := upInEach(i)
		before = append(before, msg(4, officeChat, "孙七", "确认 石桥村 "+ref))
		return before, msg(5, sq, "石大山", "桥栏杆还是断的 咋还没人来修"), after
	})
}
