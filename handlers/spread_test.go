package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestFireSpreadToANeighboursHome: while 张三's alarm of a fire at 老王's
// is open, a neighbour in the group writes that it reached his home,
// bare ("我家也着了", which alone reads as no alarm) or as an alarm of
// his own home ("火烧到我家柴房了"). Each is the same emergency spread:
// the duty chat hears it on #R1, naming the home from the roster, the
// grid's cadres are @'d, and the neighbour is told to get out and call
// 119; nothing new is filed. His household's next word is more news of
// #R1, not a second spread; a worry ("会不会烧到我家") is none.
func TestFireSpreadToANeighboursHome(t *testing.T) {
	c := oldWangOnFire(t)
	expectLike(t, "bare: my home too", c.say("陈二", "我家也着了"),
		like{start: dutyChat + ": 【突发补充·蔓延】青山村三组 #R1（待受理）", has: "蔓延到：陈二家（户号QS-302：陈二（户主）、胡秀芝"},
		like{start: grid3 + ": @陈二\u2005请马上带家人离开屋子，别回去拿东西，立即拨打119。", has: "@李四\u2005@王五\u2005#R1 已蔓延到陈二家。请网格长立即赶到现场"})
	c.wantReports(1, "(the fire spread, not a new one)")
	c.now = c.now.Add(2 * time.Minute)
	wantSpread(t, c, "赵六", "火烧到我家柴房了", "QS-306")
	if got := c.reports()[0].SpreadTo; len(got) != 2 || got[0] != "QS-302" || got[1] != "QS-306" {
		t.Errorf("R1 spread to %q, want QS-302 and QS-306", got)
	}
	c.now = c.now.Add(time.Minute)
	expectLike(t, "his household again: news of it", c.say("钱桂英", "火烧到我家柴房了 快来人啊"),
		like{start: dutyChat + ": 【突发补充】青山村三组 #R1", has: "钱桂英", lacks: "蔓延"})
	c.wantReports(1, "(more news of the same home)")
	lacks(t, "a worry", c.say("周八", "会不会烧到我家"), "蔓延", "【突发")
}

// TestFireSpreadTypedBySound: the spread told with the fire's words typed
// by their sound ("火少到我家了": 烧 as 少; "我家也着伙了") is the open fire
// spread, as its words typed right are, not a new item with no hazard; an
// errand told meanwhile with the same sound ("捎到我家") is none.
func TestFireSpreadTypedBySound(t *testing.T) {
	c := oldWangOnFire(t)
	wantSpread(t, c, "陈二", "火少到我家了", "QS-302")
	c.now = c.now.Add(2 * time.Minute)
	wantSpread(t, c, "赵六", "我家也着伙了", "QS-306")
	c.now = c.now.Add(time.Minute)
	lacks(t, "an errand", c.say("周八", "麻烦帮我把快递捎到我家"), "蔓延", "【突发")
	c.wantReports(1, "(no new item)")
}

// oldWangOnFire is a chat where 张三 raised #R1, a fire at 老王's, three
// minutes ago.
func oldWangOnFire(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "快来人 老王家着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	c.now = c.now.Add(3 * time.Minute)
	return c
}

// wantSpread checks that who's text is #R1 spread to his household hh:
// the duty chat hears it, he is told to get out, and no item is filed.
func wantSpread(t *testing.T, c *chat, who, text, hh string) {
	t.Helper()
	expectLike(t, text, c.say(who, text),
		like{start: dutyChat + ": 【突发补充·蔓延】青山村三组 #R1", has: "蔓延到：" + who + "家（户号" + hh},
		like{start: grid3 + ": @" + who + "\u2005请马上带家人离开屋子", has: "#R1 已蔓延到" + who + "家"})
	c.wantReports(1, "(the fire spread, not a new one)")
}

// TestFloodSpreadAndOwnHome: a flood reaching a neighbour's home is the
// flood spread; the household that raised the alarm at its own home
// saying so again is news of it, and a fire at home during the flood is
// a new alarm.
func TestFloodSpreadAndOwnHome(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "河水漫上来了 我家进水了 快来人"), dutyChat+": 【突发事件】青山村三组 #R1")
	c.now = c.now.Add(10 * time.Minute)
	has(t, "a neighbour flooded", c.say("陈二", "我家也进水了"), "【突发补充·蔓延】青山村三组 #R1", "蔓延到：陈二家", "往高处撤")
	c.now = c.now.Add(10 * time.Minute)
	lacks(t, "the alarm's own home", c.say("刘芳", "水淹到我家堂屋了"), "蔓延")
	c.wantReports(1, "(one flood)")
	has(t, "a fire is its own", c.say("赵六", "我家厨房着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
}

// TestFireBackAfterClosedNamesTheEarlierItem: a fire that flares again at
// the same place after its item was closed, or more than a day after it
// was raised, is a new alarm (safety first) that names the earlier item,
// so that the duty officer sees the history; 查 of the new one shows it.
// A fire at another place names none.
func TestFireBackAfterClosedNamesTheEarlierItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fireOver(t, c, "快来人 老王家着火了", "办结 #R1 火灭了")
	has(t, "closed", c.say("张三", "满意 #R1"), "#R1 已完结")
	c.now = c.now.Add(48 * time.Hour)
	expectLike(t, "closed, two days on", c.say("陈二", "老王家又着火了 快来人"),
		like{start: dutyChat + ": 【突发事件】青山村三组 #R2", has: "前情：同一处 #R1 前天的火又着了（#R1 已完结）"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况 #R2 已登记", has: "同一处 #R1 前天的火又着了，已和上次的记录连在一起。"})
	if got := c.reports()[1].Recurs; got != "R1" {
		t.Errorf("R2 recurs %q, want R1", got)
	}
	has(t, "查 shows it", c.say("陈二", "查 #R2"), "前情：同一处 #R1 之前出过险情")
	// open, taken on, but raised 25 hours before: beyond the rekindle day
	has(t, "taken on", c.say("李四", "确认 #R2"), "#R2 已受理")
	c.now = c.now.Add(25 * time.Hour)
	has(t, "a day on, still open", c.say("赵六", "快来人 老王家着火了"), dutyChat+": 【突发事件】青山村三组 #R3", "前情：同一处 #R2 昨天的火又着了（#R2 已受理）")
	lacks(t, "another place", c.say("赵六", "村口李家着火了"), "前情", "同一处")
	// the home read without the place word glued to its name: "村口李家"
	// is 李's, which "老李家" names again; "东头李家" is another 李's
	has(t, "taken on", c.say("李四", "确认 #R4"), "#R4 已受理")
	has(t, "over", c.say("李四", "办结 #R4 火灭了"), "#R4 已办结")
	c.now = c.now.Add(48 * time.Hour)
	has(t, "the same home by its name", c.say("陈二", "老李家又着火了 快来人"), "#R5", "前情：同一处 #R4 前天的火又着了")
	lacks(t, "another 李's home", c.say("陈二", "东头李家着火了 快来人"), "前情", "同一处")
}

// fireOver raises 张三's alarm (#R1), which 李四 takes on and resolves
// with over.
func fireOver(t *testing.T, c *chat, alarm, over string) {
	t.Helper()
	has(t, "alarm", c.say("张三", alarm), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "taken on", c.say("李四", "确认 #R1"), "#R1 已受理")
	has(t, "over", c.say("李四", over), "#R1 已办结")
}

// TestSpreadGoesToTheFireItIsAbout: two fires burn in the grid, at 老王's
// (#R1) and at the warehouse by the village gate (#R2). Word that one
// reached a home goes to the fire it names (its place, its household, or
// a #R quoted or written), not to the newest; word that names neither is
// not guessed: the sender is told to get out, the duty chat hears a home
// is hit with both refs, and he is asked which fire it is, both listed.
func TestSpreadGoesToTheFireItIsAbout(t *testing.T) {
	c := twoFires(t, "村口仓库也着火了 快来人")
	c.now = c.now.Add(time.Minute)
	has(t, "names the first's household", c.say("陈二", "老王家的火烧到我家了"),
		dutyChat+": 【突发补充·蔓延】青山村三组 #R1", "蔓延到：陈二家", "#R1 已蔓延到陈二家")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "names the second's place", c.say("周八", "仓库那边的火烧到我家柴房了"),
		dutyChat+": 【突发补充·蔓延】青山村三组 #R2", "蔓延到：周八家", "#R2 已蔓延到周八家")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "quotes the first", c.send(bot.Message{Chat: grid3, From: "王五", Text: "烧到我家了",
		Quote: &bot.Quote{Name: "网格小助手", Text: "@李四 @王五 紧急情况 #R1 已登记"}}),
		dutyChat+": 【突发补充·蔓延】青山村三组 #R1", "蔓延到：王五家")
	c.wantReports(2, "(spreads, no new fire)")
	c.now = c.now.Add(2 * time.Minute)
	got := c.say("李四", "火烧过来了 我家也着了")
	has(t, "cannot tell: asked", got, "请马上带家人离开屋子", "#R1", "#R2")
	lacks(t, "cannot tell: no guess", got, "已蔓延到李四家")
	if r1, r2 := c.reports()[0].SpreadTo, c.reports()[1].SpreadTo; len(r1) != 2 || len(r2) != 1 {
		t.Errorf("R1 spread to %q, R2 to %q: want 2 and 1 (an unclear one on neither)", r1, r2)
	}
	c.now = c.now.Add(time.Minute)
	has(t, "his answer with the ref", c.say("李四", "#R2 烧到我家了"),
		dutyChat+": 【突发补充·蔓延】青山村三组 #R2", "蔓延到：李四家")
	c.wantReports(2, "(spreads, no new fire)")
}

// TestAlarmsAtTwoPlacesAreTwoItems: a fire told at another place of the
// village ("后山林子着火了" while "村口仓库着火了" burns) is a second
// emergency with its own number and its own post in the duty chat, not a
// witness of the first; words naming the first fire's place, or a place
// sharing a character with it ("山上" of "后山"), or none, still join it.
func TestAlarmsAtTwoPlacesAreTwoItems(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first fire", c.say("张三", "村口仓库着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "another place", c.say("陈二", "后山林子着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
	c.wantReports(2, "(two places)")
	c.now = c.now.Add(time.Minute)
	has(t, "the first's place without a spot word", c.say("王五", "仓库那边火很大"), dutyChat+": 【突发补充】青山村三组")
	c.now = c.now.Add(time.Minute)
	has(t, "the second's hill in other words", c.say("赵六", "山上的火越来越大了"), dutyChat+": 【突发补充】青山村三组")
	c.wantReports(2, "(witnesses join)")
}

// TestSpreadAsksOnlyOfFiresStillBurning: three fires in the grid, one of
// them (#R1) resolved and awaiting its reporter's 满意. A home reached
// with no word of which fire is asked about the two still burning only:
// the one said out is no fire it can have come from. With one left
// burning the spread is that one's, not asked; with every one said out,
// all are offered.
func TestSpreadAsksOnlyOfFiresStillBurning(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fireOver(t, c, "快来人 老王家着火了", "办结 #R1 火灭了")
	c.now = c.now.Add(40 * time.Minute)
	has(t, "second fire", c.say("赵六", "村口仓库着火了 快来人"), dutyChat+": 【突发事件】青山村三组 #R2")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "third fire", c.say("周八", "后山林子着火了 快来人"), dutyChat+": 【突发事件】青山村三组 #R3")
	c.wantReports(3, "(three fires)")
	c.now = c.now.Add(2 * time.Minute)
	got := c.say("陈二", "火烧过来了 我家也着了")
	has(t, "asked of the two burning", got, "现在有2处险情", "#R2", "#R3", "#R2 或 #R3（哪一处待确认）")
	lacks(t, "not of the one out", got, "#R1", "3处")

	has(t, "R2 out", c.say("李四", "确认 #R2"), "#R2 已受理")
	has(t, "R2 out", c.say("李四", "办结 #R2 火灭了"), "#R2 已办结")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "one left burning: its spread", c.say("钱桂英", "火烧过来了 我家也着了"),
		dutyChat+": 【突发补充·蔓延】青山村三组 #R3", "#R3 已蔓延到赵六家")

	has(t, "R3 out", c.say("李四", "确认 #R3"), "#R3 已受理")
	has(t, "R3 out", c.say("李四", "办结 #R3 火灭了"), "#R3 已办结")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "all out: all offered", c.say("陈二", "火又烧过来了 我家也着了"), "现在有3处险情", "#R1", "#R2", "#R3")
	c.wantReports(3, "(no new item)")
}

// TestSpreadFromReadsTheCanonicalText: the place that says which fire a
// home's spread is of is read in canonical words, as the alarm was: "垃级站"
// typed for 垃圾站 names the 垃圾站's fire, not asked which; so does the
// alarm typed "辣鸡站" when the spread names 垃圾站. A home told in dialect
// ("俺屋头也着了" for 我家里) is a home reached too.
func TestSpreadFromReadsTheCanonicalText(t *testing.T) {
	c := twoFires(t, "村口辣鸡站着火了 快来人")
	has(t, "typo in the spread", c.say("陈二", "垃级站那边烧过来了 我家也着了"),
		dutyChat+": 【突发补充·蔓延】青山村三组 #R2", "#R2 已蔓延到陈二家")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "typo in the alarm", c.say("周八", "垃圾站那边的火烧到我家柴房了"),
		dutyChat+": 【突发补充·蔓延】青山村三组 #R2", "#R2 已蔓延到周八家")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "dialect home", c.say("钱桂英", "老王家的火烧过来了 俺屋头也着了"),
		dutyChat+": 【突发补充·蔓延】青山村三组 #R1", "#R1 已蔓延到赵六家")
	c.wantReports(2, "(spreads, no new fire)")
}

// twoFires is a chat where 张三 raised #R1, a fire at 老王's, and 赵六
// two minutes later #R2, told in second, two minutes ago.
func twoFires(t *testing.T, second string) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "first fire", c.say("张三", "快来人 老王家着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "second fire", c.say("赵六", second), dutyChat+": 【突发事件】青山村三组 #R2")
	c.wantReports(2, "(two fires)")
	c.now = c.now.Add(2 * time.Minute)
	return c
}
