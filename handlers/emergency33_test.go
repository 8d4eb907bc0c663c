package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestQuestionSharingWordsDuringFire: while a fire is open, an ordinary
// question that shares a word with it (120, 消防, 派出所, 医生, 火) but asks
// nothing of it is not answered as about it; one that asks how it goes
// (its hazard's state, help coming, its place) is. A question that raises
// the alarm itself is still taken as one (never swallowed).
func TestQuestionSharingWordsDuringFire(t *testing.T) {
	c := raised(t, [2]string{"张三", "后山着火了 快来人"})
	c.now = c.now.Add(3 * time.Minute)
	for _, q := range []string{"120是打哪个电话", "消防栓坏了找谁", "派出所几点上班", "派出所几点上班啊？",
		"派出所办身份证要带什么？", "医生说我这个病要住院吗", "火车站几点开门？", "120是急救电话吗"} {
		lacks(t, q, c.say("陈二", q), "【突发补充", "#R1 现在")
	}
	has(t, "an alarm in a question is still an alarm", c.say("陈二", "着火了该打什么电话"), dutyChat+": 【突发补充】青山村三组 #R1")
	for _, q := range []string{"火灭了吗", "消防车到了没", "有人受伤吗", "后山那边怎么样了", "打了119吗"} {
		has(t, q, c.say("周八", q), "#R1 现在")
	}
}

// TestCadreSaysNoFire: the grid's cadre's 「没着火 是王大爷在烧稻草」 of a
// fire nobody took on is noted, its 驳回 误报 offered to the leader (to
// him, when he says it), the duty chat told, and the watchdog goes on
// (status new); of one taken on it is his 进展, with the 驳回 offered.
func TestCadreSaysNoFire(t *testing.T) {
	c := raised(t, [2]string{"张三", "后山着火了 快来人"})
	c.now = c.now.Add(time.Minute)
	expectLike(t, "worker, new", c.say("王五", "没着火 是王大爷在烧稻草"),
		like{start: dutyChat + ": 【突发补充·核实】青山村三组 #R1（待受理）", has: "网格人员说：没着火 是王大爷在烧稻草（王五"},
		like{start: grid3 + ": @李四\u2005王五说：「没着火 是王大爷在烧稻草」。请核实 #R1：确是误报请回复「驳回 #R1 误报」", has: "请网格长发「上报 露天焚烧：没着火 是王大爷在烧稻草」"})
	rep := c.reports()[0]
	if rep.Status != village.StatusNew || !rep.OverSaid.IsZero() || !strings.HasPrefix(lastNote(rep), "有人说没有险情：没着火") {
		t.Errorf("status %s, over said %v, note %q: want it noted, still new, the watchdog going on", rep.Status, rep.OverSaid, lastNote(rep))
	}
	c.now = c.now.Add(2 * time.Minute)
	expectLike(t, "leader, new", c.say("李四", "没着火 是王大爷在烧稻草"),
		like{start: dutyChat + ": 【突发补充·核实】"},
		like{start: grid3 + ": 李四说：「没着火 是王大爷在烧稻草」。请您核实 #R1：确是误报请回复「驳回 #R1 误报」"})
	has(t, "taken on", c.say("李四", "确认 #R1"), "#R1 已受理")
	c.now = c.now.Add(5 * time.Minute)
	has(t, "worker, taken on: his 进展", c.say("王五", "没着火 是王大爷在烧稻草"),
		"进展已记录：没着火 是王大爷在烧稻草", "@李四\u2005确是误报的话，请网格长回复「驳回 #R1 误报」", "请发「上报 露天焚烧：没着火 是王大爷在烧稻草」")
	if got := lastNote(c.reports()[0]); got != "没着火 是王大爷在烧稻草" {
		t.Errorf("last note %q, want his 进展", got)
	}
	has(t, "the leader rejects", c.say("李四", "驳回 #R1 误报"), "#R1")
	if st := c.reports()[0].Status; st != village.StatusRejected {
		t.Errorf("status %s, want rejected", st)
	}
}

// TestLeaderFilesBurning: the command the leader is offered for the straw
// burning a bystander named files it as an item of its own, no emergency.
func TestLeaderFilesBurning(t *testing.T) {
	c := raised(t, [2]string{"张三", "后山着火了 快来人"})
	c.now = c.now.Add(time.Minute)
	has(t, "offered", c.say("陈二", "没着火 是王大爷在烧稻草"), "请网格长发「上报 露天焚烧：没着火 是王大爷在烧稻草」")
	if n := len(c.reports()); n != 1 {
		t.Fatalf("%d items after the bystander's word, want only the fire", n)
	}
	has(t, "filed", c.say("李四", "上报 露天焚烧：没着火 是王大爷在烧稻草"), "已登记 #R2")
	for _, rep := range c.reports() {
		if rep.ID == "R2" && rep.Type != village.General {
			t.Errorf("the burning filed as %s, want a general item", rep.Type)
		}
	}
}
