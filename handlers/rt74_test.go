package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// TestBareApproveOneOnCopy: 赵六's bare 「同意」 with one claim waiting is
// asked yes or no of it on this replica's copy of the village's claims
// waiting for review: one round trip (was 2: a read, the reply). Then
// another replica files a claim: the next 「同意」, decided on the stale
// copy (none waiting), is refused and answered again on the claims as
// stored (rt74).
func TestBareApproveOneOnCopy(t *testing.T) {
	a, b := rt70Bots(t)
	has(t, "C1", a.say("陈二", "申请积分 帮王奶奶挑水 张三可以作证"), "#C1")
	has(t, "asked, read", a.say("赵六", "同意"), "是同意 #C1")
	has(t, "approved", a.say("赵六", "1"), "#C1")
	has(t, "C2", a.say("陈二", "申请积分 参加志愿服务 王五可以作证"), "#C2")
	has(t, "asked on the copy", saidOnCopy(t, a, false, "bare 同意 on the copy", "赵六", "同意", false), "是同意 #C2")
	has(t, "approved", a.say("赵六", "同意 #C2 8"), "#C2 已通过")
	has(t, "another replica's claim", byReplica(a, b, "张三", "申请积分 参加义务劳动 证明人 王五"), "#C3")
	has(t, "after another replica's claim", saidOnCopy(t, a, true, "bare 同意 after another replica's claim", "赵六", "同意", false), "是同意 #C3")
}

// TestObjectorWitnessAcrossReplicas: 张三 names 陈二, who objected to
// #C1, as its witness: refused. Then another replica files a newer claim
// of his: 「证明人 陈二」 is made on the claims as stored: 陈二 is written on
// #C2, nothing said of #C1. (Decided on copies of the claims waiting,
// frozen and approved: rt74, and rt75 once the approved ones, which
// pts74's witness on an approved claim needs, were followed.)
func TestObjectorWitnessAcrossReplicas(t *testing.T) {
	a, b := rt70Bots(t)
	has(t, "C1", a.say("张三", "申请积分 昨天帮五保户王奶奶打扫院子"), "#C1")
	has(t, "objection", a.say("陈二", "异议 #C1 他根本没去打扫"), "转给评分小组赵六核实")
	refused := "张三，陈二对 #C1 提过异议，评分小组正在核实，所以不能作这项的证明人，没有记上。"
	has(t, "refused, read", a.say("张三", "证明人 陈二"), refused)
	has(t, "refused again", a.say("张三", "证明人 陈二"), refused)
	has(t, "another replica's claim", byReplica(a, b, "张三", "申请积分 参加义务劳动"), "#C2")
	out := a.say("张三", "证明人 陈二")
	has(t, "written on the newer claim", out, "已把证明人陈二记到 #C2")
	lacks(t, "written on the newer claim", out, "对 #C1 提过异议")
	if c := a.claim("C2"); !strings.Contains(c.Evidence, "证明人 陈二") {
		t.Errorf("C2 evidence %q, want 陈二 as witness", c.Evidence)
	}
	if c := a.claim("C1"); strings.Contains(c.Evidence, "陈二") {
		t.Errorf("C1 evidence %q, want no objector as witness", c.Evidence)
	}
}

// TestLooseYieldOnCopy: 陈二's 「张三家的事就算了」 in his quarrel being
// mediated is kept and told to its mediators on this replica's copy of
// the grid's open items: one round trip (was 2: the items read again,
// then the commit). On another pair of replicas, where the other files a
// report in the grid first, the same words decided on the stale copy are
// refused and made again on the items as stored, kept once (rt74).
func TestLooseYieldOnCopy(t *testing.T) {
	for _, stale := range []bool{false, true} {
		a, b := rt70Started(t)
		has(t, "quarrel", a.say("陈二", "俺家地里的苞米被张三家的羊啃了"), "回复「1」登记")
		has(t, "filed", a.say("陈二", "1"), "#R1")
		a.say("李四", "确认 #R1")
		if stale {
			b.now = a.now
			has(t, "another replica's report", b.say("王五", "上报 村口的路灯坏了"), "#R2")
			a.now = b.now
		}
		n, _ := a.counted(bot.Message{Chat: grid3, From: "陈二", Text: "张三家的事就算了"})
		if !stale && n != 1 || stale && n < 2 {
			t.Errorf("stale copy %v: 陈二's 算了 cost %d round trips, want 1 on a fresh copy, the refused commit and the one made again on a stale one", stale, n)
		}
		said := 0
		for _, rep := range a.reports() {
			for _, e := range rep.History {
				if rep.ID == "R1" && e.Action == village.ActSaid && e.By == "陈二" {
					said++
				}
			}
		}
		if said != 1 {
			t.Errorf("stale copy %v: #R1 keeps 陈二's words %d times, want once", stale, said)
		}
	}
}

// saidOnCopy is from's text to a, in the group or privately, and its
// replies: on a fresh copy it costs one round trip, on a stale one
// (stale) at least two, the refused commit and the one made again.
func saidOnCopy(t *testing.T, a *pointsBot, stale bool, step, from, text string, private bool) []string {
	t.Helper()
	out, trips := rt70Said(a, from, text, private)
	if !stale && trips != 1 || stale && trips < 2 {
		t.Errorf("%s: %d round trips, want %s", step, trips, map[bool]string{false: "1", true: "the refused commit and the one made again"}[stale])
	}
	return out
}

// byReplica is from's text to b, another process, at a's time, and its
// replies; a goes on after it.
func byReplica(a, b *pointsBot, from, text string) []string {
	b.now = a.now
	out := b.say(from, text)
	a.now = b.now
	return out
}
