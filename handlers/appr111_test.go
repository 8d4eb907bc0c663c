package handlers_test

import "testing"

// TestSeasonDoAsked (appr111): 「宅基地批下来了 冬天能开工不」 heard the whole
// guide. It hears the lines on 开工 (its step, the note's sentence) and
// that whether in winter the guide does not say, with the leader asked.
func TestSeasonDoAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("林慧", "宅基地批下来了 冬天能开工不")
	has(t, "winter", got, "已登记 #R1", "冬天能不能开工，办事指南里没有写", "@李四", "开工前乡镇到场丈量放线",
		"提示：批下来后在批准书写的期限内开工", "要看全部步骤")
	lacks(t, "winter", got, "带齐材料", "户主向村民小组提书面申请", "审批免费", "先照指南办")
	// the office's days are hoursUntold's, not a step's season
	c = newChat(t, guideReader(t))
	lacks(t, "office", c.say("林慧", "结婚登记民政局过年放假不"), "过年能不能")
}

// TestOnListAsked (appr111): 「俺家是低保户 能领取暖补贴不」 heard 「您的情况
// 够不够条件」 though his household's group is named by the guide's line:
// whether his household is on the list is what the guide cannot say, and
// he hears how to check it. 「俺家是低保户 能领不」 heard how to apply for
// 低保: he hears the same, how 低保 is paid, and what else the guide
// gives his group.
func TestOnListAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("苏梅", "俺家是低保户 能领烤火费不")
	has(t, "heating", got, "【冬季取暖补贴】办理流程里写的", "您家在不在名单里，办事指南里查不到", "@李四", "到没到账可以自己查：看一卡通")
	lacks(t, "heating", got, "够不够条件", "【低保】")
	c = newChat(t, guideReader(t))
	got = c.say("苏梅", "俺家是低保户 能领不")
	has(t, "status only", got, "您家在不在名单里", "@李四", "按月发放到一卡通", "冬季取暖补贴", "残疾人两项补贴")
	lacks(t, "status only", got, "带齐材料", "向户籍所在乡镇提书面申请")
	// not of the group: who gets it, and his case checked, as before
	c = newChat(t, guideReader(t))
	got = c.say("苏梅", "俺家不是低保户 能领取暖补贴不")
	has(t, "not", got, "您的情况够不够条件")
	lacks(t, "not", got, "在不在名单里")
	// asked further of his item, the same
	c = newChat(t, guideReader(t))
	c.say("苏梅", "冬季取暖补贴啥时候发")
	got = c.say("苏梅", "俺家是低保户 能领不")
	has(t, "further", got, "您家在不在名单里", "按名单发")
	lacks(t, "further", got, "带齐材料", "只写了这些")
}

// TestGroupAliases (appr111): groups are said as villagers say them and
// read as the guide writes them: 一级残疾 is the line's 重度残疾人, and a
// group no line names (边缘户 for 取暖补贴) is said so, not 「您的情况」.
func TestGroupAliases(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("苏梅", "一级残疾能领残疾人补贴不")
	has(t, "severe", got, "一、二级重度残疾人可领重度残疾人护理补贴")
	lacks(t, "severe", got, "够不够条件", "@李四")
	c = newChat(t, guideReader(t))
	got = c.say("苏梅", "边缘户能领取暖补贴不")
	has(t, "edge", got, "边缘户能不能领，办事指南里没有写", "@李四", "按名单发")
	lacks(t, "edge", got, "您的情况")
	c = newChat(t, guideReader(t))
	got = c.say("苏梅", "边缘户能申请危房改造不")
	has(t, "edge named", got, "低保边缘户")
	lacks(t, "edge named", got, "能不能领", "@李四")
	// 残疾人补助 is 残疾人两项补贴
	c = newChat(t, guideReader(t))
	has(t, "alias", c.say("苏梅", "残疾人补助咋申请"), "【残疾人两项补贴】怎么办：")
}

// TestStoppedAfterDeath (appr111): 「俺爹上个月走了 高龄补贴还发不」 heard 「今
// 年发不发，办事指南里没有写」 (main: 还发不 read as the year's news): the guide
// says it stops once the death is reported, and that what was paid on is
// returned; nobody is asked.
func TestStoppedAfterDeath(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("林慧", "俺爹上个月走了 高龄补贴还发不")
	has(t, "stopped", got, "【老人去世后的手续】办理流程里写的", "到村委会报告，停发高龄补贴、低保等", "多发的养老金、补贴要退回")
	lacks(t, "stopped", got, "今年发不发", "@李四", "带齐材料")
	// no death told: the year's news, as before
	c = newChat(t, guideReader(t))
	has(t, "news", c.say("林慧", "高龄补贴今年还发不"), "今年发不发，办事指南里没有写")
}

// TestOnListAskedForHer (appr111): a worker asking for an elder ("王奶奶问
// 她是五保户 能领取暖补贴不") asks of her household (recorded for her), not
// of 五保户 in general;
// 「腊月能不能动工」 is the guide's 开工.
func TestOnListAskedForHer(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("王五", "王奶奶问 她是五保户 能领取暖补贴不")
	has(t, "her", got, "王奶奶家在不在名单里", "按名单发")
	c = newChat(t, guideReader(t))
	has(t, "verb", c.say("陈二", "宅基地批下来了 腊月能不能动工"), "腊月能不能开工，办事指南里没有写", "开工前乡镇到场丈量放线")
}

// TestStatusAskedWhat (appr111): 「俺家吃低保 过年能领啥」 heard how to apply
// for 低保, and 「俺家低保被取消了 还能领取暖补贴不」 heard 「今年发不发」 (main:
// 取消了 read as the scheme's news): what his group gets, and his case.
func TestStatusAskedWhat(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("陈二", "俺家吃低保 过年能领啥")
	has(t, "what", got, "您家在不在名单里", "冬季取暖补贴")
	lacks(t, "what", got, "带齐材料")
	c = newChat(t, guideReader(t))
	got = c.say("王乐", "俺家低保被取消了 还能领取暖补贴不")
	has(t, "ended", got, "您的情况够不够条件", "不在名单里、冬天取暖确有困难的")
	lacks(t, "ended", got, "今年发不发", "在不在名单里")
}
