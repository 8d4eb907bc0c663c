package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestPayOutAskedFindsItsEntry (appr97): 「医保能报多少」 asks what is paid
// back: it finds 医保报销 (the scheme's entry that pays out, whose verb 报
// it says), not 城乡居民医保's premium (main: 「您问的这笔钱指南里没有写
// （指南里的金额是：国家定的个人缴费…」). A fee asked after it goes back to
// the premium's entry; a fee asked first, and a pay-out word the narrower
// entry does not say (领), stay the premium's.
func TestPayOutAskedFindsItsEntry(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "医保能报多少")
	has(t, "pay-out", got, "【医保报销】多少钱指南里没有写", "指南里写的：报销比例和起付线")
	lacks(t, "not the premium", got, "缴费", "城乡居民医保")
	has(t, "a fee asked after it", c.say("张三", "那一年交多少钱"), "医保 那一年交多少钱", "金额：国家定的个人缴费标准每人每年不低于400元")
	has(t, "the bill's words too", c.say("陈二", "我妈住院花了三万多 医保能报多少"), "【医保报销】多少钱指南里没有写")
	has(t, "a fee asked first", c.say("周八", "医保一年交多少"), "金额：国家定的个人缴费标准")
	has(t, "领 is no verb of 报销", c.say("刘芳", "@网格小助手 医保一个月能领多少"), "【城乡居民医保】您问的这笔钱指南里没有写")
}

// TestPartAskedFirst (appr97): a first question that asks one part of a
// guide (「低保要带什么材料」) hears that line and how to ask for the
// rest, not the whole guide (main: 11 lines). Asked the rest after it
// (where, 时限), the guide answers alone: nobody is @-ed, no clock runs.
// What the guide does not say still goes to the leader; 「低保怎么办」 and a
// first question that asks how hear the whole guide.
func TestPartAskedFirst(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("赵六", "高龄补贴怎么申请") // the process's first reads of the grid
	got := c.costs(t, 1, "part first", bot.Message{Chat: grid3, From: "陈二", Text: "低保要带什么材料"})
	has(t, "part first", got, "已登记 #R2（办事咨询）：低保要带什么材料\n【低保】办理流程里写的：\n带齐材料：全家身份证", "要看全部步骤，在群里说「低保怎么办」")
	lacks(t, "not the whole guide", got, "1. 向户籍所在乡镇", "时限：", "@李四")
	has(t, "told, not waiting", c.say("陈二", "查 #R2"), "已告知流程")
	got = c.costs(t, 1, "the rest asked", bot.Message{Chat: grid3, From: "陈二", Text: "要多久能批下来"})
	has(t, "the rest asked", got, "陈二，【低保】办理流程里写的：\n时限：一般受理后30个工作日内办结")
	lacks(t, "nobody called", got, "@李四", "请负责人")
	has(t, "where, in other words", c.say("陈二", "那材料交到哪"), "去哪办：镇便民服务中心（民政窗口）")
	has(t, "still told", c.say("陈二", "查 #R2"), "已告知流程")
	has(t, "what the guide lacks goes to the leader", c.say("陈二", "要带户口本原件吗"), "@李四", "要原件还是复印件，办事指南里没有写")
	has(t, "how asked: the whole guide", c.say("陈二", "低保怎么办"), "1. 向户籍所在乡镇提书面申请", "时限：")

	has(t, "how asked first", c.say("周八", "低保怎么申请 要带啥"), "1. 向户籍所在乡镇提书面申请", "带齐材料：")
	got = c.say("刘芳", "残疾证去哪办")
	has(t, "where first", got, "【残疾证】办理流程里写的：\n去哪办：县残联")
	lacks(t, "where first", got, "带齐材料：")
	has(t, "privately", c.private("张明", "宅基地审批要多久啊"), "时限：", "私信我说「宅基地建房怎么办」")
	c.say("孙大娘", "我想给我妈办个残疾证 要带啥")
	has(t, "whether she must go: the lines of who may go for her", c.say("孙大娘", "她腿脚不好 要本人去吗"), "可代办", "行动不便可申请上门评定")
	has(t, "where to collect", c.say("赵六", "俺爹去世了 丧葬补贴去哪领"), "【老人去世后的手续】办理流程里写的：\n去哪办：")

	// an amount the first reply did not tell, the guide writes: alone
	c.say("王五", "养老保险一年交多少")
	got = c.say("王五", "俺娘70了 养老金一个月能领多少")
	has(t, "the other amount", got, "王五，【城乡居民养老保险】办理流程里写的：\n金额：满60周岁按月领")
	lacks(t, "the other amount", got, "@李四", "请负责人")
	has(t, "the amount told, asked again: the leader", c.say("王五", "一年交多少钱来着"), "请负责人")
}

// TestDibaoGuideWholeWhenHowAsked (appr97) settles walk96's open 低保
// short guide: a question how to apply (「低保怎么申请」) hears the whole
// guide in the group, steps included — the steps (入户调查, 民主评议, 公示)
// are the answer asked and set what to expect, and a shorter form would
// make an elder ask a second time; the short form is for questions that
// ask one part (TestPartAskedFirst). Twelve lines at most.
func TestDibaoGuideWholeWhenHowAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "低保怎么申请")
	if len(got) != 1 {
		t.Fatalf("replies = %q; want one", got)
	}
	has(t, "whole", got, "1. 向户籍所在乡镇", "5. 县民政局审核确认", "带齐材料：", "去哪办：", "时限：", "提示：")
	if n := strings.Count(got[0], "\n") + 1; n > 12 {
		t.Errorf("%d lines, want at most 12:\n%s", n, got[0])
	}
}

// TestLossMoreWithoutStock (appr97): 「又冻死一头」 after 「昨晚冻死了三头
// 猪」 goes with that loss (main: silent, the stock not named). Without a
// loss told before, or of the speaker's cold, it is chat.
func TestLossMoreWithoutStock(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "昨晚冻死了三头猪")
	// as 「又冻死了一头猪」 costs: the reply's commit, and the two index
	// reads of the recurrence checks any 又 pays (no memo read: the copy)
	named := newChat(t, understand.Rules{})
	named.say("张三", "昨晚冻死了三头猪")
	want, _ := named.counted(bot.Message{Chat: grid3, From: "张三", Text: "又冻死了一头猪"})
	got := c.costs(t, want, "one more", bot.Message{Chat: grid3, From: "张三", Text: "又冻死一头"})
	if want > 3 {
		t.Errorf("又冻死了一头猪: %d round trips, want at most 3", want)
	}
	has(t, "one more", got, "跟您前面说的「昨晚冻死了三头猪」一起报就行")
	silent(t, "another villager, no loss before", c.say("陈二", "又冻死一头"))
	silent(t, "his cold", c.say("张三", "又冻死我了"))
	p := newChat(t, understand.Rules{})
	p.private("陈二", "羊羔子冻死了两个")
	has(t, "privately", p.private("陈二", "今天又死了一只"), "跟您前面说的「羊羔子冻死了两个」")
	p.wantReports(0, "(nothing filed)")
}

// TestCadreAskingIsNoAnswer (appr97): 王五 (a worker) asking 「残疾证去哪
// 办」 right after 张三's question that waits for the leader was read as
// his answer to it (main: 「已记下王五的答复，#R1 现在「已答复」」). A
// procedure asked is his own question.
func TestCadreAskingIsNoAnswer(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "医保能报多少")
	got := c.say("王五", "残疾证去哪办")
	has(t, "his own question", got, "已登记 #R2（办事咨询）：残疾证去哪办", "去哪办：县残联")
	lacks(t, "no answer", got, "已记下王五的答复")
	for _, r := range c.reports() {
		if r.ID == "R1" && !r.AwaitsAnswer() {
			t.Errorf("#R1 no longer awaits its answer: %+v", r.Status)
		}
	}
	c.wantReports(2, "(his question filed, #R1 still asked)")
}
