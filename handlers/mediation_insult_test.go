package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestInsultToldToMediators: a party's word, while his quarrel is live in
// the group, that he is insulted ("陈二天天在群里骂我家 骂得很难听") reaches
// its mediators, as more of it told by someone new to it does; a threat
// still goes to them urgently; a call for calm ("别骂了") tells nobody.
func TestInsultToldToMediators(t *testing.T) {
	c := cowQuarrel(t)
	got := c.say("张三", "陈二天天在群里骂我家 骂得很难听")
	has(t, "the insult", got, "李四: 【调解提醒】#R1 的当事人张三说被人骂了：「陈二天天在群里骂我家 骂得很难听」", "郑十: 【调解提醒】#R1")
	if len(c.reports()) != 1 {
		t.Errorf("reports %+v, want R1 alone", c.reports())
	}
	has(t, "a threat", c.say("张三", "你再放牛进来我就打断你的腿"), "郑十: 【调解提醒·注意】#R1")
	if got := c.say("张三", "别骂了 有话好好说"); len(got) != 0 {
		t.Errorf("a call for calm: %q, want nothing", got)
	}
}

// TestInsultToldOnceAnHour: in a heated exchange the mediators hear of
// insults once an hour per item (a party new to the quarrel at once, his
// joining being news); each insult is kept on the item all the same (查
// counts them and shows the last), and the next notice counts those kept meanwhile.
func TestInsultToldOnceAnHour(t *testing.T) {
	c := cowQuarrel(t)
	has(t, "the first insult", c.say("张三", "陈二又在群里骂我家 骂得很难听"),
		"李四: 【调解提醒】#R1 的当事人张三说被人骂了：「陈二又在群里骂我家 骂得很难听」", "郑十: 【调解提醒】#R1", "一小时内再有人说被骂，只记在 #R1 上，不再提醒。")
	has(t, "the other party's first word", c.say("陈二", "张三骂我 满嘴脏话"), "李四: 【调解提醒】#R1 的当事人陈二说被人骂了")
	for i := range 4 {
		silent(t, fmt.Sprintf("张三 again (%d)", i), c.say("张三", "陈二又骂我家 骂得很难听"))
		silent(t, fmt.Sprintf("陈二 again (%d)", i), c.say("陈二", "张三又骂我 满嘴脏话"))
	}
	c.say("郑十", "进展 #R1 明天上午约两家当面谈")
	c.now = c.now.Add(55 * time.Minute)
	has(t, "an hour on", c.say("张三", "陈二还在骂我家 骂得很难听"),
		"李四: 【调解提醒】#R1 的当事人张三说被人骂了：「陈二还在骂我家 骂得很难听」\n上次提醒后又有 8 次说被骂，都已记在 #R1。")
	reps := c.reports()
	if len(reps) != 1 {
		t.Fatalf("reports %+v, want R1 alone", reps)
	}
	kept := 0
	for _, e := range reps[0].History {
		if e.Action == village.ActSaid && strings.Contains(e.Note, "骂") {
			kept++
		}
	}
	if kept != 11 {
		t.Errorf("%d insults kept on R1, want all 11: %+v", kept, reps[0].History)
	}
	got := c.say("张三", "查 #R1")
	has(t, "查", got, "说被骂：共 11 次，最近是今天10:09 张三说「陈二还在骂我家 骂得很难听」\n最新：今天09:13 郑十 进展")
}

// TestInsultsCountedInStatus: 查 of a quarrel shows how often a party said
// he was insulted and the latest, short, after work done since too; the
// latest step taken stays its 最新. The latest, kept within the hour of the
// first told, says it was not told (quiet85).
func TestInsultsCountedInStatus(t *testing.T) {
	c := cowQuarrel(t)
	c.say("张三", "陈二又在群里骂我家 骂得很难听")
	c.say("陈二", "张三骂我 满嘴脏话")
	c.say("张三", "陈二还在骂我家 骂得很难听")
	got := c.say("李四", "查 #R1")
	has(t, "three insults", got, "说被骂：共 3 次，最近是今天09:05 张三说「陈二还在骂我家 骂得很难听」（已记下，未再提醒调解员）\n最新：今天09:02 李四 受理")
	lacks(t, "no insult as 最新", got, "最新：今天09:05")
	c.say("郑十", "进展 #R1 明天上午约两家当面谈")
	has(t, "work after", c.say("李四", "查 #R1"), "说被骂：共 3 次，最近是今天09:05 张三说「陈二还在骂我家 骂得很难听」（已记下，未再提醒调解员）\n最新：今天09:07 郑十 进展：明天上午约两家当面谈")
	c = cowQuarrel(t)
	lacks(t, "none", c.say("李四", "查 #R1"), "说被骂")
}
