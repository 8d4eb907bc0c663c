package handlers_test

import (
	"slices"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestCallOnOthersListTellsHim: 马红梅 logs the call of 冯德才, on 何志强's
// list this morning: the call is closed under her name and 何志强 gets one
// private note that he need not phone. Her own elder 高秀英 tells nobody,
// nor does 徐玉珍 when no list holds her today (he was not to phone), nor
// a miss (his call stays on his list), nor 何志强 logging his own.
func TestCallOnOthersListTellsHim(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.listed("冯德才", "许凤英", "高秀英")
	got := c.in(grid1, "马红梅", "回访 冯德才 已通 身体挺好")
	has(t, "his elder", got, "已记录：冯德才 已通（马红梅", "何志强: 冯德才已经联系上了（马红梅：已通），这个回访电话不用再打了。")
	if calls := c.callsOf("冯德才"); len(calls) != 1 || calls[0].LoggedBy != "马红梅" || calls[0].Status != village.CallReached {
		t.Errorf("冯德才's calls %+v, want one reached by 马红梅", calls)
	}
	lacks(t, "his list", c.private("何志强", "回访"), "冯德才")

	for _, step := range []struct{ who, text string }{
		{"马红梅", "回访 高秀英 已通 身体挺好"}, // her own
		{"马红梅", "回访 徐玉珍 已通 挺好的"},  // no list holds her today
		{"马红梅", "回访 许凤英 未接通"},     // a miss: still his to try
		{"何志强", "回访 许凤英 已通 挺好"},   // his own
	} {
		got := c.in(grid1, step.who, step.text)
		has(t, step.text, got, "已记录")
		for _, line := range got {
			if len(line) > len("何志强:") && line[:len("何志强:")] == "何志强:" {
				t.Errorf("%s: 何志强 told: %q", step.text, line)
			}
		}
	}
}

// TestBareCallQuestionNoted: 刘建国's bare 「打120了吗」 on 谢明's fire is
// noted on R1 (nothing taken on, nothing said, one round trip); 谢明's
// 「还没有」 is urged to call 120 and the duty chat told, as emerg67's
// answer to 「我马上过去 打120了吗」 is; 马红梅's 「报119了没」 after it
// makes the next answer that question's. A bystander's 「没打」 is heard
// too, told to say where it happened (刘洋家, polish69).
func TestBareCallQuestionNoted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(grid1, "谢明", "快来人 刘洋家着火了")
	if got := c.costs(t, 1, "bare question", bot.Message{Chat: grid1, From: "刘建国", Text: "打120了吗"}); len(got) != 0 {
		t.Errorf("bare question answered: %q", got)
	}
	rep := c.reports()[0]
	if rep.Status != village.StatusNew || c.lastStep().Note != "问「打120了吗」" {
		t.Errorf("R1 %s, last note %q, want new with the question noted", rep.Status, c.lastStep().Note)
	}
	got := c.costs(t, 1, "not called", bot.Message{Chat: grid1, From: "谢明", Text: "还没有"})
	expect(t, "urged", got,
		"青山镇应急值班群: 【突发补充】青山村一组 #R1（待受理）\n谢明（13800001062）答刘建国「打120了吗」：还没有\n还没有打120，已请谢明现在就打；请值班人员同时调度120。",
		"青山村一组网格群: @谢明\u2005请现在就打120，说清青山村一组刘洋家的位置；打通后回一句「打了」。") // polish69: not his home

	c.in(grid1, "马红梅", "报119了没")
	got = c.in(grid1, "唐国平", "没打")
	has(t, "a bystander", got, "唐国平（13800001051）答马红梅「报119了没」：没打", "还没有打119", "@唐国平\u2005请现在就打119，说清青山村一组刘洋家的位置") // polish69: the home named
}

// TestBareCallQuestionNotNoted: a villager's 「打120了吗」, a cadre's with
// no live alarm in the group or in another group note nothing, and the
// reporter's 「还没有」 after them is not urged.
func TestBareCallQuestionNotNoted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(grid1, "刘建国", "打120了吗") // no alarm: nothing to note
	c.in(grid1, "谢明", "快来人 刘洋家着火了")
	c.in(grid1, "唐国平", "打120了吗")
	c.in(grid2, "黄永红", "打120了吗") // another group
	for _, e := range c.reports()[0].History {
		if e.Action == village.ActSaid {
			t.Errorf("noted %q by %s", e.Note, e.By)
		}
	}
	if got := c.in(grid1, "谢明", "还没有"); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "请现在就打") }) {
		t.Errorf("urged with no cadre's question: %q", got)
	}
}

// TestPartyLeaderNoMediatorOffice: 谢明's quarrel of 刘洋家 (刘建国's son)
// with 郑十家 leaves no mediator who is no party (郑十 is one): 刘建国
// handles it as before, and the township office is told once which item,
// who the parties are and to 指派 a neutral one, in the filing's one
// commit. 孙七's 「指派 #R1 司法所」 takes it on; 刘建国 steps aside
// (his 确认 is answered with who handles it). A quarrel with a neutral
// mediator, or of no leader's household, tells the office nothing.
func TestPartyLeaderNoMediatorOffice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	n, got := c.counted(bot.Message{Chat: grid1, From: "谢明", Text: "上报 刘洋家和郑十家为宅基地边界吵起来了 说了好几次也不管"})
	has(t, "filed", got, "已交刘建国（刘洋是刘建国家里人，已请镇里另派中立的人）调解", "@刘建国", "请回复「确认 #R1」受理")
	has(t, "office", got, "青山镇网格工作群: 【调解·需中立调解人】青山村一组 #R1\n内容：刘洋家和郑十家为宅基地边界吵起来了",
		"当事人：刘洋是网格长刘建国家里人，另一方见内容；本村没有不涉及此事的调解员，现在只能由刘建国自己调解。",
		"请镇里指派一位中立的人：回复「指派 #R1 名字」或「指派 #R1 司法所」，指派后刘建国回避。")
	if n := strings.Count(strings.Join(got, "\n"), "【调解·需中立调解人】"); n != 1 {
		t.Errorf("office told %d times", n)
	}
	has(t, "assigned", c.office("指派 #R1 司法所"), "#R1 已转交司法所", "仍由孙七负责", "#R1 镇里已转交司法所办理")
	rep := c.reports()[0]
	if slices.Contains(rep.Handlers, "刘建国") || !slices.Contains(rep.Handlers, "孙七") {
		t.Errorf("R1's handlers %q, want 孙七 without 刘建国", rep.Handlers)
	}
	has(t, "the leader's 确认", c.in(grid1, "刘建国", "确认 #R1"), "#R1 涉及您家，您回避")

	for _, text := range []string{
		"上报 刘洋家的狗天天晚上叫 吵得睡不着 说了好几次也不管",   // 郑十 mediates (party66)
		"上报 冯春生家和郑十家为宅基地边界吵起来了 说了好几次也不管", // no leader's household
	} {
		o := newChat(t, understand.Rules{})
		m, got := o.counted(bot.Message{Chat: grid1, From: "谢明", Text: text})
		lacks(t, text, got, "青山镇网格工作群")
		if m != n {
			t.Errorf("%s: %d round trips, want %d as the office's", text, m, n)
		}
	}
}
