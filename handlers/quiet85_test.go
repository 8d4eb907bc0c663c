package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// quietMark is what 查 says of words kept on a quarrel without telling its
// mediators (status.quiet).
const quietMark = "（已记下，未再提醒调解员）"

// TestPartyStatusMarksQuietWords: a party's 查 of his quarrel, after his
// words said again within the hour were kept quietly (keep84), says they
// were kept and not told, as the mediators' 查 does; his told words carry
// no such mark, and his 查 changes no clock: his next word after the hour
// is told. Before, 查 showed the kept word as an ordinary 反映, and he
// read it as passed on.
func TestPartyStatusMarksQuietWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", ditchOwnSide)
	c.now = c.now.Add(5 * time.Minute)
	has(t, "his side is told", c.say("陈二", ditchHisSide), "李四: 【调解提醒】#R1")
	lacks(t, "told words are not marked", c.private("陈二", "查 #R1"), quietMark)
	c.now = c.now.Add(5 * time.Minute)
	silent(t, "said again within the hour", c.say("陈二", ditchHisAgain))
	has(t, "his 查 marks the kept word", c.private("陈二", "查 #R1"), "陈二: #R1", "陈二 反映"+quietMark)
	has(t, "the mediator's 查 too", c.private("李四", "查 #R1"), "李四: #R1", "陈二 反映"+quietMark)
	c.now = c.now.Add(55 * time.Minute)
	has(t, "after the hour he is told again, 查 or not", c.say("陈二", "排水沟的事到底怎么说 水还是排不出去"), "李四: 【调解提醒】#R1")
}

// insultedTwice plays the ditch quarrel, 陈二's side told, then 张三's
// first word that he is insulted (told to the mediators) and, five
// minutes later, his second (within the hour: silent), and checks that
// each is kept once, the first as told, the second quietly; parts are
// words of each kept note.
func insultedTwice(t *testing.T, first, second string, parts [2]string) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.say("张三", ditchOwnSide)
	c.now = c.now.Add(5 * time.Minute)
	c.say("陈二", ditchHisSide)
	c.now = c.now.Add(5 * time.Minute)
	has(t, "the first insult is told", c.say("张三", first), "李四: 【调解提醒】#R1 的当事人张三说被人骂了")
	c.now = c.now.Add(5 * time.Minute)
	silent(t, "the second within the hour", c.say("张三", second))
	rep := c.reports()[0]
	for i, want := range []int{0, 1} {
		if n, quiet := saidBy(rep, "张三", parts[i]); n != 1 || quiet != want {
			t.Errorf("insult %d kept %d times (%d quietly), want once (%d quietly)", i+1, n, quiet, want)
		}
	}
	return c
}

// TestInsultKeptUnsentIsQuiet: a party's second word within the hour that
// he is insulted is kept on the item unsent, marked quiet as any rationed
// word of his (Entry.Quiet), and 查 says so. Before, it was kept as a word
// the mediators heard.
func TestInsultKeptUnsentIsQuiet(t *testing.T) {
	c := insultedTwice(t, "陈二又在群里骂我家 满嘴脏话", "陈二又骂我家 骂得很难听", [2]string{"满嘴脏话", "又骂我家"})
	has(t, "查 says it was kept", c.private("李四", "查 #R1"), "说被骂：共 2 次", "又骂我家 骂得很难听」"+quietMark)
}

// nightResolvedReopened is a street lamp filed at 22:30, taken on and
// resolved after midnight, and reopened by who a minute later.
func nightResolvedReopened(t *testing.T, who string) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 30)
	c.say("张三", "上报 村口路灯坏了")
	c.now = clock(c.now, 1, 1, 0)
	c.say("李四", "确认 #R1")
	has(t, "办结 at night", c.say("李四", "办结 #R1 换了新灯泡"), "早上7点再请张三确认")
	has(t, "未解决 at night", c.say(who, "未解决 #R1 还是不亮"), "#R1")
	return c
}

// TestReporterTakesBackNightReopen: the reporter's 「撤回」 of his 未解决 at
// night (held83 withdrew the morning's 满意 question) resolves the item
// again and asks him that question in the reply, once: nothing more in
// the morning. Before, his 「撤回」 got no answer and the item stayed
// reopened.
func TestReporterTakesBackNightReopen(t *testing.T) {
	c := nightResolvedReopened(t, "张三")
	got := c.costs(t, 1, "撤回", bot.Message{Chat: grid3, From: "张三", Text: "撤回"})
	has(t, "his 撤回", got, "#R1 仍是已办结", "满意 #R1")
	if s := c.reports()[0].Status; s != village.StatusResolved {
		t.Errorf("status %s, want resolved", s)
	}
	c.now = clock(c.now, 0, 7, 0)
	lacks(t, "the morning", c.flush(), "请确认")
}

// TestCadreTakesBackNightReopenAsksAgain: a cadre's slip 未解决 at night
// withdrew the 满意 question held for the morning (held83); his 「撤回」
// holds it again. Before, the item was 办结 again and nobody asked its
// reporter.
func TestCadreTakesBackNightReopenAsksAgain(t *testing.T) {
	c := nightResolvedReopened(t, "李四")
	has(t, "his slip", c.costs(t, 1, "撤回", bot.Message{Chat: grid3, From: "李四", Text: "刚才点错了"}), "#R1 仍是已办结")
	c.now = clock(c.now, 0, 7, 0)
	morning := strings.Join(c.flush(), "\n")
	if !strings.Contains(morning, "请确认") || !strings.Contains(morning, "满意 #R1") {
		t.Errorf("the morning %q: want the 满意 question of #R1 asked again", morning)
	}
}

// TestReporterReadsPromiseAsADay: a mediator's 进展 promising a day tells
// the reporter, privately (a mediation's notes are hushed), the day it is
// to be done by, not the cadre's deadline rules. Before, 张三 read 「办结期限
// 改为…过了还没办结会提醒；按期办结仍按规定期限…算」.
func TestReporterReadsPromiseAsADay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家的牛又跑到我家麦地里 啃了一大片 说了好几次也不管")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(time.Hour)
	got := c.say("李四", "进展 #R1 找陈二谈了 他说手头紧 答应下周一前给")
	has(t, "the mediator reads his deadline", got, "李四: #R1 进展已记录", "办结期限改为")
	var mine string
	for _, l := range got {
		if strings.HasPrefix(l, "张三: ") {
			mine = l
		}
	}
	if !strings.Contains(mine, "前办好。") || strings.Contains(mine, "期限") {
		t.Errorf("the reporter's copy %q: want the day, not the deadline rules", mine)
	}
}

// TestInsultReadAsNoiseIsHis: a party's word in the group that the other
// side insults him, which the reader takes for noise or a question ("陈二
// 骂得太难听了 大家都看见了", "陈二你骂谁呢 骂得这么难听"), is his quarrel's
// insult: told to the mediators once an hour, kept quietly after. Before,
// both were dropped: nothing told, nothing kept.
func TestInsultReadAsNoiseIsHis(t *testing.T) {
	c := insultedTwice(t, "陈二骂得太难听了 大家都看见了", "陈二你骂谁呢 骂得这么难听 大家都看看", [2]string{"太难听", "骂谁呢"})
	c.wantReports(1, "an insult is no item of its own")
}
