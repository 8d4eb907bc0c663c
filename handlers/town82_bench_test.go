package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkOfficerPlainNoteTwoVillages: each round 李四 and 石大山 file an
// item in each village and escalate it (unmeasured, upInEach); 孙七's
// plain 「青山村 #Rn 石桥村 #Rn 都联系了水利站」 is offered as the 进展 of both
// ("offer", measured: the question kept with its reply), and his 「1」
// records it on both ("yes", measured) (town82).
func BenchmarkOfficerPlainNoteTwoVillages(b *testing.B) {
	for _, yes := range []bool{false, true} {
		b.Run(map[bool]string{false: "offer", true: "yes"}[yes], func(b *testing.B) {
			r, st := twoVillageBench(b, stoneLeader)
			benchOneOfEachOn(b, r, st, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				msg, ref, before, after := upInEach(i)
				note := msg(4, officeChat, "孙七", "青山村 "+ref+" 石桥村 "+ref+" 都联系了水利站")
				if !yes {
					return before, note, after
				}
				return append(before, note), msg(5, officeChat, "孙七", "1"), after
			})
		})
	}
}
