package handlers_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// emerg67Fall is 田甜's alarm in 二组: her grandfather fell and hardly answers.
const emerg67Fall = "爷爷早上摔了一跤 现在躺床上起不来 叫他也不怎么答应"

// TestQuestionKeepsOnTheWay: 黄永红's 「我马上过去 打120了吗」 takes the
// alarm on as 「我马上过去」 does (one round trip), his question kept in
// the note the duty chat hears; a question alone takes nothing on.
func TestQuestionKeepsOnTheWay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(grid2, "田甜", emerg67Fall)
	if got := c.in(grid2, "杨春花", "打120了吗"); c.reports()[0].Status != village.StatusNew {
		t.Fatalf("a bare question took R1 on: %q", got)
	}
	got := c.costs(t, 1, "on the way, asking", bot.Message{Chat: grid2, From: "黄永红", Text: "我马上过去 打120了吗"})
	has(t, "taken on", got, "按黄永红的回复，#R1 已受理", "#R1（突发事件）黄永红 受理：我马上过去 打120了吗")
	if rep := c.reports()[0]; rep.Status != village.StatusAccepted {
		t.Errorf("R1 is %s, want accepted", rep.Status)
	}
}

// TestNotCalledYetUrged: after 黄永红 asked 「打120了吗」, another cadre's
// 「还没有」 is chat; 田甜's is told to call 120 now (one round trip), on
// the item and to the duty chat; her 「打了」 after is noted and relayed,
// and a second 「还没有」 is not urged again.
func TestNotCalledYetUrged(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(grid2, "田甜", emerg67Fall)
	c.in(grid2, "黄永红", "我马上过去 打120了吗")
	if got := c.in(grid2, "朱大勇", "还没有"); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "请现在就打") }) {
		t.Errorf("a cadre's 「还没有」 urged: %q", got)
	}
	got := c.costs(t, 1, "not called", bot.Message{Chat: grid2, From: "田甜", Text: "还没有"})
	expect(t, "urged", got,
		"青山镇应急值班群: 【突发补充】青山村二组 #R1（已受理）\n田甜（13800002023）答黄永红「打120了吗」：还没有\n还没有打120，已请田甜现在就打；请值班人员同时调度120。",
		"青山村二组网格群: @田甜\u2005请现在就打120，说清青山村二组和您家的位置；打通后回一句「打了」。")
	if got := c.in(grid2, "田甜", "还没有"); len(got) != 0 {
		t.Errorf("second 「还没有」: %q, want nothing", got)
	}
	got = c.costs(t, 1, "called", bot.Message{Chat: grid2, From: "田甜", Text: "打了"})
	expect(t, "called", got, "青山镇应急值班群: 【突发补充】青山村二组 #R1（已受理）\n田甜（13800002023）答黄永红「打120了吗」：打了")
	var notes []string
	for _, e := range c.reports()[0].History {
		if e.Action == village.ActSaid {
			notes = append(notes, e.Note)
		}
	}
	if strings.Join(notes, "|") != "答「打120了吗」：还没有|答「打120了吗」：打了" {
		t.Errorf("R1's notes %q", notes)
	}
}

// TestCalledAnswerNoted: her household's 「打了 救护车在路上」 answers the
// question: noted and relayed, nobody urged.
func TestCalledAnswerNoted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(grid2, "田甜", emerg67Fall)
	c.in(grid2, "黄永红", "我马上过去 报警了没")
	got := c.in(grid2, "田卫东", "打了 在路上")
	expect(t, "called", got, "青山镇应急值班群: 【突发补充】青山村二组 #R1（已受理）\n田卫东（13800002022）答黄永红「报警了没」：打了 在路上")
}

// TestOtherQuestionsNotUrged: a question that asks no call (「人还有气
// 吗」), none asked, or asked over half an hour ago: her 「还没有」 is no
// answer to urge.
func TestOtherQuestionsNotUrged(t *testing.T) {
	for name, steps := range map[string][]string{
		"other question": {"我马上过去 人还有气吗"},
		"no question":    {"我马上过去"},
		"too late":       {"我马上过去 打120了吗", "wait"},
	} {
		t.Run(name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.in(grid2, "田甜", emerg67Fall)
			for _, s := range steps {
				if s == "wait" {
					c.now = c.now.Add(40 * time.Minute)
					continue
				}
				c.in(grid2, "黄永红", s)
			}
			if got := c.in(grid2, "田甜", "还没有"); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "请现在就打") }) {
				t.Errorf("urged: %q", got)
			}
			if rep := c.reports()[0]; rep.Status != village.StatusAccepted || !strings.HasPrefix(c.lastStep().Note, "我马上过去") {
				t.Errorf("R1 %s, last step %q", rep.Status, c.lastStep().Note)
			}
		})
	}
}
