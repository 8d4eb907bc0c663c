package handlers_test

import "testing"

// TestNarrowQuestionNarrowAnswer (appr110): 「医保今年交到啥时候」, 「在外地怎么交
// 医保」 and 「俺家低保年审 上门的啥时候来」 heard the whole guide (main: 交到啥时
// 候 and 啥时候来 were no 时限 words; one away asking how to pay was a how
// question). Each hears the lines it asks and how to get the rest.
func TestNarrowQuestionNarrowAnswer(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"医保今年交到啥时候", "时限：每年集中缴费期交下一年的"},
		{"在外地怎么交医保", "微信或支付宝搜当地税务"},
		{"医保今年交到啥时候 俺在外地回不来 能让俺爸帮俺交不", "微信或支付宝搜当地税务"},
		{"俺家低保年审 上门的啥时候来", "工作人员上门入户核查"},
	} {
		c := newChat(t, guideReader(t))
		got := c.say("陈二", tc.text)
		has(t, tc.text, got, "已登记 #R1", "办理流程里写的", tc.want, "要看全部步骤")
		lacks(t, tc.text, got, "带齐材料", "怎么办：")
	}
	c := newChat(t, guideReader(t))
	has(t, "visit day", c.say("陈二", "俺家低保年审 上门的啥时候来"), "具体时间以村里和镇民政窗口通知为准")
	// one away asking how to do a review with no pay step still hears the whole guide
	c = newChat(t, guideReader(t))
	has(t, "away how", c.say("陈二", "在外地打工 低保年审怎么弄"), "【低保年审】怎么办：")
}

// TestPayoutWhenAsked (appr110): 「危房改造的钱啥时候能到」 heard the 时限 line
// alone (按年度计划分批实施), not that the money comes after 竣工验收.
func TestPayoutWhenAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("陈二", "危房改造的钱啥时候能到")
	has(t, "house", got, "竣工验收合格后，补助打到一卡通", "时限：按年度计划分批实施")
	lacks(t, "house", got, "带齐材料", "农户向村委会提书面申请")
	c = newChat(t, guideReader(t))
	has(t, "dibao", c.say("陈二", "低保的钱啥时候能到账"), "按月发放到一卡通", "时限：")
}

// TestGroupMayGetTold (appr110): 「低保户能领取暖补贴不」 asks of 低保户 in
// general, and the guide's line names them; it was told 「您的情况够不够条
// 件」 and the leader asked. The line answers it alone; his own household
// asked is still checked (appr109).
func TestGroupMayGetTold(t *testing.T) {
	for _, text := range []string{"低保户能领取暖补贴不", "五保户能领取暖补贴不"} {
		c := newChat(t, guideReader(t))
		got := c.say("苏梅", text)
		has(t, text, got, "已登记 #R1", "【冬季取暖补贴】办理流程里写的", "低保户、特困人员等困难家庭冬季发取暖补贴")
		lacks(t, text, got, "够不够条件", "@李四", "带齐材料")
	}
	c := newChat(t, guideReader(t))
	// whether his household is on the list: appr111
	has(t, "own", c.say("苏梅", "俺家是低保户 能领取暖补贴不"), "您家在不在名单里", "@李四")
}

// TestStepDayAsked (appr110): 「低保名单几号公示」 was silent (main: the
// reader took it for a mere query). It asks the day of a step: the step is
// told, the day is the leader's to say.
func TestStepDayAsked(t *testing.T) {
	for _, tc := range []struct{ text, step, event string }{
		{"低保名单几号公示", "结果在村里公示7天", "哪天公示"},
		{"今年村里评低保 哪天公示名单", "结果在村里公示7天", "哪天公示"},
		{"危房改造哪天来验收啊 房子修好半个月了", "竣工验收合格后", "哪天验收"},
	} {
		c := newChat(t, guideReader(t))
		got := c.say("陈二", tc.text)
		has(t, tc.text, got, "已登记 #R1", tc.event+"，办事指南里没有写", "@李四", tc.step)
		lacks(t, tc.text, got, "带齐材料", "先照指南办")
	}
	// the points' 公示 is no procedure's
	c := newChat(t, guideReader(t))
	lacks(t, "points", c.say("陈二", "这个月积分几号公示"), "办事指南")
}

// TestWalkAppr110 (appr110): the December walk. 「临时救助咋申请 家里老人住院花
// 了好多钱」 heard 「多少钱指南里没有写」 with no how-to (main: 好多钱 read as
// how much); 「他的医保在那边交过了 家里还用交不」 heard the whole guide, not
// its line on paying twice; 「宅基地批下来了 冬天能开工不」 heard only the 时限
// of the approval (main: 批下来 read as asked), now the guide with its 开工 lines.
func TestWalkAppr110(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("陈小凤", "临时救助咋申请 家里老人住院花了好多钱")
	has(t, "spent", got, "【临时救助】怎么办：", "带齐材料")
	lacks(t, "spent", got, "多少钱指南里没有写")
	c = newChat(t, guideReader(t))
	got = c.say("刘芳", "儿子过年从广东回来 他的医保在那边交过了 家里还用交不")
	has(t, "twice", got, "重复参保")
	lacks(t, "twice", got, "带齐材料")
	c = newChat(t, guideReader(t))
	got = c.say("林慧", "宅基地批下来了 冬天能开工不")
	// its step and note on 开工 (the 时限 alone told nothing); appr111
	// tells those lines alone
	has(t, "done", got, "开工前乡镇到场丈量放线", "冬天施工注意防冻和安全")
}

// TestPayDayAsked (appr110): 「高龄补贴的钱几号到账」 was silent (main: 几号
// asks no procedure). The steps that say how it is paid and the 时限 are
// told, the day is the leader's; 「残疾人两项补贴的钱啥时候发」 hears how it
// is paid beside the 时限.
func TestPayDayAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("林慧", "高龄补贴的钱几号到账")
	has(t, "day", got, "已登记 #R1", "哪天到账，办事指南里没有写", "@李四", "按月或按季发到一卡通", "时限：")
	lacks(t, "day", got, "带齐材料")
	c = newChat(t, guideReader(t))
	has(t, "when", c.say("张明", "残疾人两项补贴的钱啥时候发"), "时限：")
	// a loan between neighbours is no scheme's
	c = newChat(t, guideReader(t))
	if got := c.say("张明", "你上回借的钱几号到账啊 我等着用"); len(got) != 0 {
		t.Errorf("loan: %q", got)
	}
}
