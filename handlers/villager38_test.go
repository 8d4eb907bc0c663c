package handlers_test

import "testing"

// TestNewProceduresAnswered: a villager's question about a payout for wild
// boar damage, in the group, and about signing and filing a land transfer,
// privately, get the knowledge base's new guides (野生动物毁庄稼补偿,
// 土地经营权流转) with their steps; a plain report of boars in the maize
// is a general item, not the guide.
func TestNewProceduresAnswered(t *testing.T) {
	c := newChat(t, guideReader(t))
	has(t, "boar payout asked", c.say("陈二", "野猪糟蹋庄稼有没有补贴啊"),
		"已登记 #R1（办事咨询）", "【野生动物毁庄稼补偿】怎么办", "48小时内", "不要私拉电网")
	has(t, "land transfer asked", c.private("张三", "土地流转合同咋签 要去哪备案"),
		"已登记 #R2（办事咨询）", "【土地经营权流转】怎么办", "备案")
	got := c.say("张三", "后山的野猪又下来了 把俺家两亩玉米拱得稀烂")
	has(t, "boars told", got, "已登记 #R3（一般事项·其他）")
	lacks(t, "boars told", got, "【野生动物毁庄稼补偿】")
}

// TestScamUnderwayAlarms: a mother told by a caller posing as the police
// to move money now, out of reach, is an emergency the duty chat hears at
// once; a warning against such callers is chat.
func TestScamUnderwayAlarms(t *testing.T) {
	c := newChat(t, guideReader(t))
	has(t, "scam underway", c.say("张三", "俺妈接了个电话 说是公安局的 让她去银行转钱 俺现在联系不上她 急"),
		"【突发事件】青山村三组 #R1", "紧急情况 #R1 已登记，已报告镇应急值班", "110")
	expect(t, "warning", c.say("陈二", "大家注意 最近冒充公安打电话的骗子多 千万莫转账"))
}

// TestOtherAidNotTheAlarms: while 张三's scam alarm is open, 陈二's
// question about a payout for boar damage is his own procedure question,
// filed with its guide, not aid noted on the alarm ("先顾好人身安全…已记在
// #R1"); a question for relief still is the alarm's.
func TestOtherAidNotTheAlarms(t *testing.T) {
	c := newChat(t, guideReader(t))
	c.say("张三", "俺妈接了个电话 说是公安局的 让她去银行转钱 俺现在联系不上她 急")
	got := c.say("陈二", "野猪糟蹋庄稼有没有补贴啊")
	has(t, "own question", got, "已登记 #R2（办事咨询）", "【野生动物毁庄稼补偿】怎么办")
	lacks(t, "own question", got, "先顾好人身安全", "已记在 #R1")
	has(t, "relief asked", c.say("陈二", "我家也被烧了 能申请救助不"), "已记在 #R1")
}
