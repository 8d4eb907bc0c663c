package handlers_test

import (
	"testing"
)

// TestEligibleAfterTime (appr103): 「那俺家能领不」 right after 取暖补贴's 时
// 限 was answered heard only that the guide does not say (main), though its
// first step tells who gets it (按名单发) and its second what one not listed
// does. Those lines are quoted, and his household's case is the leader's.
// Whether a thing counts against him (影响) keeps the plain answer.
func TestEligibleAfterTime(t *testing.T) {
	c := newChat(t, guideReader(t))
	c.say("张三", "取暖补贴今年啥时候发")
	got := c.say("张三", "那俺家能领不")
	has(t, "may get", got, "张三就 #R1（取暖补贴今年啥时候发）又问：那俺家能领不",
		"低保户、特困人员等困难家庭冬季发取暖补贴", "不在名单里、冬天取暖确有困难的", "您的情况够不够条件，办事指南里没有写，要核实后定，请负责人在群里答复张三",
		"也可以打镇便民服务中心电话")
	lacks(t, "may get", got, "要由经办的部门核实后定")
	c.wantReports(1, "may get")
	c = newChat(t, guideReader(t))
	c.say("陈二", "低保怎么申请")
	has(t, "no such line", c.say("陈二", "俺家够条件不"), "办事指南里没有写")
	c = newChat(t, guideReader(t))
	c.say("陈二", "取暖补贴今年啥时候发")
	got = c.say("陈二", "家里有辆三轮车影响吗")
	has(t, "counts against", got, "这种情况能不能办、有没有影响，办事指南里没有写")
	lacks(t, "counts against", got, "按名单发")
}

// TestPayWhereAsked (appr103): 「闺女在外地打工 医保在哪交都行吗」 heard the
// 去哪办 line alone (where one registers, main); the step that tells how
// the fee is paid (微信、支付宝、银行、村代收点) is what it asks. Asked on
// ("那手机上能交吗") it is told too, the handlers asked as for any where.
func TestPayWhereAsked(t *testing.T) {
	got := newChat(t, guideReader(t)).say("陈二", "闺女在外地打工 医保在哪交都行吗")
	has(t, "first", got, "【城乡居民医保】办理流程里写的：", "微信或支付宝搜当地税务、医保缴费，或到银行、村代收点交", "去哪办：镇便民服务中心（医保窗口）")
	lacks(t, "first", got, "带齐材料", "第一次参保")
	c := newChat(t, guideReader(t))
	c.say("陈二", "医保今年交多少钱")
	got = c.say("陈二", "那手机上能交吗")
	has(t, "asked on", got, "陈二就 #R1（医保今年交多少钱）又问：那手机上能交吗", "微信或支付宝搜当地税务")
	c.wantReports(1, "asked on")
	// a fee the guide tells no way of paying: the 去哪办 line alone
	got = newChat(t, guideReader(t)).say("陈二", "残疾证换领在哪交材料")
	lacks(t, "no pay step", got, "微信或支付宝")
}

// TestPaperAskedUnnamed (appr103): 「我儿子腊月二十回来 在外面打工的要开个
// 啥证明不」 was asked 「回复1登记」 (main), and said within the hour of a
// 取暖补贴 question it was told on that item (its materials list 证明).
// A paper asked of, naming none, is the guide's 村里开证明; a paper asked
// of a named entry stays that entry's.
func TestPaperAskedUnnamed(t *testing.T) {
	got := newChat(t, guideReader(t)).say("张三", "我儿子腊月二十回来 在外面打工的要开个啥证明不")
	has(t, "first", got, "已登记 #R1", "【村里开证明】", "先问清要证明的单位")
	lacks(t, "first", got, "回复「1」")
	c := newChat(t, guideReader(t))
	c.say("张三", "取暖补贴今年啥时候发")
	got = c.say("张三", "我儿子腊月二十回来 在外面打工的要开个啥证明不")
	has(t, "after another", got, "已登记 #R2", "【村里开证明】")
	lacks(t, "after another", got, "#R1（")
	// few words just after his question: of that item (返乡人员登记's
	// step names 务工证明), not a new one
	c = newChat(t, guideReader(t))
	c.say("刘芳", "过年回来的 是不是要去村里登记")
	got = c.say("刘芳", "要开个啥证明不")
	has(t, "asked on", got, "刘芳就 #R1（过年回来的 是不是要去村里登记）又问：要开个啥证明不", "要开务工证明")
	c.wantReports(1, "asked on")
}

// TestOfficeDaysAsked (appr103): 「腊月二十六结婚 结婚登记民政局过年放假不」
// was silent (main: read as a mere question). The guide is told and, as
// for a phone it lacks, that it does not say the office's days: the leader
// is asked, and his note says what waits for his 答复.
func TestOfficeDaysAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("林慧", "腊月二十六结婚 结婚登记民政局过年放假不")
	has(t, "first", got, "已登记 #R1", "哪天上班、节假日放不放假，办事指南里没有写，已请@李四", "【结婚登记】", "县民政局婚姻登记处")
	rep := c.reports()[0]
	if rep.DueAt.IsZero() {
		t.Errorf("#R1 is not timed: the leader is to answer the office's days")
	}
	got = c.private("陈二", "残疾证换领周六能办不")
	has(t, "private", got, "哪天上班、节假日放不放假，办事指南里没有写", "上班时间指南里没有写")
}

// TestIsItAsked (appr103): 「是不是要拿户口本去村委会」 after the 高龄补贴
// guide was taken for a statement (是不是 asked nothing) and the leader
// called; the materials line that lists 户口簿 answers it.
func TestIsItAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	c.say("胡秀芝", "俺爹快80了 高龄补贴咋领")
	got := c.say("胡秀芝", "是不是要拿户口本去村委会")
	has(t, "listed", got, "带齐材料：老人身份证、户口簿")
	lacks(t, "listed", got, "请负责人", "说：是不是")
}

// TestMayGetAskedFirst (appr103): 「取暖补贴俺家能领不」 heard the whole
// guide and nobody was asked (main), though it is paid by a list the
// leader holds. The lines that say who gets it are quoted and the leader is
// asked; his note says what he is to answer. A guide with no such line
// (低保) tells its procedure as before.
func TestMayGetAskedFirst(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("张三", "取暖补贴俺家能领不")
	has(t, "group", got, "已登记 #R1", "您的情况够不够条件，办事指南里没有写，要核实后定，已请@李四", "按名单发")
	lacks(t, "group", got, "带齐材料", "1. ")
	if rep := c.reports()[0]; rep.DueAt.IsZero() {
		t.Errorf("#R1 is not timed: the leader is to answer whether he is listed")
	}
	got = c.private("钱桂英", "高龄补贴俺娘能领不")
	has(t, "private", got, "满规定年龄", "钱桂英问的够不够条件指南里没有写，请私信我回「答复 #R2 够不够条件」")
	got = newChat(t, guideReader(t)).say("张三", "我家能申请低保吗")
	lacks(t, "no line", got, "够不够条件")
}
