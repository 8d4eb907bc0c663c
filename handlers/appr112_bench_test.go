package handlers_test

import "testing"

// BenchmarkProcedure112: the paths appr112 changed, each a first message
// (the filing's commit): a first ID card, 结婚证 asked, a household's
// festival gift forwarded to the leader, a card lost by a child, a desk
// for a lost subsidy card.
func BenchmarkProcedure112(b *testing.B) {
	for _, c := range []struct{ name, from, text string }{
		{"first_id", "刘芳", "孩子放寒假回来 想办个身份证"},
		{"marriage_cert", "陈二", "结婚证过年回来能办不"},
		{"own_gift", "郑十", "俺家是低保户 过年有慰问金吗"},
		{"card_lost_by_child", "金大海", "医保卡叫孩子弄丢了 能不能补"},
		{"card_desk", "雷志明", "一卡通丢了咋补 补贴都打在上面"},
	} {
		b.Run(c.name, func(b *testing.B) { benchAskedOn(b, c.from, "", c.text, 0, false) })
	}
}
