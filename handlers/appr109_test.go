package handlers_test

import (
	"strings"
	"testing"
)

// TestOfficeChoiceAsked (appr109): 「俺闺女腊月回来结婚 结婚登记要去县里还是镇
// 上办」 in the group was silent (main: the reader took the choice of
// offices for a mere question). It asks where: the guide's 去哪办 line.
func TestOfficeChoiceAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("张三", "俺闺女腊月回来结婚 结婚登记要去县里还是镇上办")
	has(t, "marriage", got, "已登记 #R1", "【结婚登记】办理流程里写的", "去哪办：县民政局婚姻登记处")
	lacks(t, "marriage", got, "带齐材料", "@李四")
	c = newChat(t, guideReader(t))
	has(t, "no 办", c.say("陈二", "结婚登记要去县里还是镇上"), "已登记 #R1", "去哪办：县民政局婚姻登记处")
	// where an event is held stays news for people
	c = newChat(t, guideReader(t))
	if got := c.say("陈二", "征兵体检是哪天 在县里还是镇上"); len(got) != 0 {
		t.Errorf("event place: %q", got)
	}
}

// TestArrivalCheckAsked (appr109): 「高龄补贴咋查到没到账」 was asked back as
// 一般事项·政策咨询 (main: 没到账 inside 到没到账 read as money found
// missing). It asks how to check: the guide's check line.
func TestArrivalCheckAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("陈二", "高龄补贴咋查到没到账")
	has(t, "check", got, "已登记 #R1", "【高龄补贴】", "自己查：看一卡通")
	lacks(t, "check", got, "回复「1」登记", "一般事项")
	// money told missing is still his record, asked of the leader
	c = newChat(t, guideReader(t))
	has(t, "missing", c.say("陈二", "俺娘的高龄补贴三个月没到账了"), "已转问网格长李四（#R1）")
}

// TestCollapseAsksHouseScheme (appr109): 「老房子西屋塌了半边 人没事 能申请危
// 房改造不」 raised the alarm and said nothing of 危房改造 (main: no aid
// word, so no aid asked). The alarm stays first; the guide's short aid
// message follows, once.
func TestCollapseAsksHouseScheme(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("王乐", "老房子西屋塌了半边 人没事 能申请危房改造不")
	has(t, "alarm", got, "【突发事件】", "紧急情况 #R1 已登记", "可以申请【危房改造】", "现住房照片（塌了、裂了的地方先拍下来再收拾）")
	for i, line := range got {
		if strings.Contains(line, "可以申请【危房改造】") && i < 2 {
			t.Errorf("the aid message comes before the alarm: %q", got)
		}
	}
	// a rescue called for is no aid asked
	c = newChat(t, guideReader(t))
	lacks(t, "rescue", c.say("王乐", "西屋塌了 快来人 危房改造申请的那间"), "可以申请【危房改造】")
}

// TestDibaoReviewAway (appr109): the 低保年审 guide told nothing of one away
// working or an elder who cannot come. Its lines now do, and one away
// asking yes or no, or an elder's kin asking whether it is done at home,
// hears them without the whole guide.
func TestDibaoReviewAway(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("张三", "低保年审俺在广东打工 要回去不")
	has(t, "away", got, "【低保年审】办理流程里写的", "不用专门赶回来", "工资流水")
	lacks(t, "away", got, "带齐材料", "@李四")
	c = newChat(t, guideReader(t))
	got = c.say("陈二", "俺爹腿脚不行去不了 低保年审能在家办不")
	has(t, "elder", got, "【低保年审】办理流程里写的", "工作人员上门入户核查")
	lacks(t, "elder", got, "带齐材料", "@李四")
}

// TestDibaoReviewVisitSaid (appr109): 低保年审's guide says the review comes
// to the house, so 「低保年审能上门办不 我腿脚不好」 hears that line alone, as
// a guide that says 上门 always did (残疾证's 上门评定): no worker asked.
func TestDibaoReviewVisitSaid(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("张三", "低保年审能上门办不 我腿脚不好")
	has(t, "visit", got, "已登记 #R1", "工作人员上门入户核查")
	lacks(t, "visit", got, "约时间上门帮着办", "@王五")
}

// TestMayGetAskedInAClause (appr109): 「取暖补贴俺家能领不 俺家是低保户」 heard
// the whole guide with nobody asked (main: its 能领不 did not end the
// message), and 「低保户能领取暖补贴不」 was silent (main: read as news).
// Both hear who gets it, the leader asked whether the household is listed.
func TestMayGetAskedInAClause(t *testing.T) {
	// "低保户能领取暖补贴不", asked of the group in general, is answered
	// by the guide's line (appr110: TestGroupMayGetTold)
	for _, text := range []string{"取暖补贴俺家能领不 俺家是低保户"} {
		c := newChat(t, guideReader(t))
		got := c.say("苏梅", text)
		// whether his household is listed (appr111: 您家在不在名单里)
		has(t, text, got, "已登记 #R1", "您家在不在名单里，办事指南里查不到", "@李四", "按名单发")
		lacks(t, text, got, "带齐材料")
	}
}

// TestDeathToldAsksAfterDeath (appr109): 「俺家老头子上个月走了 养老金咋停 还有
// 丧葬费咋领」 heard how to join 城乡居民养老保险 (main: 养老金 and 丧葬费 tie
// as keywords, 老头子…走了 is no keyword). A death told moves a scheme the
// guide for after a death names to that guide; another matter keeps its own.
func TestDeathToldAsksAfterDeath(t *testing.T) {
	for _, text := range []string{"俺家老头子上个月走了 养老金咋停 还有丧葬费咋领", "俺爹前天过世了 他的高龄补贴要去哪停"} {
		c := newChat(t, guideReader(t))
		got := c.say("胡秀芝", text)
		has(t, text, got, "已登记 #R1", "【老人去世后的手续】")
		lacks(t, text, got, "【城乡居民养老保险】", "【高龄补贴】")
	}
	c := newChat(t, guideReader(t))
	got := c.say("胡秀芝", "俺娘的养老金咋停了 一直没到账")
	lacks(t, "stopped", got, "【老人去世后的手续】")
	c = newChat(t, guideReader(t))
	got = c.say("胡秀芝", "俺爹走了 宅基地建房咋办")
	has(t, "other", got, "【宅基地建房】")
}

// TestExpiredCardAsked (appr109): 「残疾证过期了 两项补贴会停吗」 was asked back
// as 一般事项·安全隐患 (main: 过期 read as a hazard). It is his renewal's
// question: the 残疾证换领 guide, whose note says the subsidy may stop.
func TestExpiredCardAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("廖娟", "残疾证过期了 两项补贴会停吗")
	has(t, "expired", got, "已登记 #R1", "【残疾证换领】", "证过期了补贴可能停发")
	lacks(t, "expired", got, "安全隐患", "回复「1」")
}
