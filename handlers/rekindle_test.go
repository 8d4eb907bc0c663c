package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestFireRekindlesAfterHalfHour: a fire closed (办结) that burns again at
// the same place 40 minutes after the first alarm, beyond the half hour
// in which a shout joins it, is that fire come back (复燃), not a new
// alarm with no link: reopened, the duty chat and the grid's cadres told.
// An alarm of another place is its own item.
func TestFireRekindlesAfterHalfHour(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fireOver(t, c, "快来人 后山着火了", "办结 #R1 火灭了 没人受伤")
	c.now = c.now.Add(40 * time.Minute)
	expectLike(t, "it burns again", c.say("陈二", "后山又着火了 快来人"),
		like{start: dutyChat + ": 【突发补充·险情又起】青山村三组 #R1（重新处理）", has: "原来的办结已撤回"},
		like{start: grid3 + ": @李四\u2005@王五\u2005#R1 险情又起：陈二说「后山又着火了 快来人」，原来的办结已撤回。", has: "请李四立即回到现场处置"})
	c.wantReports(1, "(the fire come back)")
	c.firstStatus(village.StatusReopened)
	c.now = c.now.Add(3 * time.Hour)
	has(t, "over again", c.say("李四", "办结 #R1 余火都清了"), "#R1 已办结")
	c.now = c.now.Add(2 * time.Hour)
	has(t, "hours on, within the day", c.say("陈二", "后山又冒烟了 又着起来了"), dutyChat+": 【突发补充·险情又起】青山村三组 #R1")
	c.wantReports(1, "(the fire come back)")
	has(t, "another place", c.say("陈二", "村口李家着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
}

// TestFireAtAnotherPlaceIsNoComeBack: a fire at 老王's home, put out
// (办结), and within the half hour one in the woods behind the hill: a
// household and a landmark naming neither the other are two places, so
// the second is a new emergency (its own item, the duty chat alerted,
// the leader @'d), and the first stays closed. "又着起来了" naming no
// place, or 老王家 again, is the first come back.
func TestFireAtAnotherPlaceIsNoComeBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fireOver(t, c, "快来人 老王家着火了", "办结 #R1 火灭了 没人受伤")
	c.now = c.now.Add(10 * time.Minute)
	got := c.say("陈二", "后山林子着火了")
	has(t, "another place", got, dutyChat+": 【突发事件】青山村三组 #R2", grid3+": @李四")
	c.wantReports(2, "(a new fire)")
	c.firstStatus(village.StatusResolved)
	c.now = c.now.Add(10 * time.Minute)
	has(t, "the same household", c.say("赵六", "老王家又着起来了"), dutyChat+": 【突发补充·险情又起】青山村三组 #R1")
}
