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

// BenchmarkFarmLossName96: 「羊冻死了 协保员是谁」 (the guide, the name said
// not in it, the leader asked: the filing's commit, which keeps his loss
// memo) and a second loss told after 「猪冻死了两头 保险公司电话多少」 (the
// reply's commit, decided on the memo's copy; appr96).
func BenchmarkFarmLossName96(b *testing.B) {
	b.Run("loss_and_who", func(b *testing.B) { benchAskedOn(b, "陈二", "", "羊冻死了 协保员是谁", 0, false) })
	b.Run("loss_and_who_private", func(b *testing.B) { benchAskedOn(b, "陈二", "", "羊冻死了 协保员是谁", 0, true) })
	b.Run("second_loss_after_asked", func(b *testing.B) {
		benchAskedOn(b, "陈二", "猪冻死了两头 保险公司电话多少", "又冻死了一头猪", 0, false)
	})
}

// BenchmarkWalk96: the week's procedure questions that changed: an
// amount paid back asked of a guide with only a fee (the filing's
// commit), and a chase told by the time since (「交了半个月了」)
// privately (the chase item's commit; appr96).
func BenchmarkWalk96(b *testing.B) {
	b.Run("paid_back_asked", func(b *testing.B) {
		benchAskedOn(b, "陈二", "", "我妈住院花了三万多 医保能报多少", 0, false)
	})
	b.Run("chase_time_since_private", func(b *testing.B) {
		benchAskedOn(b, "陈二", "", "残疾证办下来了没有 交了半个月了", 0, true)
	})
}
