package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkPickAll: 「全部」 to the list of nine is asked one at a time
// (pick76), the question kept.
func BenchmarkPickAll(b *testing.B) { benchPickAnswer(b, "全部", 0) }

// BenchmarkPickTwelve: 「12」 to the list of nine is told the list's
// numbers (pick76), the question kept.
func BenchmarkPickTwelve(b *testing.B) { benchPickAnswer(b, "12", 0) }

// BenchmarkPickLateSeveral: 「1 3」 past llm.confirm_ttl names both
// items' lines (pick76), the question taken.
func BenchmarkPickLateSeveral(b *testing.B) { benchPickAnswer(b, "1 3", 40*time.Minute) }

// BenchmarkApproveAllAnsweredAll: 「全部」 to 都同意's list (measured) is
// its 「是」 (pick76): the fixed claims listed are approved.
func BenchmarkApproveAllAnsweredAll(b *testing.B) { benchApproveAllAnswer(b, "全部") }

// BenchmarkApproveAllYes: 「是」 to the same list, for comparison.
func BenchmarkApproveAllYes(b *testing.B) { benchApproveAllAnswer(b, "是") }

// benchApproveAllAnswer: two fixed claims, 赵六's 「都同意」 (unmeasured)
// and his answer to its list (measured).
func benchApproveAllAnswer(b *testing.B, answer string) {
	benchApproveBatch(b, [][2]string{{"陈二", "申请积分 参加普法学习 证明人 王五"}, {"张三", "申请积分 清理河道 证明人 王五"}},
		func([]int) string { return answer }, "都同意")
}
