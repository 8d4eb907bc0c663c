package handlers_test

import "testing"

// TestApproveAllOffersEachScoreForRanges: 都同意's list offers 「都给8分」
// only when every listed claim needs a score. Two fixed items (10 and 2
// points) listed with that line led 赵六 in the points-year walk to send
// it and have both refused (「只能给 10分，8 分不行」); beside a fixed item
// it refuses that one too. Two range items still get it.
func TestApproveAllOffersEachScoreForRanges(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "C1", b.say("陈二", "申请积分 昨晚参加治安巡防"), "#C1")
	has(t, "C2", b.say("李四", "申请积分 参加普法学习 证明人 王五"), "#C2")
	got := b.say("赵六", "都同意")
	has(t, "fixed", got, "要同意这 2 项吗", "回复「是」同意有固定分的 2 项（#C1、#C2）")
	lacks(t, "fixed", got, "都给8分")

	has(t, "C3", b.say("张三", "申请积分 今天参加义务劳动 证明人 王五"), "#C3")
	got = b.say("赵六", "都同意")
	has(t, "mixed", got, "要同意这 3 项吗", "#C3 要给分")
	lacks(t, "mixed", got, "都给8分")

	r := examplePointsBot(t)
	has(t, "R1", r.say("张三", "申请积分 今天参加义务劳动 证明人 王五"), "#C1")
	has(t, "R2", r.say("陈二", "申请积分 参加志愿服务 打扫敬老院 证明人 王五"), "#C2")
	has(t, "ranges", r.say("赵六", "都同意"), "列出的都给一样的分，可以直接发「都给8分」")
	has(t, "each 8", r.say("赵六", "都给8分"), "#C1 已通过", "#C2 已通过")
}

// TestRepeatClaimNamesScorer: a villager's claim of a deed already
// claimed today is refused naming whom to tell (评分人赵六), not 「请评分
// 小组用「加分」记录」: he cannot 加分 himself and the group is no one.
func TestRepeatClaimNamesScorer(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "C1", b.say("陈二", "申请积分 帮王奶奶挑水 证明人 王五"), "#C1")
	got := b.say("陈二", "申请积分 帮王奶奶挑水 证明人 王五")
	has(t, "pending", got, "今天已经申请过 #C1", "要补充说明请告诉评分人赵六", "确实是另一次的，请告诉评分人赵六，由评分人用「加分」记录。")
	lacks(t, "pending", got, "请评分小组用")
	has(t, "approve", b.say("赵六", "同意 #C1"), "#C1 已通过")
	got = b.say("陈二", "申请积分 帮王奶奶挑水 又一次 证明人 王五")
	has(t, "approved", got, "今天已经记过 #C1", "请告诉评分人赵六，由评分人用「加分」记录。")
}
