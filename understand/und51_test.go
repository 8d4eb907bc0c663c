package understand

import "testing"

// TestRelayedNoticesAndEventQuestionsRead: a notice or a warning a
// villager passes on is chatter; a question about an event's time or what
// to bring to it asks, not for a procedure; a question about a scheme's
// deadline asks for its procedure; a count asked of the hearer asks.
func TestRelayedNoticesAndEventQuestionsRead(t *testing.T) {
	const policy = "政策咨询"
	checkReads(t, []readCase{
		// a notice passed on (报名开始了, 符合条件的到…)
		{"sign-up opened, those who qualify sent", "临时救助报名开始了 符合条件的到村部报名", noiseIn(policy)},
		{"sign-up opened, asked about", "临时救助开始报名了吗 我家能报不", approvalIn(policy)},
		{"those who qualify, asked how", "符合条件的怎么申请高龄补贴", approvalIn(policy)},
		{"a terse sign-up still asks", "危房改造报名", approvalIn(policy)},
		// a deadline asked is no notice
		{"a deadline asked", "医保啥时候截止交 过了还能交不", approvalIn(policy)},
		{"a deadline told", "医保缴费本月底截止 请还没交的抓紧", noiseIn(policy)},
		// an event's time and what to bring
		{"what to bring to a check-up", "明天体检几点开始 要带身份证不", queryIn(policy)},
		{"a drill asked", "下周的消防演练在哪集合", queryIn("安全隐患")},
		{"papers for a procedure still ask it", "补办身份证要带户口本不", approvalIn(policy)},
		// warnings passed on
		{"a warning heard", "听人说不要在加油站边上放鞭炮", noiseIn("安全隐患")},
		{"a warning with its season", "天冷了 记得小心煤气中毒", noiseIn("其他")},
		{"someone doing it is a report", "有人在加油站边上放鞭炮 吓死人", reportIn("安全隐患")},
		// a count asked of the hearer
		{"turnout asked", "俺家去清渠了 你们组来了几个人", queryIn("其他")},
		{"a few came, told", "昨天来了几个人帮忙清渠", noiseIn("其他")},
	})
}
