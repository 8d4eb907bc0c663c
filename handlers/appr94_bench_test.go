package handlers_test

import "testing"

// BenchmarkFarmLossPhone94: a villager's 「保险公司电话多少」 just after the
// 报案 steps (forwarded, the guide's where said first), and 「猪冻死了 保
// 险公司电话多少」 in one message in the group and privately (the guide,
// the number said not in it, the leader asked): each the filing's one
// commit (appr94).
func BenchmarkFarmLossPhone94(b *testing.B) {
	b.Run("asked_on_where", func(b *testing.B) {
		benchAskedOn(b, "陈二", "昨晚冻死了三头猪", "保险公司电话多少", 0, false)
	})
	b.Run("loss_and_phone", func(b *testing.B) { benchAskedOn(b, "陈二", "", "猪冻死了 保险公司电话多少", 0, false) })
	b.Run("loss_and_phone_private", func(b *testing.B) { benchAskedOn(b, "陈二", "", "羊冻死了 打哪个电话报案", 0, true) })
}
