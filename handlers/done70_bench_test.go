package handlers_test

import (
	"testing"

	"gridbot/village"
)

// BenchmarkReporterPlainFixedBeforeResolve: 张三's plain 「好了 不漏了」 of his
// pipe accepted, no 办结 yet: kept on it as 报告人确认已好, the handlers
// @-told (saysFixed, done70); 李四's bare 办结 after closes it.
func BenchmarkReporterPlainFixedBeforeResolve(b *testing.B) {
	benchWord68(b, 1, 2, village.StatusClosed,
		"张三", "上报 我家门口水管冻裂了 一直漏水", "李四", "确认 %R0",
		"张三", "好了 不漏了", "李四", "办结 %R0")
}

// BenchmarkResolveAfterReporterFixed: 李四's bare 「办结 #R」 after 张三 said
// it is fixed: resolved and closed as his 满意 at once (closedAsSaid).
func BenchmarkResolveAfterReporterFixed(b *testing.B) {
	benchWord68(b, 1, 3, village.StatusClosed,
		"张三", "上报 我家门口水管冻裂了 一直漏水", "李四", "确认 %R0",
		"张三", "好了 不漏了", "李四", "办结 %R0")
}

// BenchmarkWorkerDoneOfNewItem: 王五's 「路灯换好了」 of 陈二's lamp nobody
// took on: its 进展, the leader asked to 办结 (doneTakesOn, done70).
func BenchmarkWorkerDoneOfNewItem(b *testing.B) {
	benchWord68(b, 1, 1, village.StatusRejected,
		"陈二", "上报 村口的路灯坏了 晚上黑乎乎的", "王五", "路灯换好了", "李四", "驳回 %R0 测试")
}

// BenchmarkLeaderDoneOfNewItem: 李四's 「路灯换好了」 of 陈二's lamp nobody
// took on, he its handler: told the 办结 to send (progressInWords: his
// words name it, wordsFit; done70).
func BenchmarkLeaderDoneOfNewItem(b *testing.B) {
	benchWord68(b, 1, 1, village.StatusRejected,
		"陈二", "上报 村口的路灯坏了 晚上黑乎乎的", "李四", "路灯换好了", "李四", "驳回 %R0 测试")
}

// BenchmarkThingNamedFixed: 陈二's 「灯好了」 of his lamp being worked on
// (thingFixed): kept as 报告人确认已好 (saysFixed, done70); 李四's 办结 after.
func BenchmarkThingNamedFixed(b *testing.B) {
	benchWord68(b, 1, 2, village.StatusClosed,
		"陈二", "上报 村口的路灯坏了 晚上黑乎乎的", "李四", "确认 %R0",
		"陈二", "灯好了", "李四", "办结 %R0")
}
