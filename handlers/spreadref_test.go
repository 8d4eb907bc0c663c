package handlers_test

import (
	"testing"
	"time"
)

// TestSpreadAmongTwoFiresAnsweredByRef: the bot's own example answer to
// "which fire reached 后山" ("#R1 烧到后山了") records that fire's spread.
func TestSpreadAmongTwoFiresAnsweredByRef(t *testing.T) {
	c := oldWangOnFire(t)
	has(t, "another home", c.say("陈二", "老李家也着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
	c.now = c.now.Add(time.Minute)
	has(t, "which fire", c.say("周八", "大火烧到后山了"), "是从哪一处过来的")
	c.now = c.now.Add(time.Minute)
	has(t, "answered by ref", c.say("周八", "#R1 烧到后山了"), dutyChat+": 【突发补充·蔓延】青山村三组 #R1")
	c.wantReports(2, "(still two)")
	for _, rep := range c.reports() {
		if got := rep.Spread(); rep.ID == "R1" != (len(got) == 1) {
			t.Errorf("%s spread to %q, want only R1 to 后山", rep.ID, got)
		}
	}
}
