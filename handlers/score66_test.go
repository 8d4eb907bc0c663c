package handlers_test

import (
	"context"
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// batchClaims files the claims the batch tests decide: #C1 陈二 巡防
// (fixed 10, no witness), #C2 张三 义务劳动 (5–10, witness), #C3 李四 普法
// (fixed 2, witness), #C4 赵六's own 巡防 (fixed 10, witness).
func batchClaims(t *testing.T, b *pointsBot) {
	t.Helper()
	has(t, "C1", b.say("陈二", "申请积分 昨晚参加治安巡防"), "#C1")
	has(t, "C2", b.say("张三", "申请积分 今天参加义务劳动 证明人 王五"), "#C2")
	has(t, "C3", b.say("李四", "申请积分 参加普法学习 证明人 王五"), "#C3")
	has(t, "C4", b.say("赵六", "申请积分 昨晚参加治安巡防 证明人 王五"), "#C4")
}

// TestApproveSeveralInOneMessage: 「同意 #C1 #C2 #C3」 approves the fixed
// items, refuses the range item without a score (its range said), in one
// commit with an audit entry per decision; the message delivered again
// counts nothing twice.
func TestApproveSeveralInOneMessage(t *testing.T) {
	b := examplePointsBot(t)
	batchClaims(t, b)
	single := b.trips(t, bot.Message{ID: "one", Chat: g3, From: "赵六", Text: "同意 #C3"})
	b.wantStatus(t, "C3", village.ClaimApproved, "single 同意")
	has(t, "C5", b.say("陈二", "申请积分 参加普法学习 证明人 王五"), "#C5") // 陈二's household twice
	m := bot.Message{ID: "batch", Chat: g3, From: "赵六", Text: "同意 #C1 #C2 #C5"}
	n := b.trips(t, m)
	t.Logf("trips: batch %d, single %d", n, single)
	if n > single {
		t.Errorf("同意 of three: %d round trips, a single 同意 %d", n, single)
	}
	b.wantStatus(t, "C1", village.ClaimApproved, "batch")
	b.wantStatus(t, "C5", village.ClaimApproved, "batch")
	b.wantStatus(t, "C2", village.ClaimPending, "batch, no score")
	score := func() int {
		n := 0
		for _, id := range []string{"C1", "C5"} {
			c := b.claim(id)
			n += b.account(c.Household).Year(c.Period[:4]).Score
		}
		return n
	}
	before := score()
	b.trips(t, m) // delivered again
	if after := score(); after != before || before != 2*(10+2) {
		t.Errorf("redelivered batch: totals %d, were %d", after, before)
	}
	log, err := b.st.AuditLog(context.Background(), qs)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, e := range log {
		if e.Action == "points.approve" {
			refs = append(refs, e.Ref)
		}
	}
	slices.Sort(refs)
	if !slices.Equal(refs, []string{"C1", "C3", "C5"}) {
		t.Errorf("approval audit %v, want C1 C3 C5 once each", refs)
	}
}

// TestApproveSeveralReply: the reply says per item what was done and what
// is left; per-item scores (「#C2给8分」, 「同意 #C1、#C2 8分」), the
// scorer's own household refused for that item only, a 驳回 with its
// reason in the same message.
func TestApproveSeveralReply(t *testing.T) {
	b := examplePointsBot(t)
	batchClaims(t, b)
	got := b.say("赵六", "同意 #C1 #C2 #C3")
	has(t, "batch", got, "这条处理了 3 项：#C1、#C3 已通过；#C2 没有处理",
		"#C2：「参加义务劳动、集体劳动」是 5–10分", "同意 #C2 ")
	lacks(t, "batch", got, "一条消息只处理一项")
	got = b.say("赵六", "#C4同意，#C2给8分")
	has(t, "per item", got, "#C2 已通过", "+8分", "不能审核自家的积分")
	b.wantStatus(t, "C4", village.ClaimPending, "own household")
	has(t, "decided before", b.say("赵六", "同意 #C1 #C3"), "#C1、#C3 之前已审核过，这次没有改")
	if c := b.claim("C2"); c.Points != 8 {
		t.Errorf("C2 %d points, want 8", c.Points)
	}
	has(t, "C5", b.say("陈二", "申请积分 参加普法学习 证明人 王五"), "#C5")
	has(t, "C6", b.say("李四", "申请积分 今天扫雪 证明人 王五"), "#C6")
	got = b.say("赵六", "同意 #C6 6分，驳回 #C5 重复申请，已在C3记过")
	has(t, "mixed", got, "#C6 已通过", "+6分", "#C5 没有通过", "理由：重复申请，已在C3记过")
	b.wantStatus(t, "C5", village.ClaimRejected, "mixed")
	b.wantStatus(t, "C3", village.ClaimApproved, "named in a reason")
}

// TestApproveAllAsks: 「都同意」 decides nothing blind: the claims waiting
// are listed, and 「是」 approves those with fixed points.
func TestApproveAllAsks(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "C1", b.say("陈二", "申请积分 昨晚参加治安巡防"), "#C1")
	has(t, "C2", b.say("张三", "申请积分 今天参加义务劳动 证明人 王五"), "#C2")
	got := b.say("赵六", "都同意")
	has(t, "listed", got, "要同意这 2 项吗", "#C1 陈二户·陈二「参加治安巡防」 10分（缺证明人）",
		"5–10分（请给分）", "回复「是」同意有固定分的 1 项（#C1）")
	b.wantStatus(t, "C1", village.ClaimPending, "asked")
	has(t, "C3", b.say("李四", "申请积分 参加普法学习 证明人 王五"), "#C3")
	has(t, "listed", b.say("赵六", "全部同意"), "要同意这 3 项吗", "回复「是」同意有固定分的 2 项（#C1、#C3）")
	has(t, "yes", b.say("赵六", "是"), "这条处理了 2 项：#C1、#C3 已通过", "#C1 已通过", "#C3 已通过")
	b.wantStatus(t, "C2", village.ClaimPending, "a range item")
	lacks(t, "villagers agreeing", b.say("陈二", "都同意"), "要同意")
}

// TestSeveralClaimsRead: how one message is read into steps, seen through
// what is decided: a shared reason, a number inside a reason, scores
// after their numbers only.
func TestSeveralClaimsRead(t *testing.T) {
	b := examplePointsBot(t)
	batchClaims(t, b)
	got := b.say("赵六", "同意 #C2 6分 #C1，驳回 #C3 重复申请，已在C1记过")
	has(t, "read", got, "#C2 已通过", "+6分", "#C1 已通过", "+10分", "#C3 没有通过", "理由：重复申请，已在C1记过")
	has(t, "C5", b.say("陈二", "申请积分 参加普法学习 证明人 王五"), "#C5")
	has(t, "C6", b.say("李四", "申请积分 今天扫雪 证明人 王五"), "#C6")
	got = b.say("赵六", "驳回 #C5 #C6 照片看不清")
	has(t, "shared reason", got, "#C5 没有通过", "#C6 没有通过", "理由：照片看不清")
}
