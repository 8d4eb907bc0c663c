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
