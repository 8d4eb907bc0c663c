package handlers_test

import (
	"testing"
)

// TestTookOilByItsUnit: of the items like what the shopkeeper wrote
// (酱油 and 食用油 for 油), the unit he counted in picks the one sold by
// it, in his plain words and in the 兑换 alike; a unit both or neither
// are sold by leaves the list.
func TestTookOilByItsUnit(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 500) // affordable: asked (pts64)
	expect(t, "a 瓶 of 油", b.say("周八", "张三拿了一瓶油"),
		g3+": 积分超市没有「油」，有酱油（8分/瓶）。要记张三兑换吗？是的话回「是」就兑换（或发：兑换 张三 一瓶酱油），不是请回「不是」，这条还没有兑换。")
	expect(t, "a 桶 of 油", b.say("周八", "张三拿了一桶油"),
		g3+": 积分超市没有「油」，有食用油（80分/桶（5升））。要记张三兑换吗？是的话回「是」就兑换（或发：兑换 张三 一桶食用油），不是请回「不是」，这条还没有兑换。")
	has(t, "a 个 of 油 names no unit", b.say("周八", "张三拿了一个油"), "相近的有：酱油 8分/瓶、食用油 80分/桶（5升）。")
	got := b.say("周八", "兑换 张三 一桶油")
	has(t, "兑换 of a 桶", got, "食用油")
	lacks(t, "兑换 of a 桶", got, "酱油")
	// the plain words' questions wait too (pts64): 「是」 says which
	has(t, "是 redeems it", b.say("周八", "是 张三 食用油"), "已兑换", "食用油 1桶")
}
