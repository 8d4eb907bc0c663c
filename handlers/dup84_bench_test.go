package handlers_test

import (
	"testing"

	"gridbot/village"
)

// BenchmarkOtherThingAtOnePlace: 张三's 「一组桥栏杆断了」 beside his open
// 「一组桥边的水渠堵了」: no repeat question, a matter of its own (dup84).
func BenchmarkOtherThingAtOnePlace(b *testing.B) {
	benchRep74(b, grid3, false, 1, 1, village.StatusRejected,
		"张三", "上报 一组桥边的水渠堵了", "张三", "一组桥栏杆断了", "张三", "2", "李四", "驳回 %R0 测试")
}

// BenchmarkOwnOtherThingAgain: 张三's 「桥头的路灯又不亮了」 beside his
// 受理'd 「桥头的水渠堵了」: a new item, not the ditch's news (dup88).
func BenchmarkOwnOtherThingAgain(b *testing.B) {
	benchRep74(b, grid3, false, 2, 2, village.StatusRejected,
		"张三", "上报 桥头的水渠堵了", "李四", "确认 %R0", "张三", "桥头的路灯又不亮了",
		"李四", "驳回 %R1 测试", "李四", "办结 %R0 已疏通", "张三", "满意 %R0")
}
