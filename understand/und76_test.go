package understand

import "testing"

// TestTradeWordsAndWayFaults: a word of trade silences a question only
// when the question gives a trader's contact (an ad's shape), not a
// villager's question of a price; a slope too steep or a pit where people
// pass is a fault of the way (traffic), as a road's warning sign is, and a
// hillside sliding stays a hazard; a cadre's manner met on an errand of a
// scheme is a complaint of his conduct (其他), favours in the scheme stay
// the scheme's (政策咨询); the collective's dividends are the village's
// affair, no state scheme's; a question to everyone of their own crops is
// chat; a rock loose above a road is a hazard, the road only where it
// would fall; 「还没呢」 opening a clause answers (und76).
func TestTradeWordsAndWayFaults(t *testing.T) {
	checkReads(t, []readCase{
		{"a purchase price asked", "大家知道今年的稻谷收购价多少吗", queryIn("其他")},
		{"a market price asked", "今年玉米什么价格 有人知道吗", queryIn("其他")},
		{"a purchase told with a contact", "收购玉米 价格好 有意者联系", noiseIn("其他")},
		{"a purchase asked with a phone", "高价收购稻谷 要卖的吗 电话13811112222", noiseIn("其他")},
		{"a spam question", "帮我砍一刀好吗", noiseIn("其他")},
		{"a steep slope by the school", "村小学门口那个坡太陡了 下雨天好滑 娃们老摔跤", reportIn("道路交通")},
		{"a slippery slope", "村口那个坡太滑了 老有人摔", reportIn("道路交通")},
		{"a pit children pass", "@张三 你说的那个坑我也看到了 就在学校门口 娃娃上学要经过 太危险了", reportIn("道路交通")},
		{"a hillside cracking", "后山那个坡裂了好长一条缝", reportIn("安全隐患")},
		{"a road's warning sign", "转弯那块的警示牌被人拔了 外地车老冲到田里去", reportIn("道路交通")},
		{"a cadre's manner on a 低保 errand", "我要投诉我们村的村干部，去办低保证明的时候态度非常恶劣，说话难听还把我们赶出来，请镇里查一查。", reportIn("其他")},
		{"favours in the 低保", "村主任办事不公 他亲戚家的低保一办就下来了 我们家申请两年都没批", reportIn("政策咨询")},
		{"favours doubted as a question", "评低保的时候优亲厚友 村主任亲戚家有车有房也吃低保 这合理吗", reportIn("政策咨询")},
		{"a clinic's fees", "您好，镇上那家卫生院的收费太乱了，看个感冒开了三百多块的药，还不给看明细，请相关部门查一查。", reportIn("其他")},
		{"left off the dividend list", "分红名单上没有我家 我家的股权证明明在", reportIn("其他")},
		{"a 低保 review failed", "俺家低保年审没过 说是家里有车 那是拉货的破三轮", reportIn("政策咨询")},
		{"everyone's crops asked", "今年雨水多 大家的稻子收成怎么样", noiseIn("其他")},
		{"a neighbour's seedlings asked for", "谁家有多余的辣椒苗 想要几棵", queryIn("其他")},
		{"a rock above a road", "后山那块大石头是不是松了 看着有点悬 下面就是路", reportIn("安全隐患")},
		{"not yet, as an answer", "还没呢 等天晴了再打", noiseIn("其他")},
		{"not yet, asked", "吃了还没呢", queryIn("其他")},
	})
}
