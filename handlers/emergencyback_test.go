package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestFireBackWhileTakenOn: a fire its worker took on, said out by a
// villager, that burns again: the grid's group @s its leader and workers
// with what to do, not only the duty chat; the history notes it.
func TestFireBackWhileTakenOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "快来人 后山着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "taken on", c.say("王五", "我到了 已经打了119"), "#R1 已受理")
	has(t, "said out", c.say("张三", "火已经灭了"), dutyChat+": 【突发补充】青山村三组 #R1")
	expectLike(t, "it burns again", c.say("陈二", "后山又着起来了 复燃了"),
		like{start: dutyChat + ": 【突发补充·险情又起】青山村三组 #R1（已受理）\n陈二（13900000002）报告：后山又着起来了 复燃了", has: "已在网格群通知李四、王五"},
		like{start: grid3 + ": @李四\u2005@王五\u2005#R1 险情又起：陈二说「后山又着起来了 复燃了」。", has: "119", end: "处置完回复「办结 #R1 结果」。"})
	expect(t, "another shout soon after: the duty chat only", c.say("张三", "又烧起来了 快来人"), dutyChat+": 【突发补充】青山村三组 #R1")
	r1 := c.reports()[0]
	if last := r1.History[len(r1.History)-1]; !strings.Contains(last.Note, "险情又起") && !strings.Contains(r1.History[len(r1.History)-2].Note, "险情又起") {
		t.Errorf("R1's history does not note it came back: %+v", r1.History)
	}
}

// TestFireBackAfterResolved: a fire closed (办结) that burns again within
// the half hour is no more closed: reopened, the group @s its cadres, and
// nobody is asked to confirm a fire that burns.
func TestFireBackAfterResolved(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "快来人 后山着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "taken on", c.say("李四", "确认 #R1"), "#R1 已受理")
	has(t, "over", c.say("李四", "火灭了 没人受伤"), "#R1 已办结")
	expectLike(t, "it burns again", c.say("陈二", "后山又着起来了"),
		like{start: dutyChat + ": 【突发补充·险情又起】青山村三组 #R1（重新处理）", has: "原来的办结已撤回"},
		like{start: grid3 + ": @李四\u2005@王五\u2005#R1 险情又起：陈二说「后山又着起来了」，原来的办结已撤回。", has: "请李四立即回到现场处置"})
	c.firstStatus(village.StatusReopened)
}

// TestFireBackAfterSaidOver: a fire nobody took on, that its reporter said
// was out (the watchdog stopped), burns again: the watchdog runs again
// and the group's leader is asked to 确认 as at the alarm.
func TestFireBackAfterSaidOver(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "快来人 后山着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "said out", c.say("张三", "火已经灭了"), "不再重复报警")
	if c.reports()[0].OverSaid.IsZero() {
		t.Fatal("R1 not noted over")
	}
	c.now = c.now.Add(5 * time.Minute)
	expectLike(t, "it burns again", c.say("张三", "火又烧起来了 快来人"),
		like{start: dutyChat + ": 【突发补充·险情又起】青山村三组 #R1（待受理）", has: "接手后回复「确认 #R1」"},
		like{start: grid3 + ": @李四\u2005@王五\u2005#R1 险情又起：张三说「火又烧起来了 快来人」。", end: "「确认 #R1」。"})
	if r1 := c.reports()[0]; !r1.OverSaid.IsZero() || r1.Status != village.StatusNew {
		t.Errorf("R1 %s, over said at %v: the watchdog would stay silent", r1.Status, r1.OverSaid)
	}
}
