package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkTownshipProgressTwoVillages: each round 石大山 and 李四 file
// an item in each village and escalate it (unmeasured); the office's
// 「进展 青山村 #Rn 石桥村 #Rn 已联系」 (measured) notes both: the one number
// is an item of each village (town79; before, allRefs took it once and
// noted 青山村's alone). Two villages are two scopes: each village's
// change, the first with the one reply, the second its Then (town86,
// joinedAcross), in one round trip after the reads (before: each item
// its own change, eachOnItsOwn, two commits each with its reads).
func BenchmarkTownshipProgressTwoVillages(b *testing.B) {
	r, st := twoVillageBench(b, stoneLeader)
	benchOneOfEachOn(b, r, st, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		msg, ref, before, after := upInEach(i)
		return before, msg(4, officeChat, "孙七", "进展 青山村 "+ref+" 石桥村 "+ref+" 已联系"), after
	})
}

// stoneLeader is 石桥村一组's leader in the two villages' benchmarks.
var stoneLeader = village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "SQ-101", Relation: village.RelHead,
	UsesWeChat: true, Roles: []village.Role{village.RoleVillager, village.RoleLeader}}

// upInEach is round i of the two villages' benchmarks: msg makes its k-th
// minute's message; before, 李四 and 石大山 file item ref in each village
// and send it up (minutes 0-3); after, each resolves it (minutes 60-61).
func upInEach(i int) (msg func(k int, chat, from, text string) bot.Message, ref string, before, after []bot.Message) {
	day := at.Add(time.Duration(i) * 49 * time.Hour)
	msg = func(k int, chat, from, text string) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: chat, From: from, Text: text}
	}
	ref = fmt.Sprintf("#R%d", i+1)
	before = []bot.Message{msg(0, grid3, "李四", "上报 村口路灯坏了"), msg(1, sq, "石大山", "上报 桥栏杆断了"),
		msg(2, grid3, "李四", "上报镇 "+ref+" 要供电所来修"), msg(3, sq, "石大山", "上报镇 "+ref+" 归交通部门")}
	after = []bot.Message{msg(60, grid3, "李四", "办结 "+ref+" 修好了"), msg(61, sq, "石大山", "办结 "+ref+" 修好了")}
	return msg, ref, before, after
}
