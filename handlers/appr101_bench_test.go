package handlers_test

import (
	"testing"
)

// BenchmarkProcedure101: the procedure questions appr101 changed: a first
// 「低保要本人去吗」 (the filing's commit), a worker passing on an elder's
// 认证 question (her item, his recorder), his words after it (no answer
// recorded), 「认证过了没 咋查」 after the guide (the further question's
// commit), and 「危房改造今年还能报不」 (the filing's commit).
func BenchmarkProcedure101(b *testing.B) {
	b.Run("in_person_first", func(b *testing.B) { benchAskedOn(b, "陈二", "", "低保要本人去吗", 0, false) })
	b.Run("relayed_elder", func(b *testing.B) { benchAskedOn(b, "王五", "", "王奶奶问高龄补贴认证了没有", 0, false) })
	b.Run("recorder_says_on", func(b *testing.B) {
		benchAskedOn(b, "王五", "王奶奶问高龄补贴认证了没有", "她自己不会弄手机", 0, false)
	})
	b.Run("check_asked", func(b *testing.B) {
		benchAskedOn(b, "陈二", "养老金资格认证怎么弄", "认证过了没 咋查", 0, false)
	})
	b.Run("house_scheme", func(b *testing.B) { benchAskedOn(b, "张三", "", "危房改造今年还能报不", 0, false) })
}
