package handlers_test

import (
	"slices"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestWorkerPlanAfterAssign: right after the leader's 指派 to him, the
// worker's 「收到 我中午过去看看」 answers it quietly; his 「好的我去看看」 is
// the item's 进展 with a reply, as README says.
func TestWorkerPlanAfterAssign(t *testing.T) {
	for _, tc := range []struct{ said, want string }{{"收到 我中午过去看看", ""}, {"好的我去看看", "#R1 进展已记录：去看看"}} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "上报 村口路上有个大坑")
		c.say("李四", "确认 #R1")
		expect(t, "assign", c.say("李四", "指派 #R1 王五"), "#R1 已指派给王五")
		got := c.say("王五", tc.said)
		last := c.reports()[0].History[len(c.reports()[0].History)-1].Action
		if tc.want == "" {
			expect(t, tc.said, got)
			if last != village.ActAssign {
				t.Errorf("%s: last step %s, want the 指派", tc.said, last)
			}
			continue
		}
		has(t, tc.said, got, tc.want)
		if last != village.ActProgress {
			t.Errorf("%s: last step %s, want 进展", tc.said, last)
		}
	}
}

// TestLeaderSawAndSends: a leader's unnumbered 「看了，坑挺大的，我让王五找
// 人来填」 is 指派 #R 王五 of the one item it fits — the grid's one fresh
// report (taken on and assigned in one change), the one he handles, or
// of several fresh the one his words name — what he saw the note.
func TestLeaderSawAndSends(t *testing.T) {
	const said = "看了，坑挺大的，我让王五找人来填"
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 村口路上有个大坑，车过不去")
	expect(t, "fresh", c.say("李四", said), "#R1 已受理并指派给王五，现由李四、王五负责，预计3月5日前办结。\n要办的：看了，坑挺大的，找人来填\n@王五")
	r1 := c.reports()[0]
	if r1.Status != village.StatusAccepted || !slices.Contains(r1.Handlers, "王五") {
		t.Errorf("R1 %s handlers %v", r1.Status, r1.Handlers)
	}

	c = newChat(t, understand.Rules{})
	c.say("陈二", "上报 村口路上有个大坑，车过不去")
	c.say("李四", "确认 #R1")
	expect(t, "taken on", c.say("李四", said), "#R1 已指派给王五，现由李四、王五负责，预计3月5日前办结。\n要办的：看了，坑挺大的，找人来填")

	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 我家门口路灯不亮了")
	c.say("陈二", "上报 村口路上有个大坑，车过不去")
	expect(t, "two fresh, words name one", c.say("李四", "看了，路上的坑挺大的，我让王五找人来填"), "#R2 已受理并指派给王五")
	if r1 := c.reports()[0]; r1.ID != "R1" || r1.Status != village.StatusNew {
		t.Errorf("R1 %s %s, want still new", r1.ID, r1.Status)
	}

	c = newChat(t, understand.Rules{})
	c.say("陈二", "上报 村口路上有个大坑，车过不去")
	expect(t, "another errand is none", c.say("李四", "看了，我让王五去镇里开会"))
	if r1 := c.reports()[0]; r1.Status != village.StatusNew {
		t.Errorf("R1 %s, want new", r1.Status)
	}
}

// TestGrudgingSettlement: after a quarrel's 办结 its reporter's grudging
// 「行吧 80就80」 or 「算了 就这样吧」 is his 满意 (closed, a short reply);
// words that still complain are no 满意 (「沟还是没挖」 his 未解决); the other party's grudging words
// are his acceptance, told to the handlers.
func TestGrudgingSettlement(t *testing.T) {
	for _, s := range []string{"行吧 80就80", "算了 就这样吧", "好吧 就这样吧", "算了算了 认了"} {
		c := ditchSettled(t)
		has(t, s, c.say("陈二", s), "#R1 已完结")
		c.wantStatuses(nil, village.StatusClosed)
	}
	for _, s := range []string{"算了 还是不满意", "行吧 沟还是没挖 我找镇里去"} {
		c := ditchSettled(t)
		lacks(t, s, c.say("陈二", s), "#R1 已完结")
		if st := c.reports()[0].Status; st == village.StatusClosed {
			t.Errorf("%s: R1 closed on a complaint", s)
		}
	}
	c0 := ditchSettled(t)
	has(t, "a plain complaint", c0.say("陈二", "算了 沟还是没挖"), "#R1 已重新打开")
	c := ditchSettled(t)
	has(t, "the other party", c.say("张三", "行吧 就这样吧"), "收到，您认可 #R1（调解事项）的处理结果")
	c.wantStatuses(nil, village.StatusResolved)
}

// TestWorkerJudgesEmergencyOrdinary: a grid worker's 「#R1 不是什么大事」 on
// an alarm is not his 确认 of it nor a lowering (改为一般 is the leader's):
// it is recorded as its 进展, and the leader is asked to 改为一般.
func TestWorkerJudgesEmergencyOrdinary(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", kind64Collapse)
	got := c.say("王五", "#R1 不是什么大事")
	has(t, "worker", got, "@李四\u2005王五说 #R1 不是什么大事，您看是否改为一般：回复「改为一般 #R1」")
	lacks(t, "worker", got, "受理：")
	rep := kind64Item(t, c, "R1")
	if rep.Type != village.Emergency || rep.History[len(rep.History)-1].Action != village.ActProgress {
		t.Errorf("R1 %s, last %+v; want an emergency with his 进展", rep.Type, rep.History[len(rep.History)-1])
	}
	has(t, "the leader lowers it", c.say("李四", "改为一般 #R1"), "#R1 改为一般事项")
}
