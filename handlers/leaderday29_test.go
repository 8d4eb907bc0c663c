package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// quoteBot is text typed quoting the bot's message got ("chat: text").
func quoteBot(got, text string) string {
	_, msg, _ := strings.Cut(got, ": ")
	return "「网格小助手：" + msg + "」\n- - - - - - - - - - - - - - -\n" + text
}

// TestAssignSaysByWhen: 指派 that takes a fresh item on (typed, or 确认
// that sends a worker) says by when, as 确认 does; 指派 again of the one
// it is given to changes nothing and does not @ him again; 驳回 of an
// item given to a worker @-tells him to stop.
func TestAssignSaysByWhen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "assign", c.say("李四", "指派 #R1 王五"), grid3+": #R1 已指派给王五，现由李四、王五负责，预计3月5日前办结。")
	expect(t, "report 2", c.say("陈二", "上报 桥上栏杆断了"), "已登记 #R2")
	expect(t, "accept and send", c.say("李四", "确认 #R2，请王五下午去看看"), grid3+": #R2 已指派给王五，现由李四、王五负责，预计3月5日前办结。")
	again := c.say("李四", "指派 #R1 王五")
	expect(t, "assign again", again, grid3+": #R1 已由王五负责，不用再指派。")
	lacks(t, "assign again", again, "@王五")
	if n := len(c.reports()[0].History); n != 2 {
		t.Errorf("R1 has %d entries after 指派 again, want 2 (filed, assigned)", n)
	}
	expect(t, "reject", c.say("李四", "驳回 #R2 重复了"), grid3+": #R2 不予受理：重复了。\n@王五\u2005这件不用再办了。")
}

// TestQuotedPlainWords: quoting the bot's message of an item, the
// leader's "让王五去看看" is 指派 #R 王五 (one entry, one commit), the
// worker's "好的 下午去" its 进展; the worker's "清理完了" asks whether
// it is done (办结) or news (进展).
func TestQuotedPlainWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "上报 二组路口垃圾堆满了")
	expect(t, "report", got, "已登记 #R1")
	sent := c.costs(t, 1, "quoted 让王五去看看", bot.Message{Chat: grid3, From: "李四", Text: quoteBot(got[0], "让王五去看看")})
	expect(t, "leader sends", sent, grid3+": #R1 已指派给王五，现由李四、王五负责，预计")
	has(t, "leader sends", sent, "@王五")
	r1 := c.reports()[0]
	if r1.Status != village.StatusAccepted || len(r1.History) != 2 || !strings.Contains(r1.History[1].Note, "去看看") {
		t.Errorf("R1 %s %+v, want one 指派 entry after its filing with the words", r1.Status, r1.History)
	}
	expect(t, "worker's plan", c.say("王五", quoteBot(got[0], "好的 下午去")), grid3+": #R1 进展已记录：下午去")
	expect(t, "worker's done", c.say("王五", "清理完了"), grid3+": 按王五的话，#R1 进展已记录：清理完了\n王五，确实办好了就回「1」，按「办结 #R1 清理完了」记，我会请报告人确认；还没办完的，接着报进展。\n可发「查 #R1」看全部记录。")
}

// TestWorkerBareLeaderVerb: the grid worker's bare 驳回, 确认, 指派 or
// 上报镇 (no number) hears what he can do (进展) and how the leader hands
// the item to him (指派 #R 王五), not only whom to call.
func TestWorkerBareLeaderVerb(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 后山护栏倒了"), "已登记 #R1")
	c.say("李四", "确认 #R1")
	for _, verb := range []string{"确认", "指派"} {
		expect(t, verb, c.say("王五", verb), grid3+": 抱歉，「"+verb+"」需要本网格的网格长来操作。您可以先记进展：「进展 #R1 情况」；要交给您办，请李四发「指派 #R1 王五」。")
	}
	for _, verb := range []string{"驳回", "上报镇"} { // a 指派 would not let him (leader44)
		expect(t, verb, c.say("王五", verb), grid3+": 抱歉，「"+verb+"」需要本网格的网格长来操作。您可以先记进展：「进展 #R1 情况」；要「"+verb+"」，请把情况告诉李四，由网格长来发。")
	}
	expect(t, "a villager still hears whom to ask", c.say("陈二", "驳回"), grid3+": 抱歉，「驳回」需要本网格的网格长来操作。请联系李四。")
}

// TestTodoSaysWhyItWaits: 待办 says why an item waits: the reason of its
// 等待, the reporter's 确认 or the 回访 of one filed for an elder, and
// that the township sent it back (镇里退回).
func TestTodoSaysWhyItWaits(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	c.say("李四", "确认 #R1")
	c.say("李四", "等待 #R1 等张三周末在家再修")
	expect(t, "report 2", c.say("张三", "上报 三组水渠堵了"), "已登记 #R2")
	c.say("李四", "确认 #R2")
	c.say("李四", "办结 #R2 已疏通")
	expect(t, "report 3", c.say("李四", "代报 王奶奶 家门口井盖坏了"), "已登记 #R3")
	c.say("李四", "确认 #R3")
	c.say("李四", "办结 #R3 已换新井盖")
	expect(t, "report 4", c.say("陈二", "上报 后山的路塌了一截"), "已登记 #R4")
	c.say("李四", "确认 #R4")
	expect(t, "up", c.say("李四", "上报镇 #R4 要挖机"), officeChat+": 【网格上报】", grid3+": #R4 已上报镇")
	c.in(officeChat, "孙七", "退回 #R4 先找村里的挖机")
	has(t, "todo", c.say("李四", "待办"), "#R1 等待村民 村口路灯不亮了（李四，等张三周末在家再修）",
		"#R2 已办结待确认 三组水渠堵了（李四，等张三确认）", "#R3 已办结待确认 家门口井盖坏了（李四，等回访王奶奶）",
		"#R4 处理中 后山的路塌了一截（李四，镇里退回")
}

// TestSentUpAgainAfterReturn: a second 上报镇 after the township's 退回
// tells the office it sent the item back before, and why.
func TestSentUpAgainAfterReturn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("陈二", "上报 后山的路塌了一截"), "已登记 #R1")
	c.say("李四", "确认 #R1")
	first := c.say("李四", "上报镇 #R1 要挖机")
	lacks(t, "first", first, "之前镇里退回过")
	c.in(officeChat, "孙七", "退回 #R1 先找村里的挖机")
	has(t, "again", c.say("李四", "上报镇 #R1 村里没有挖机"), "网格长李四（13900000004）上报：村里没有挖机\n之前镇里退回过：", "孙七：先找村里的挖机（这是再次上报）")
}

// TestPrivateAnswerKeptFromTheGroup: what the leader answers privately to
// the township's question asked privately (quoting its 【网格上报】) goes
// to the township, and 查 in the group does not read it out.
func TestPrivateAnswerKeptFromTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("陈二", "上报 后山的路塌了一截"), "已登记 #R1")
	c.say("李四", "确认 #R1")
	up := c.say("李四", "上报镇 #R1 要挖机")
	has(t, "asked privately", c.in(officeChat, "孙七", quoteBot(up[0], "是不是村民自己挖土挖塌的")), "李四: 【镇里问】")
	has(t, "answered privately", c.private("李四", "进展 #R1 是王大海家挖土盖房挖塌的"), "已转给镇里")
	got := c.say("陈二", "查 #R1")
	has(t, "group 查", got, "#R1")
	lacks(t, "group 查", got, "王大海")
	has(t, "private 查", c.private("李四", "查 #R1"), "王大海")
}

// TestWorkerBareLeaderVerbOfHisOwn: the worker's bare 驳回 when an item
// is his already is told what he can do with it, not to have it handed to
// him; with nothing open, how it goes.
func TestWorkerBareLeaderVerbOfHisOwn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "nothing open", c.say("王五", "驳回"), grid3+": 抱歉，「驳回」需要本网格的网格长来操作。本网格现在没有要办的事项；有了的话，您可以记进展：「进展 #R编号 情况」，要交给您办，请李四发「指派 #R编号 王五」。")
	expect(t, "report", c.say("张三", "上报 后山护栏倒了"), "已登记 #R1")
	c.say("李四", "指派 #R1 王五")
	expect(t, "his own", c.say("王五", "驳回"), grid3+": 抱歉，「驳回」需要本网格的网格长来操作。#R1 已由您负责：有进展请发「进展 #R1 情况」，办好后发「办结 #R1 结果」；要「驳回」请联系李四。")
}
