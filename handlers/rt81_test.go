package handlers_test

import (
	"testing"
)

// TestLateVouchOnCopy: a witness's word on a claim the scorers decided is
// answered on this process's copies (the claims waiting, and the
// village's latest claims, storage.ClaimsAll's copy), one round trip.
// Another replica's objection to that claim since: the reply decided on
// the stale copies is refused and the words handled again on the claims
// as stored, which no longer show it decided: no 「已经同意了」. (The
// objection moves the frozen claims' generation too, read by an earlier
// reader of these words; storage's TestFollowedLatestAcrossProcesses
// shows the latest claims' guard alone.) (rt81)
func TestLateVouchOnCopy(t *testing.T) {
	a, b := rt70Bots(t)
	has(t, "C1", a.say("张三", "申请积分 帮五保户王奶奶打扫院子 证明人 陈二"), "#C1")
	has(t, "approved", a.say("赵六", "同意 #C1"), "#C1 已通过")
	publishClaims(t, a.st, a.now, 1)
	has(t, "read once", a.say("陈二", "我给张三作证 属实"), "已经同意了")
	has(t, "on the copies", saidOnCopy(t, a, false, "his late word on the copies", "陈二", "我给张三作证 是真的", false), "#C1", "已经同意了")
	has(t, "another replica's objection", byReplica(a, b, "周八", "异议 #C1 张三那天没去"), "暂时冻结")
	lacks(t, "after another replica's objection",
		saidOnCopy(t, a, true, "after another replica's objection", "陈二", "我给张三作证 属实 是真的", false), "已经同意了")
}

// TestFrozenSideFromAWitnessOnCopy: 陈二, witness of 张三's approved claim,
// tells his side of his own frozen claim (TestFrozenSideFromAWitness) on
// this process's copies, one round trip, as does 张三 his side naming a
// witness. Another replica's 维持 of 陈二's claim since: his words'
// commit is refused and, handled again on the claims as stored, record
// nothing more (rt81).
func TestFrozenSideFromAWitnessOnCopy(t *testing.T) {
	a, b := rt70Bots(t)
	has(t, "C1", a.say("张三", "申请积分 帮五保户王奶奶打扫院子 证明人 陈二"), "#C1")
	has(t, "C2", a.say("陈二", "申请积分 参加村里义务劳动 清理水渠 证明人 王五"), "#C2")
	a.say("赵六", "同意 #C1")
	a.say("赵六", "同意 #C2 8")
	publishClaims(t, a.st, a.now, 2)
	has(t, "C2 objected", a.say("周八", "异议 #C2 陈二那天没去"), "暂时冻结")
	has(t, "read once", a.say("陈二", "我去了的 王五可以作证"), "#C2", "说明已记下")
	got := saidOnCopy(t, a, false, "his side on the copies", "陈二", "我去了的 王五可以作证 真的", false)
	has(t, "his side on the copies", got, "#C2", "说明已记下")
	lacks(t, "his side on the copies", got, "#C1")
	has(t, "another replica's 维持", byReplica(a, b, "赵六", "维持 #C2 王五说确实去了"), "#C2")
	lacks(t, "after another replica's 维持",
		saidOnCopy(t, a, true, "after another replica's 维持", "陈二", "我去了的 王五可以作证 真的真的", false), "说明已记下")
	if c := a.claim("C2"); len(c.Explained) != 2 {
		t.Errorf("C2 explained %+v, want the two notes before the 维持 only", c.Explained)
	}
}
