package handlers_test

import (
	"testing"

	"gridbot/village"
)

// BenchmarkDeskAmount89: 「房子拆迁的话 能补多少钱」 answered with the desk
// and the amount asked, one commit (und89).
func BenchmarkDeskAmount89(b *testing.B) {
	benchAskedOn(b, "陈二", "", "房子拆迁的话 能补多少钱", 0, false)
}

// BenchmarkOwnOtherThingSameCategory: 张三's 「村口那段路的路灯不亮了」 beside his
// open 「村口那段路结冰了」: filed as its own, not asked as a repeat (und89).
func BenchmarkOwnOtherThingSameCategory(b *testing.B) {
	benchRep74(b, grid3, false, 2, 1, village.StatusRejected,
		"张三", "上报 村口那段路结冰了 好几个人摔了", "张三", "村口那段路的路灯不亮了 晚上黑乎乎的",
		"李四", "驳回 %R0 测试", "李四", "驳回 %R1 测试")
}
