package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// cowQuarrel is 张三's quarrel with 陈二 over the cow, taken on by 李四
// (李四 and the mediator 郑十 handle it).
func cowQuarrel(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("张三", "陈二家的牛把我家玉米踩了 他不肯赔"), grid3+": 已登记 #R1（调解事项）")
	c.say("李四", "确认 R1")
	return c
}

// TestMediatorWaitsInWords: a mediator's own note after the number that
// plainly waits on the parties ("#R1 等陈二出差回来再谈") pauses the item,
// as 等待 would, and tells him how to resume; one that may be his own wait
// ("等我回来再处理") or asks keeps the hint and changes nothing. A meeting
// set ("R1 两家约了下周一再坐下来谈") is no wait (walk96): the mediator is
// offered its 进展, as his other notes are; nothing is paused.
func TestMediatorWaitsInWords(t *testing.T) {
	c := cowQuarrel(t)
	got := c.say("郑十", "#R1 两家约了下周一再坐下来谈")
	has(t, "meeting set", got, "回复「1」就照「进展 #R1 两家约了下周一再坐下来谈」记下")
	lacks(t, "meeting set", got, "暂停计时")
	c.wantStatuses(nil, village.StatusAccepted)
	for _, note := range []string{"等陈二出差回来再谈"} {
		c := cowQuarrel(t)
		got := c.costs(t, 1, note+" (the commit)", bot.Message{Chat: grid3, From: "郑十", Text: "#R1 " + note})
		has(t, note, got, "郑十: 按您说的，#R1 已暂停计时，等待村民："+note, "恢复计时", grid3+": #R1（调解事项）暂停计时")
		lacks(t, note+": no hint", got, "请发「等待")
		c.wantStatuses(nil, village.StatusWaiting)
	}
	for _, note := range []string{"等我回来再处理", "等陈二回来再谈吗"} {
		c := cowQuarrel(t)
		has(t, note, c.say("郑十", "R1 "+note), "请发「等待 #R1")
		c.wantStatuses(nil, village.StatusAccepted)
	}
}

// TestMediatorSettlesInWords: a mediator's "R1 已经调好了" or "#R1 两家
// 谈妥了" on the quarrel he handles is its 办结, his words the note: the
// reporter is asked to confirm (满意 / 未解决), and he hears how to take it
// back.
func TestMediatorSettlesInWords(t *testing.T) {
	for _, text := range []string{"R1 已经调好了", "#R1 两家谈妥了"} {
		c := cowQuarrel(t)
		got := c.costs(t, 1, text+" (the commit)", bot.Message{Chat: grid3, From: "郑十", Text: text})
		has(t, text, got, "郑十: 按您说的，#R1 已办结", "还没办完的话，请回复「进展 #R1 情况」",
			grid3+": #R1（调解事项）已办结", "@张三\u2005请确认：解决了回复「满意 #R1」", "张三: 【调解事项】#R1", "已办结，郑十：", "\n请您确认：解决了回复「满意 #R1」")
		c.wantStatuses(nil, village.StatusResolved)
	}
	// not settled yet: the hint, nothing recorded
	c := cowQuarrel(t)
	has(t, "not yet", c.say("郑十", "R1 还没谈妥"), "回复「1」就照「进展 #R1 还没谈妥」记下")
	c.wantStatuses(nil, village.StatusAccepted)
}

// TestMediatorAskedWhetherSettled: a mediator's "R1 两家谈好了" may say the
// quarrel is settled or only that they talked: he is asked once whether
// it is its 办结, and nothing is recorded.
func TestMediatorAskedWhetherSettled(t *testing.T) {
	c := cowQuarrel(t)
	has(t, "asked", c.say("郑十", "R1 两家谈好了"), grid3+": 郑十，#R1「两家谈好了」，是两家已经调解好、可以办结了吗？是的话请回复「办结 #R1 两家谈好了」", "#R1 暂未改动。")
	c.wantStatuses(nil, village.StatusAccepted)
}

// TestLeaderWaitsInWords: the leader's "R1要等张三家里人同意才能挖 先等等"
// on an ordinary item he took on is its 等待, as a mediator's is.
func TestLeaderWaitsInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("李四", "确认 #R1")
	has(t, "paused", c.say("李四", "R1要等张三家里人同意才能挖 先等等"), grid3+": 按李四的话，#R1 已暂停计时，等待村民：要等张三家里人同意才能挖 先等等。")
	c.wantStatuses(nil, village.StatusWaiting)
}

// TestLeaderSettlesInWords: a grid leader handling a quarrel is read as a
// mediator is: "R1 两家谈好了" (settled, or only talked over?) is asked
// back, nothing recorded; "R1 双方签字了" is its 办结.
func TestLeaderSettlesInWords(t *testing.T) {
	c := cowQuarrel(t)
	expect(t, "谈好了", c.say("李四", "R1 两家谈好了"),
		grid3+": 李四，#R1「两家谈好了」，是两家已经调解好、可以办结了吗？是的话请回复「办结 #R1 两家谈好了」")
	c.wantStatuses(nil, village.StatusAccepted)
	has(t, "签字了", c.say("李四", "#R1 调解好了 双方签字了"), "#R1 已办结")
	c.wantStatuses(nil, village.StatusResolved)
	c = cowQuarrel(t)
	has(t, "签字了 alone", c.say("李四", "R1 双方签字了"), "#R1 已办结")
	c.wantStatuses(nil, village.StatusResolved)
}

// TestSettledWordsOnlyForMediation: the words of a quarrel settled ("说通
// 了", "谈好了", "调好了") close no general report: its handler's note is
// its 进展.
func TestSettledWordsOnlyForMediation(t *testing.T) {
	for _, note := range []string{"和电工说通了", "谈好了", "调好了", "调解好了"} {
		c := newChat(t, understand.Rules{})
		expect(t, "the lamp", c.say("张三", "上报 村口路灯坏了 晚上黑乎乎的"), grid3+": 已登记 #R1")
		c.say("李四", "确认 R1")
		has(t, note, c.say("李四", "R1 "+note), "#R1 进展已记录")
		c.wantStatuses(nil, village.StatusInProgress)
	}
}

// TestSettledAskAnswered: the leader's "R1 两家谈好了" on a quarrel nobody
// took on yet is asked back; his yes quoting that question ("是", "对 谈好
// 了") takes it on and settles it in one step (办结 from 待受理, the note his
// words), as "办结 #R1 两家谈好了" would; "还没" changes nothing. A grid
// worker who may not 办结 it is told who may, not a command refused later.
func TestSettledAskAnswered(t *testing.T) {
	for _, yes := range []string{"是", "对 谈好了", "是的 可以办结"} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "陈二家的牛把我家玉米踩了 他不肯赔")
		got := c.say("李四", "R1 两家谈好了")
		has(t, "asked", got, "直接引用这条回「是」")
		q := strings.TrimPrefix(got[0], grid3+": ")
		n, got := c.counted(bot.Message{Chat: grid3, From: "李四", Text: yes, Quote: &bot.Quote{Name: "网格小助手", Text: q}})
		has(t, yes, got, "李四: #R1 已办结：两家谈好了", "@张三\u2005请确认")
		c.wantStatuses(nil, village.StatusResolved)
		if n > 1 {
			// the item is read from the store's cache and no waiting
			// question is read (answer leaves the settle question's
			// answer alone): the commit alone
			t.Errorf("%s: %d round trips, want 1", yes, n)
		}
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家的牛把我家玉米踩了 他不肯赔")
	q := strings.TrimPrefix(c.say("李四", "R1 两家谈好了")[0], grid3+": ")
	has(t, "not yet", c.send(bot.Message{Chat: grid3, From: "李四", Text: "还没 明天再谈", Quote: &bot.Quote{Name: "网格小助手", Text: q}}), "进展 #R1")
	c.wantStatuses(nil, village.StatusNew)
	got := c.private("王五", "R1 两家谈好了")
	has(t, "a worker", got, "请网格长李四回复「办结 #R1 两家谈好了」")
	lacks(t, "a worker", got, "是的话请回复「办结")
}
