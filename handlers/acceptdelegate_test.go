package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderAcceptsAndDelegates: the grid leader's 确认 that sends a
// worker in plain words ("确认 #R1，请王五下午去看看", or "确认 让王五去看看"
// quoting the bot) takes the item on and gives it to the worker in one
// change: he is @-named with what to do, and the words are in the
// history. The reporter named is refused as 指派 refuses him.
func TestLeaderAcceptsAndDelegates(t *testing.T) {
	c := newChat(t, understand.Rules{})
	wang := village.Person{Name: "王五", Village: "青山村", Household: "QS-304"}
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	got := c.costs(t, 1, "accept and send", bot.Message{Chat: grid3, From: "李四", Text: "确认 #R1，请王五下午去看看"})
	expect(t, "accept and send", got, grid3+": #R1 已指派给王五，现由李四、王五负责，预计3月5日前办结。\n要办的：下午去看看\n@王五\u2005请跟进")
	r1 := c.reports()[0]
	if !r1.HandledBy(wang) || r1.Status != village.StatusAccepted {
		t.Errorf("R1 %s handlers %v", r1.Status, r1.Handlers)
	}
	if e := r1.History[len(r1.History)-1]; !strings.Contains(e.Note, "下午去看看") {
		t.Errorf("R1's last entry %+v lost the note", e)
	}

	got = c.say("陈二", "上报 桥上栏杆断了")
	quoted := "「网格小助手：" + strings.TrimPrefix(got[0], grid3+": ") + "」\n- - - - - - - - - - - - - - -\n"
	expect(t, "quoting the bot", c.say("李四", quoted+"确认 让王五去看看"), grid3+": #R2 已指派给王五，现由李四、王五负责，预计3月5日前办结。\n要办的：去看看\n@王五\u2005请跟进")

	expect(t, "report 3", c.say("张三", "上报 后山垃圾没人清"), "已登记 #R3")
	expect(t, "the reporter named", c.say("李四", "确认 #R3 让张三去看看"), grid3+": #R3 是张三反映的，不能指派给张三本人或家里人")
	if r3 := c.reports()[2]; r3.Status != village.StatusNew {
		t.Errorf("R3 is %s after a refused 确认", r3.Status)
	}
	expect(t, "no one sent: his own", c.say("李四", "确认 #R3 我下午去看看"), grid3+": #R3 已受理，由李四负责")
}

// TestWorkerToldWhatHeCanDo: a grid worker who sends a leader's command
// (确认, 上报镇, 驳回) on an item of his grid hears what he can do himself
// (进展) and how the leader hands it to him (指派) or, for what stays the
// leader's, that he tells the leader; not only whom to call.
func TestWorkerToldWhatHeCanDo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 后山护栏倒了"), "已登记 #R1")
	told := "您可以先记进展：「进展 #R1 情况」；要交给您办，请李四发「指派 #R1 王五」。"
	expect(t, "确认", c.say("王五", "确认 #R1"), grid3+": 抱歉，「确认」需要本网格的网格长或这件事的负责人来操作。"+told)
	// a 指派 would not let him: he tells the leader why (leader44)
	for _, verb := range []string{"上报镇", "驳回"} {
		expect(t, verb, c.say("王五", verb+" #R1 修不了"), grid3+": 抱歉，「"+verb+"」需要本网格的网格长来操作。"+
			"您可以先记进展：「进展 #R1 情况」；要「"+verb+"」，请把情况告诉李四，由网格长来发。")
	}
	c.say("李四", "指派 #R1 王五")
	expect(t, "his own item", c.say("王五", "上报镇 #R1 修不了"),
		grid3+": 抱歉，「上报镇」需要本网格的网格长来操作。#R1 已由您负责：有进展请发「进展 #R1 情况」，办好后发「办结 #R1 结果」；要「上报镇」请联系李四。")
	expect(t, "a villager still hears whom to ask", c.say("陈二", "驳回 #R1 不对"), grid3+": 抱歉，「驳回」需要本网格的网格长来操作。请联系李四。")
}
