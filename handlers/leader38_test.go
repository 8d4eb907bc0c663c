package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderOwnQuarrelTakenOn: a quarrel the grid's leader reports in his
// own words is taken on by him as his other reports are, never left
// asking him his own 确认: of his grid or his visit ("咱组东头两家…我去
// 看了") noted 本人上报; one he is a party to ("俺和隔壁老赵…") noted
// 本人上报（当事人）, the village's mediator asked to lead the talk and
// the township offered.
func TestLeaderOwnQuarrelTakenOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("李四", "俺和隔壁老赵为地界吵起来了")
	has(t, "his own quarrel", got, "已登记 #R1（调解事项）", "李四是网格长，上报即由本人受理，不用再「确认」。本人也是当事人：请调解员@郑十\u2005主持调解；需要镇里调解，回复「上报镇 #R1 原因」。")
	lacks(t, "his own quarrel", got, "请回复「确认 #R1」")
	c2 := newChat(t, understand.Rules{})
	got = c2.say("李四", "咱组东头两家为排水沟吵架 我去看了")
	has(t, "his grid's quarrel", got, "已登记 #R1（调解事项）", "李四是网格长，上报即由本人受理")
	lacks(t, "his grid's quarrel", got, "请回复「确认 #R1」", "当事人")
	got = c2.private("李四", "我和陈二为宅基地的事吵了一架 他还骂人")
	has(t, "privately, a party", got, "您是网格长，上报即由您受理", "您也是当事人：已私下告诉调解员郑十，请他们主持调解")
	for _, tc := range []struct {
		c    *chat
		note string
	}{{c, "本人上报（当事人）"}, {c2, "本人上报"}} {
		r := tc.c.reports()[0]
		if r.Status != village.StatusAccepted || r.History[len(r.History)-1].Note != tc.note {
			t.Errorf("%s: %s, %+v; want taken on, noted %s", r.Text, r.Status, r.History, tc.note)
		}
	}
}

// TestLeaderTwoMattersTakenOn: a leader who tells two matters in one
// message has both filed, numbered as told and each taken on by him, in
// one round trip; a villager's two are offered as before (the second
// named, asked 1/2), also when both read alike but name other things.
func TestLeaderTwoMattersTakenOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	one, _ := c.counted(bot.Message{Chat: grid3, From: "李四", Text: "上报 二号桥栏杆松了"})
	trips, got := c.counted(bot.Message{Chat: grid3, From: "李四", Text: "水管冻裂了 还有村东头的路灯也不亮"})
	has(t, "two matters", got, "已登记 #R2（一般事项·水电设施）：水管冻裂了", "已登记 #R3（一般事项·道路交通）：村东头的路灯也不亮",
		"办好后回复「办结 #R2 处理结果」", "办好后回复「办结 #R3 处理结果」")
	lacks(t, "two matters", got, "您还说了", "确认 #R")
	if trips > one {
		t.Errorf("two matters filed in %d round trips, one in %d", trips, one)
	}
	got = c.say("李四", "村口灯不亮了 还有三组桥头的护栏断了")
	has(t, "two things alike", got, "已登记 #R4（一般事项·道路交通）：村口灯不亮了", "已登记 #R5（一般事项·道路交通）：三组桥头的护栏断了")
	for _, r := range c.reports() {
		if r.Status != village.StatusAccepted || len(r.History) != 2 || r.History[1].Note != "本人上报" {
			t.Errorf("%s %s: %s %+v, want taken on by 李四", r.ID, r.Text, r.Status, r.History)
		}
	}
	has(t, "a villager's two", c.say("陈二", "上报 西头的灯不亮了 还有西头桥上的护栏断了"), "已登记 #R6", "您还说了「西头桥上的护栏断了」")
	got = c.say("张三", "上报 后山路灯坏了 还有那根电线也耷拉下来了")
	has(t, "one matter", got, "已登记 #R7")
	lacks(t, "one matter", got, "您还说了")
	c.wantReports(7, "(the lamp and its line one matter)")
}

// TestOfficerManyRefsOneReply: the township officer's 「确认 #R1 #R2」 and
// 「答复 #R1 #R2 …」 of one village are one commit and one reply to him,
// the items named together, as a leader's 「确认 1 2」 is.
func TestOfficerManyRefsOneReply(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("陈二", "上报 桥头护栏断了")
	c.say("李四", "确认 #R1 #R2")
	c.say("李四", "上报镇 #R1 #R2 村里修不了")
	trips, got := c.counted(bot.Message{Chat: officeChat, From: "孙七", Text: "确认 #R1 #R2"})
	has(t, "takeover", got, officeChat+": #R1 #R2 镇里已接手：由孙七负责协调", "我会告诉报告人张三、陈二。")
	if n := strings.Count(strings.Join(got, "\n"), officeChat+": "); n != 1 || trips != 1 {
		t.Errorf("takeover: %d replies in the office, %d round trips; want 1 and 1: %q", n, trips, got)
	}
	trips, got = c.counted(bot.Message{Chat: officeChat, From: "孙七", Text: "答复 #R1 #R2 已联系供电所和交通站 下周来修"})
	has(t, "answer", got, officeChat+": #R1 #R2 进展已记录：已联系供电所和交通站 下周来修")
	if n := strings.Count(strings.Join(got, "\n"), officeChat+": "); n != 1 || trips != 1 {
		t.Errorf("answer: %d replies in the office, %d round trips; want 1 and 1: %q", n, trips, got)
	}
	for _, r := range c.reports() {
		if !strings.Contains(strings.Join(r.Handlers, ","), "孙七") {
			t.Errorf("%s: handlers %v, want 孙七", r.ID, r.Handlers)
		}
	}
	got = c.in(officeChat, "孙七", "办结 #R1 #R2 供电所换了灯 护栏也焊好了")
	has(t, "resolved", got, officeChat+": #R1 #R2 已办结：供电所换了灯 护栏也焊好了。\n已请报告人张三、陈二确认",
		"@张三\u2005请确认：解决了回复「满意 #R1」", "@陈二\u2005请确认：解决了回复「满意 #R2」")
	c.wantStatuses(nil, village.StatusResolved)
}

// TestLeaderNotesOnSeveral: a leader's plain note after several numbers
// is their 进展 (one line, 「#R1 #R2 进展已记录」), one number with no item
// leaves the others' note taken and says it is not found; 指派 of
// several to one worker is one line; the worker's safeguard in plain
// words (「井盖那边放了警示牌了」) is the 进展 of his item it names.
func TestLeaderNotesOnSeveral(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("张三", "上报 桥头那个井盖没了")
	c.say("李四", "确认 #R1 #R2")
	has(t, "assign", c.say("李四", "指派 #R1 #R2 @王五 今天去看看"), "#R1 #R2 已指派给王五，现由李四、王五负责")
	got := c.say("李四", "#R1 #R2 都去看了 等供电所和镇里的井盖")
	has(t, "several", got, "按李四的话，#R1 #R2 进展已记录：去看了 等供电所和镇里的井盖")
	got = c.say("李四", "#R1 #R5 电工说明天来")
	has(t, "one missing", got, "#R1 进展已记录：电工说明天来", "没有找到 #R5，请核对编号。")
	got = c.say("王五", "井盖那边放了警示牌了")
	has(t, "safeguard", got, "按王五的话，#R2 进展已记录：井盖那边放了警示牌了")
	for _, r := range c.reports() {
		if r.Status != village.StatusInProgress {
			t.Errorf("%s: %s, want 处理中", r.ID, r.Status)
		}
	}
}
