package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// quarrel is a mediation item of 陈二's, accepted and resolved, in a new
// chat: what his answers are tested on.
func quarrel(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "report", c.say("陈二", "上报 调解 对门那家每晚十一点以后还唱卡拉OK 吵得孩子没法写作业"), "#R1")
	c.say("李四", "确认 #R1")
	has(t, "resolve", c.say("李四", "办结 #R1 两家当面谈好了"), "#R1")
	return c
}

// TestPlainDenialOfResolvedMediation: after the 办结 of his mediation
// item, its reporter denies the fix in plain words without the words of a
// fix ("还是吵", "没用 还在唱", "跟没说一样"), in the group or privately:
// each is his 未解决, recorded as the 未解决 command would record it: the
// group hears that it was reopened, never his words nor the matter; he is
// told privately how to take it back. It costs what the plain words of a
// fix cost ("根本没解决"): the read of the open items and the commit.
func TestPlainDenialOfResolvedMediation(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		private    bool
	}{
		{"still noisy", "还是吵", false},
		{"still not right", "还是不行啊", false},
		{"no use, still singing", "没用 还在唱", false},
		{"no use, privately", "没用 还在唱", true},
		{"as if nothing was said", "跟没说一样", false},
		{"it started again", "又开始了", false},
		{"still singing, last night", "昨晚又唱到一点多", false},
		{"fillers", "哎呀 说了也白搭 照样唱", false},
		{"voice to text", "网格长啊我跟你说那个事情还是不行啊昨天晚上又唱到十二点多孩子作业都没写完", false},
		{"the old plain words", "根本没解决", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // its own private redis-server: independent of the others
			c := quarrel(t)
			m := bot.Message{Chat: grid3, From: "陈二", Text: tc.text}
			if tc.private {
				m = bot.Message{Private: true, From: "陈二", Text: tc.text}
			}
			n, got := c.counted(m)
			has(t, tc.text, got, "陈二: 按您说的，#R1 已重新打开："+tc.text, "请回「满意 #R1」",
				grid3+": #R1（调解事项）当事人说还没解决，已重新打开", "李四: 【青山村三组】#R1（调解事项）陈二 未解决："+tc.text)
			for _, line := range got {
				if strings.HasPrefix(line, grid3) && (strings.Contains(line, tc.text) || strings.Contains(line, "卡拉OK")) {
					t.Errorf("the group hears the words or the matter: %s", line)
				}
			}
			c.firstStatus(village.StatusReopened)
			if n < 1 || n > 2 {
				// words common in other talk read the open items as this
				// process follows them: no read when it does
				t.Errorf("%s: %d round trips, want 2 (the open items, the commit) or the commit alone", tc.text, n)
			}
			has(t, "taken back", c.say("陈二", "满意 #R1"), "#R1 已完结")
			c.firstStatus(village.StatusClosed)
		})
	}
}

// TestLessPlainDenialOfResolved: words that deny the fix in part, or with
// thanks, or that his item is about only through what it complains of,
// show him the two answers and change nothing; of a mediation item the
// group hears neither his words nor the matter, and he is asked to answer
// privately. Chat that denies nothing of his item, a question, another
// matter, or the words of anyone else, are read as ever.
func TestLessPlainDenialOfResolved(t *testing.T) {
	hint := grid3 + ": 陈二，#R1 已办结，在等您确认：解决了请回「满意 #R1」；没解决请私信我「未解决 #R1 原因」，我会请负责人接着办。"
	for _, tc := range []struct {
		name, from, text string
		want             []string
		trips            int64 // of chat: none reads the open items (dup88: 还是, 没用 of nothing his copy holds, mayBeHis)
	}{
		{"in part", "陈二", "好一点了 但还是有点吵", []string{hint}, 0},
		{"thanks, but", "陈二", "谢谢你们 但是还在唱", []string{hint}, 0},
		{"still a little", "陈二", "还是有点吵", []string{hint}, 0},
		{"chat of his", "陈二", "还是算了 明天再说", nil, 0},
		{"his phone", "陈二", "这手机真没用", nil, 0},
		{"his work", "陈二", "我还在上班", nil, 0},
		{"the weather", "陈二", "又下雨了", nil, 0},
		{"someone else", "张三", "还是吵", nil, 0}, // the copy holds no item of his (emrt68)
		{"someone else's chat", "张三", "跟没说一样", nil, 0},
		{"someone else's news", "张三", "对门又唱起来了", nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // its own private redis-server: independent of the others
			c := quarrel(t)
			n, got := c.counted(bot.Message{Chat: grid3, From: tc.from, Text: tc.text})
			expect(t, tc.text, got, tc.want...)
			c.firstStatus(village.StatusResolved)
			if tc.want == nil && n != tc.trips {
				t.Errorf("%s: %d round trips, want %d", tc.text, n, tc.trips)
			}
		})
	}
	t.Run("another matter", func(t *testing.T) {
		t.Parallel() // its own private redis-server: independent of the others
		c := quarrel(t)
		has(t, "a lamp", c.say("陈二", "村口路灯又不亮了 晚上黑乎乎的"), "已登记 #R2（一般事项")
		c.firstStatus(village.StatusResolved)
	})
	t.Run("a question", func(t *testing.T) {
		t.Parallel() // its own private redis-server: independent of the others
		c := quarrel(t)
		expect(t, "asks", c.say("陈二", "还在唱吗？"), hint)
		c.firstStatus(village.StatusResolved)
	})
}

// TestDenialOfReopened: once his words reopened his item, saying again it
// goes on ("还在唱", days later) is news for its handlers, as of any item
// still being worked on, never "不用回「未解决」", which he never typed.
func TestDenialOfReopened(t *testing.T) {
	c := quarrel(t)
	has(t, "reopened", c.say("陈二", "还是吵"), "#R1 已重新打开")
	c.now = c.now.AddDate(0, 0, 2)
	got := c.say("陈二", "还在唱")
	expect(t, "days later", got, "还在调解，现在「重新处理」，刚才说的已转告负责人李四、郑十", "李四: 【又来反映】#R1", "郑十: 【又来反映】#R1")
	lacks(t, "days later", got, "不用回")
	c.firstStatus(village.StatusReopened)
}

// TestKinDeniesResolved: one of the reporter's household says his
// resolved item is not fixed: it is his to answer, so nothing changes
// and no new matter is asked about; she is told whom it waits for and
// what he may answer (of a mediation item: privately). Someone of
// another household is read as ever.
func TestKinDeniesResolved(t *testing.T) {
	c := quarrel(t)
	expect(t, "his wife", c.say("胡秀芝", "我家老陈说了 还是吵 根本没用"),
		grid3+": 胡秀芝，#R1 是陈二反映的，已办结，在等陈二本人确认：没解决请陈二私信我「未解决 #R1 原因」，我会请网格长接着办。")
	silent(t, "a neighbour", c.say("刘芳", "还是吵"))
	c.firstStatus(village.StatusResolved)

	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	c.say("李四", "办结 #R1 换了灯泡")
	expect(t, "his wife, a lamp", c.say("刘芳", "灯还是不亮"),
		grid3+": 刘芳，#R1 是张三反映的，已办结，在等张三本人确认：没解决请张三回「未解决 #R1 原因」，我会请网格长接着办。")
	c.firstStatus(village.StatusResolved)
	if n := len(c.reports()); n != 1 {
		t.Errorf("%d reports, want R1 only", n)
	}

	// the one whose report of it was merged into it (重复), a household of
	// his own, is not asked whether to register "垃圾站还是没清" as a new
	// matter: the leader is asked to look, as for a neighbour (word66)
	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 村口垃圾站好久没人清了，臭得很")
	c.say("陈二", "上报 垃圾站那边太臭了 好几天没人来收")
	c.say("陈二", "不是") // asked whether it is R1 (und46); he says no, the leader merges it
	c.say("李四", "重复 #R2 #R1")
	c.say("李四", "办结 #R1 清运车拉走了")
	expect(t, "the merged report's reporter", c.say("陈二", "垃圾站还是没清"),
		grid3+": 谢谢陈二告知。#R1（村口垃圾站好久没人清了，臭得很）3月2日办结了，在等张三确认。\n@李四\u2005请去看看：确实没办好，请回「未解决 #R1 情况」")
	c.firstStatus(village.StatusResolved)
}

// TestPlainDenialOfSeveralResolved: with a lamp and a dispute of his both
// resolved, "又开始了" may mean either: he is shown both and nothing
// changes; his words are not repeated in the group, as a dispute's
// 未解决 is asked privately.
func TestPlainDenialOfSeveralResolved(t *testing.T) {
	c := quarrel(t)
	c.say("陈二", "上报 我家门口的路灯坏了")
	c.say("李四", "办结 #R2 换了灯泡")
	got := c.say("陈二", "又开始了")
	expect(t, "which one", got, grid3+": 陈二，您有几件已办结、在等您确认的事项：\n#R2 我家门口的路灯坏了\n#R1 ")
	has(t, "which one", got, "没解决请回「未解决 #编号 原因」（调解的请私信我）")
	c.wantStatuses(nil, village.StatusResolved)
}
