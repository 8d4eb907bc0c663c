package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkOfficerPlainNoteTwoVillages: each round 李四 and 石大山 file an
// item in each village and escalate it (unmeasured); 孙七's plain
// 「青山村 #Rn 石桥村 #Rn 都联系了水利站」 is offered as the 进展 of both
// ("offer", measured: the question kept with its reply), and his 「1」
// records it on both ("yes", measured: two villages are two scopes, two
// commits, as the typed form, BenchmarkTownshipProgressTwoVillages) (town82).
func BenchmarkOfficerPlainNoteTwoVillages(b *testing.B) {
	for _, yes := range []bool{false, true} {
		name := map[bool]string{false: "offer", true: "yes"}[yes]
		b.Run(name, func(b *testing.B) {
			r, st := twoVillageBench(b,
				village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "SQ-101", Relation: village.RelHead, UsesWeChat: true,
					Roles: []village.Role{village.RoleVillager, village.RoleLeader}})
			benchOneOfEachOn(b, r, st, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				msg := func(k int, chat, from, text string) bot.Message {
					return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: chat, From: from, Text: text}
				}
				ref := fmt.Sprintf("#R%d", i+1)
				before = []bot.Message{msg(0, grid3, "李四", "上报 村口路灯坏了"), msg(1, sq, "石大山", "上报 桥栏杆断了"),
					msg(2, grid3, "李四", "上报镇 "+ref+" 要供电所来修"), msg(3, sq, "石大山", "上报镇 "+ref+" 归交通部门")}
				after = []bot.Message{msg(60, grid3, "李四", "办结 "+ref+" 修好了"), msg(61, sq, "石大山", "办结 "+ref+" 修好了")}
				note := msg(4, officeChat, "孙七", "青山村 "+ref+" 石桥村 "+ref+" 都联系了水利站")
				if !yes {
					return before, note, after
				}
				return append(before, note), msg(5, officeChat, "孙七", "1"), after
			})
		})
	}
}
