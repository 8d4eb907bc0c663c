package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestStillBurningCryIsNews: "后山还在烧 快来人" while the group's fire is
// open is its news (【突发补充·进展】 on #R1), no second item; with no fire
// open, the same words raise a fire.
func TestStillBurningCryIsNews(t *testing.T) {
	c := oldWangOnFire(t)
	expectLike(t, "still burning, a cry", c.say("陈二", "后山还在烧 快来人"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R1", has: "后山还在烧", lacks: "也报告"})
	c.wantReports(1, "(news of #R1, no second item)")

	d := newChat(t, understand.Rules{})
	has(t, "no fire open", d.say("张三", "后山还在烧 快来人"), dutyChat+": 【突发事件】青山村三组 #R1", "119")
	if rep := d.reports()[0]; rep.Hazard != village.HazardFire {
		t.Errorf("R1 hazard %q, want fire", rep.Hazard)
	}
}

// TestCadreSaysFireDownIsProgress: the grid's cadre's "大火基本灭了" in the
// group is his own 进展 on the open fire, recorded as such (both chats
// told), not a villager's 【突发补充·进展】 note.
func TestCadreSaysFireDownIsProgress(t *testing.T) {
	for _, who := range []string{"李四", "王五"} {
		c := oldWangOnFire(t)
		expectLike(t, who, c.say(who, "大火基本灭了"),
			like{start: grid3 + ": 按" + who + "的话，#R1 进展已记录：大火基本灭了"},
			like{start: dutyChat + ": 【青山村三组】#R1（突发事件）" + who + " 进展：大火基本灭了"})
		rep := c.reports()[0]
		if e, ok := rep.LastStep(); !ok || e.Action != village.ActProgress || e.Note != "大火基本灭了" || e.By != who {
			t.Errorf("%s: R1 last step %+v, want his 进展", who, e)
		}
		c.wantReports(1, "(no new item)")
	}
}

// TestSpreadAmongTwoFiresAsks: with two fires open, "大火烧到后山了" that
// does not say which is told to the duty chat with both refs and asked
// about in the group, not filed as a third; an answer naming 老李家 is #R2's
// spread.
func TestSpreadAmongTwoFiresAsks(t *testing.T) {
	c := oldWangOnFire(t)
	has(t, "another home", c.say("陈二", "老李家也着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
	c.now = c.now.Add(time.Minute)
	expectLike(t, "which fire", c.say("周八", "大火烧到后山了"),
		like{start: dutyChat + ": 【突发补充·蔓延】青山村三组 #R1 或 #R2（哪一处待确认）", has: "蔓延到：后山\n"},
		like{start: grid3 + ": @周八\u2005后山的情况已报告镇应急值班。", has: "是从哪一处过来的", lacks: "离开屋子"})
	c.wantReports(2, "(no third item)")
	c.now = c.now.Add(time.Minute)
	has(t, "his answer", c.say("周八", "是老李家的火烧到后山了"), dutyChat+": 【突发补充·蔓延】青山村三组 #R2")
	c.wantReports(2, "(still two)")
	for _, rep := range c.reports() {
		if got := rep.Spread(); rep.ID == "R2" != (len(got) == 1) {
			t.Errorf("%s spread to %q, want only R2 to 后山", rep.ID, got)
		}
	}
}
