package handlers_test

import "testing"

// BenchmarkApproveAllEachScore: 「都同意」 lists two range claims (not
// measured), then a bare 「都给8分」 approves both (allScored, score68): the
// list's question read from this process's copy, the batch's one commit
// taking it, as 「同意 #C1 #C2 都给8分」 typed costs (BenchmarkApproveEachScore).
func BenchmarkApproveAllEachScore(b *testing.B) {
	benchApproveBatch(b, [][2]string{{"陈二", "申请积分 今天扫雪 证明人 王五"}, {"张三", "申请积分 参加义务劳动 证明人 王五"}},
		func([]int) string { return "都给8分" }, "都同意")
}

// BenchmarkApprovePick: a bare 「同意」 numbers the claim waiting (not
// measured); 赵六's 「1」 approves it (approvePick, score68): as a typed
// 「同意 #C1」 costs.
func BenchmarkApprovePick(b *testing.B) {
	benchApproveBatch(b, [][2]string{{"陈二", "申请积分 参加普法学习 证明人 王五"}},
		func([]int) string { return "1" }, "同意")
}
