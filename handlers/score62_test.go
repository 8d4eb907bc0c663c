package handlers_test

import (
	"strings"
	"testing"
)

// TestFrozenItemExplainedBeforeOlderClaimsWitness: 张三's claim waiting
// for a witness was sent before an objection froze his approved item; his
// reply to the freeze notice, 「我去了的 王五可以作证」, is his side of the
// frozen item (passed to the scorer), not a witness of the older claim.
// A claim sent after the freeze still takes the witness.
func TestFrozenItemExplainedBeforeOlderClaimsWitness(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 帮王奶奶挑水 王五可以作证"), "#C1")
	has(t, "approved", b.say("赵六", "同意 #C1"), "#C1 已通过")
	has(t, "a claim without a witness", b.privately("张三", "申请积分 参加义务劳动 清理河道"), "#C2", "证明人 王五")
	publishClaims(t, b.st, b.now, 1)
	has(t, "objected", b.say("陈二", "异议 #C1 张三那天根本没去王奶奶家"), "暂时冻结")
	n := b.privateTrips(t, "p-explain", "张三", "我去了的 王五可以作证")
	if c := b.claim("C1"); len(c.Explained) != 1 || c.Explained[0].Note != "我去了的 王五可以作证" {
		t.Errorf("C1 explained %+v, want 张三's words", c.Explained)
	}
	if c := b.claim("C2"); strings.Contains(c.Evidence, "王五") {
		t.Errorf("C2 evidence %q: the explanation of C1 was taken as C2's witness", c.Evidence)
	}
	if n != 2 {
		t.Errorf("explanation: %d round trips, want 2 (a read, a commit)", n)
	}
	has(t, "a claim after the freeze", b.privately("张三", "申请积分 拾金不昧 捡到钱包交给失主"), "#C3")
	got := b.privately("张三", "证明人 王五")
	has(t, "its witness", got, "#C3")
	lacks(t, "its witness", got, "异议说明")
}

// TestBareApproveInGroupKeepsPrivateClaimsPrivate: the scorer's 「同意」
// without a number in the group lists the claims made there, not one sent
// to the bot privately (the group hears of it at its 公示); it is only
// counted, with where to see it.
func TestBareApproveInGroupKeepsPrivateClaimsPrivate(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "a private claim", b.privately("张三", "申请积分 帮邻居王奶奶修好了漏水的屋顶"), "#C1")
	has(t, "a group claim", b.say("李四", "申请积分 参加义务劳动清理河道 证明人 王五"), "#C2")
	got := b.say("赵六", "同意")
	has(t, "bare approve", got, "#C2", "另有 1 项是私信提交的，不在群里列出，请私信我「待审」查看。")
	lacks(t, "bare approve", got, "#C1", "照料孤寡老人", "张三户")
	got = b.privately("赵六", "同意")
	has(t, "privately, listed", got, "#C2", "#C1")
	lacks(t, "privately, listed", got, "私信提交")
}

// TestRejectedPrivatelyScorerHearsItDone: a scorer who rejects privately
// hears it done and where the claimant was told, not the claimant's
// 「有疑问可以找评分人赵六当面说明」 addressed to himself; the claimant's
// group hears that as before, and the line given to undo it records.
func TestRejectedPrivatelyScorerHearsItDone(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 帮王奶奶挑水 王五可以作证"), "#C1")
	got := b.privately("赵六", "驳回 #C1 那天王奶奶不在家")
	has(t, "rejected", got, "赵六: 已驳回 #C1：张三户·张三「帮助困难群众、照料孤寡老人」。理由：那天王奶奶不在家。\n已在申请的网格群里告诉申请人张三",
		g3+": #C1 没有通过：张三户·张三「帮助困难群众、照料孤寡老人」。理由：那天王奶奶不在家。\n有疑问可以找评分人赵六当面说明")
	for _, l := range got {
		if strings.HasPrefix(l, "赵六: ") && strings.Contains(l, "找评分人赵六") {
			t.Errorf("the scorer is told to see himself: %q", l)
		}
	}
	has(t, "the line it gives", b.say("赵六", "加分 张三 帮助困难群众、照料孤寡老人"), "已记录 #C2")
}

// TestStatusOfRecordedItem: 查 #C of a 扣分 the scorer recorded says who
// recorded it, not 「申请：赵六」 as if the scorer had applied for it.
func TestStatusOfRecordedItem(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "recorded", b.say("赵六", "扣分 李四 焚烧秸秆 5"), "#C1")
	got := b.say("张三", "查 #C1")
	has(t, "status", got, "评分小组记录：赵六，3月")
	lacks(t, "status", got, "申请：赵六", "评分：赵六")
	has(t, "a claim", b.say("张三", "申请积分 帮王奶奶挑水 王五可以作证"), "#C2")
	b.say("赵六", "同意 #C2")
	has(t, "a claim's status", b.say("张三", "查 #C2"), "申请：张三，3月", "评分：赵六，3月")
}
