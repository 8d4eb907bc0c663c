package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestListKnowsNoClaimWaits: 李四's 待办 (and 孙七's 待办 三组, which
// never shows identity claims: only the leader answers them), asked again
// after the process last saw no identity claim waiting (past the ten
// minutes it trusts that without a check), are one round trip: the list's
// commit checks that none waits. A claim made through another process
// since refuses that commit, and 李四's list, made again on the claims as
// stored, shows it.
func TestListKnowsNoClaimWaits(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("张三", "上报 村口的路灯坏了好几天了")
	asks := []bot.Message{{Chat: grid3, From: "李四", Text: "待办"}, {Chat: officeChat, From: "孙七", Text: "待办 三组"}}
	for _, m := range asks {
		a.send(m)
		a.now = a.now.Add(time.Hour)
		lacks(t, m.Text+" asked an hour on", a.costs(t, 1, m.Text+" asked an hour on", m), "待确认身份")
	}
	b.now = a.now
	has(t, "我是 through b", b.say("山里人", "我是 张三"), "确认身份 山里人")
	has(t, "待办 after b's claim", a.send(asks[0]), "待确认身份 1 位", "「山里人」说自己是张三")
}

// TestFaintWhileClaimFrozen: 张三's household has an item frozen by an
// objection; 「我妈晕过去了」 (she passed out: 过去了 is no deed of 去了)
// raises the alarm, in the group and privately, not a side told on the
// item (before: passed to the scorers as his side, no alarm).
func TestFaintWhileClaimFrozen(t *testing.T) {
	b := objectedC1(t)
	got := b.say("张三", "我妈晕过去了 炉子一直冒烟")
	lacks(t, "fainted", got, "异议说明", "说明已记下")
	has(t, "fainted", got, "120", "@李四")
	got = b.privately("张三", "我爸也晕倒了 叫不醒")
	lacks(t, "fainted privately", got, "异议说明", "说明已记下")
	has(t, "fainted privately", got, "120")
	has(t, "his side, still", b.say("张三", "我去了的 王五可以作证"), "说明已记下")
}

// TestNoAlarmTakenAsSide: every emergency of the labelled dev set, said by
// 张三 while his household's item is frozen by an objection, is never
// taken as his side on it (before: 「我妈晕过去了」 was).
func TestNoAlarmTakenAsSide(t *testing.T) {
	set, err := understand.LoadLabelled("../testdata/messages/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	b := objectedC1(t)
	n := 0
	for _, l := range set {
		if l.Type != village.Emergency {
			continue
		}
		n++
		lacks(t, l.Text, b.say("张三", l.Text), "异议说明", "说明已记下")
	}
	if c := b.claim("C1"); len(c.Explained) != 0 || n < 500 {
		t.Errorf("C1 explained %+v after %d alarms; want none taken, of at least 500", c.Explained, n)
	}
}

// TestKinAwayAlarmNoStay: a son away for work tells the bot privately of
// his mother who does not answer by a lit stove, or gone missing: an
// alarm, not her calls asked off (before: 「名单上您家没有…要停的回访电话」,
// no alarm).
func TestKinAwayAlarmNoStay(t *testing.T) {
	for _, text := range []string{"我在外地打工 俺妈一个人在家生着炉子 电话打了一上午都没人接 哪位帮忙去看看",
		"我在外地打工，我母亲七十多岁有老年痴呆，今天中午从家里出去到现在还没回来，电话也没带，恳请村里帮忙组织人手寻找！"} {
		c := newChat(t, understand.Rules{})
		got := c.private("张三", text)
		lacks(t, text, got, "要停的回访电话")
		has(t, text, got, "紧急情况 #R1 已登记", "【突发事件】青山村三组 #R1")
	}
}
