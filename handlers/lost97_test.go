package handlers_test

import (
	"context"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestSoughtPersonAfterTheVerb: 「我找不到张三了」 names the one sought
// after the verb: a missing person's alarm with his roster line, as
// 「张三不见了」 is; a thing sought, an errand, a question are none (lost97).
func TestSoughtPersonAfterTheVerb(t *testing.T) {
	for _, text := range []string{"我找不到张三了 他一早就出门了 电话也打不通", "找不着王奶奶了"} {
		got := newChat(t, understand.Rules{}).say("熊秀英", text)
		has(t, text, got, "【突发事件】青山村三组 #R1", "走失的人：")
	}
	for _, text := range []string{"我找不到张三的电话了", "我找不到张三了 有个表要他签字", "找不到张三家"} {
		got := newChat(t, understand.Rules{}).say("熊秀英", text)
		lacks(t, text, got, "【突发事件】", "紧急情况")
	}
}

// TestMissingFoundCameBack: after a missing alarm, its reporter's 「人回
// 来了」 is his all-clear (thanked, the duty chat told, the watchdog stops),
// and a neighbour's 「袁桂珍回来了」 names her by her roster name: news of
// it for the duty chat and her reporter asked to confirm; 「电回来了」 is
// none (lost97).
func TestMissingFoundCameBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("熊秀英", "王奶奶不见了 一早上没见人"), "【突发事件】青山村三组 #R1")
	lacks(t, "power back", c.say("郑十", "电回来了"), "#R1")
	got := c.say("郑十", "王奶奶回来了 没事")
	has(t, "neighbour", got, dutyChat+": 【突发补充·说人已找到】青山村三组 #R1", "@熊秀英")
	got = c.say("熊秀英", "人回来了")
	has(t, "reporter", got, dutyChat+": 【突发补充·说人已找到】青山村三组 #R1", "熊秀英，谢谢告知")
	if r := c.reports()[0]; r.OverSaid.IsZero() {
		t.Errorf("#R1 after its reporter's 「人回来了」: OverSaid unset, the watchdog goes on")
	}
}

// TestCadreFoundByName: a grid cadre's 「王奶奶回来了」 of the one missing
// alarm nobody took on is its 进展 with the 办结 offered, as 「人找到了」
// is (lost97).
func TestCadreFoundByName(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("熊秀英", "王奶奶不见了 一早上没见人")
	got := c.say("王五", "王奶奶回来了 在她闺女家")
	has(t, "cadre", got, "按王五的话，#R1 已受理", "请回复「办结 #R1 王奶奶回来了", dutyChat+": 【青山村三组】#R1（突发事件）王五 进展")
}

// TestFireWithPeopleInside: a fire with someone still inside is a fire,
// no search: the group told 119 must hear people are inside and 120, the
// duty chat asked for 120; a cadre's 「老人找到了 救出来了」 is its 进展
// (the fire may burn on), and the duty chat's 「还在找屋里的人」 is the
// fire's, not a missing person's also open (lost97).
func TestFireWithPeopleInside(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "他家着火了 老人还在屋里")
	has(t, "alarm", got, "拨打119", "屋里还有人", "120", "有人困在屋里：请告诉消防119屋里有人，并同时调度120")
	lacks(t, "alarm", got, "走失", "找人")
	got = c.say("张三", "屋里还有人 老太太没出来")
	has(t, "witness", got, dutyChat+": 【突发补充·进展】青山村三组 #R1", "屋里还有人 老太太没出来", "有人困在屋里：请告诉消防119屋里有人，并同时调度120。")
	got = c.say("李四", "老人找到了 救出来了")
	has(t, "rescued", got, "#R1 已受理", "进展已记录：老人找到了 救出来了")
	lacks(t, "rescued", got, "对不上", "办结 #R1 老人")
	has(t, "missing", c.say("熊秀英", "王奶奶不见了 一早上没见人"), "#R2")
	got = c.in(dutyChat, "孙七", "消防还在找屋里的人")
	has(t, "duty search", got, "#R1")
	lacks(t, "duty search", got, "#R2", "是找哪一起")
}

// TestWhoseChildListed: 陈二's 「小孩不见了」 fits two children of his
// household: both are listed, neither taken as the one (lost97).
func TestWhoseChildListed(t *testing.T) {
	got := newChat(t, understand.Rules{}).say("陈二", "小孩不见了 到处找了")
	has(t, "陈二's children", got, "走失的可能是陈小龙（户号QS-302", "或陈小凤（户号QS-302", "请向报告人问清是哪一位",
		"陈二家里对得上的有陈小龙、陈小凤，请陈二马上说一下走失的是哪一位")
	lacks(t, "陈二's children", got, "走失的人：陈小")
}

// TestRosterGoneStoreDown: with Redis down, a roster name gone still goes
// out to the duty chat, as any alarm does then (lost97).
func TestRosterGoneStoreDown(t *testing.T) {
	for _, text := range []string{"王奶奶不见了 一早上没见人", "我找不到张三了 电话也打不通"} {
		sink := &directSink{}
		r := downRouter(t, sink.send)
		_ = r.Handle(context.Background(), bot.Message{ID: "m", At: at, Chat: grid3, From: "熊秀英", Text: text})
		duty := false
		for _, o := range sink.out {
			duty = duty || o.To == dutyChat && o.Priority == bot.Urgent && strings.Contains(o.Text, text[:6])
		}
		if !duty {
			t.Errorf("%s with the store down: direct %+v, want the alarm in the duty chat", text, sink.out)
		}
	}
}

// TestRosterAlarmFastLane: the transport's fast lane reads a roster name
// gone in a grid group, not elsewhere, and not a thing of his (lost97).
func TestRosterAlarmFastLane(t *testing.T) {
	r := newChat(t, understand.Rules{}).r
	for _, c := range []struct {
		chat, text string
		want       bool
	}{
		{grid3, "王奶奶不见了", true},
		{grid3, "我找不到张三了", true},
		{grid3, "张三的手机不见了", false},
		{grid3, "村口路灯坏了", false},
		{dutyChat, "王奶奶不见了", false},
	} {
		if got := r.RosterAlarm(c.chat, c.text); got != c.want {
			t.Errorf("RosterAlarm(%s, %q) = %v, want %v", c.chat, c.text, got, c.want)
		}
	}
}
