package handlers_test

import (
	"fmt"
	"testing"
)

// BenchmarkApproveEachScore: 「同意 #C1 #C2 都给8分」, a score said to be
// each range item's (claim67): what a batch costs (BenchmarkApproveSeveral).
func BenchmarkApproveEachScore(b *testing.B) {
	benchApproveBatch(b, [][2]string{{"陈二", "申请积分 今天扫雪 证明人 王五"}, {"张三", "申请积分 参加义务劳动 证明人 王五"}},
		func(c []int) string { return fmt.Sprintf("同意 #C%d #C%d 都给8分", c[0], c[1]) })
}
