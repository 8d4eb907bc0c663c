package handlers_test

import (
	"testing"

	"gridbot/village"
)

// BenchmarkUnd109: the free-text paths round 109 changed, one message
// each measured.
func BenchmarkUnd109(b *testing.B) {
	// 陈二's 「大雪封路了」 beside 张三's open 「进村的路封了…」: offered as
	// that item (words.OneWayShut)
	b.Run("snow_shut_offered", func(b *testing.B) {
		benchRep74(b, grid3, false, 1, 1, village.StatusRejected,
			"张三", "上报 进村的路封了 有没有人来铲一下", "陈二", "大雪封路了", "陈二", "是", "李四", "驳回 %R0 测试")
	})
	// 张三's fee asked in the power office's name: asked back with the
	// swindle's warning
	b.Run("swindle_asked", func(b *testing.B) {
		benchRep74(b, grid3, false, 1, 0, village.StatusRejected,
			"张三", "有个人说是电力局的 要上门查电表 收一百块", "张三", "1", "李四", "驳回 %R0 测试")
	})
}
