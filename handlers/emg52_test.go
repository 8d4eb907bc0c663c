package handlers_test

import (
	"slices"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// firstNote is the note of report id's first step of action a, "" when
// it has none.
func (c *chat) firstNote(id string, a village.Action) string {
	c.t.Helper()
	for _, rep := range c.reports() {
		if rep.ID != id {
			continue
		}
		for _, h := range rep.History {
			if h.Action == a {
				return h.Note
			}
		}
	}
	return ""
}

// TestNumberedAlarmWordsTakeItOn: the leader's 「R1 收到 我去看了 水位还行
// 没漫出来 已经让人守着了」 on a flood nobody confirmed takes it on with
// her words as the 确认's note, in one round trip, and the duty chat hears
// it; a bare 「R1 收到」 is still shown the 确认. Quoting the alarm's card
// does the same.
func TestNumberedAlarmWordsTakeItOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "水库那边水涨得厉害 小孩别去玩水")
	c.wantReports(1, "(the flood)")
	has(t, "bare 收到", c.say("李四", "R1 收到"), "还没人确认", "「确认 #R1」")
	c.wantStatuses(nil, village.StatusNew)

	got := c.costs(t, 1, "went and arranged", bot.Message{Chat: grid3, From: "李四", Text: "R1 收到 我去看了 水位还行 没漫出来 已经让人守着了"})
	has(t, "went and arranged", got, dutyChat+": ", "#R1")
	lacks(t, "went and arranged", got, "还没人确认")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
	if n := c.firstNote("R1", village.ActAccept); n != "我去看了 水位还行 没漫出来 已经让人守着了" {
		t.Errorf("确认 note %q", n)
	}

	// quoting the alarm's card, the same words
	c = newChat(t, understand.Rules{})
	card := groupCard(t, c.say("陈二", "水库那边水涨得厉害 小孩别去玩水"), "#R1")
	got = c.costs(t, 1, "quoted", bot.Message{Chat: grid3, From: "李四", Text: quoteBot(card, "收到 我去看了 已经让人守着了")})
	has(t, "quoted", got, dutyChat+": ")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
}

// TestNumberedAlarmWordsOfWhoever: the grid worker's 「R1 到了 正在疏散」
// takes the fire on as his unnumbered 「到了 正在疏散」 would (its 进展,
// taken on first; one round trip); 「R1 我到了」 is its 确认, and so is
// 「R1 马上到」 (the number says which alarm he is coming to);
// a villager's 「R1 我去看了」 takes nothing on; 「R1 收到 明天去看」 (put
// off) is shown the 确认; 「R1 虚惊一场」 is its 进展, taken on first, and
// the 办结 is asked for once checked (as unnumbered).
func TestNumberedAlarmWordsOfWhoever(t *testing.T) {
	going := []string{dutyChat + ": 【青山村三组】#R1（突发事件）", "进展：", "现在「处理中」"}
	for _, tc := range []struct {
		from, text string
		trips      int64
		status     village.Status
		want       []string
	}{
		{"王五", "R1 到了 正在疏散", 1, village.StatusInProgress, going},
		{"王五", "R1 我到了", 1, village.StatusAccepted, []string{dutyChat + ": ", "王五"}},
		{"李四", "R1 马上到", 1, village.StatusAccepted, []string{dutyChat + ": ", "马上到"}},
		{"李四", "#R1 正在组织大家打水", 1, village.StatusInProgress, going},
		{"王五", "R1 收到 我马上过去", 1, village.StatusAccepted, []string{dutyChat + ": ", "我马上过去"}},
		{"李四", "R1 虚惊一场", 1, village.StatusInProgress, []string{"核实险情已解除后，请回复「办结 #R1"}},
		{"张三", "R1 我去看了", 0, village.StatusNew, nil},
		{"李四", "R1 收到 明天去看", 1, village.StatusNew, []string{"「确认 #R1」"}},
		{"李四", "R1 收到 去不了 在外地", 1, village.StatusNew, nil},
		{"李四", "R1 好的", 1, village.StatusNew, []string{"「确认 #R1」"}},
	} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "村口仓库着火了 快来人")
		got := c.costs(t, tc.trips, tc.text, bot.Message{Chat: grid3, From: tc.from, Text: tc.text})
		has(t, tc.from+" "+tc.text, got, tc.want...)
		if tc.status != village.StatusNew {
			lacks(t, tc.from+" "+tc.text, got, "还没人确认")
		}
		if rep, want := c.reports()[0], tc.status; rep.Status != want {
			t.Errorf("%s %s: R1 %s, want %s (%q)", tc.from, tc.text, rep.Status, want, got)
		}
	}
}

// TestPlacelessGasAtReportersHome: 张三's own 「快来人 煤气泄漏了」,
// naming no place, is presumed at his home: 陈二's 「张三家里煤气味好大」
// is news of it (one item, one round trip), and so is 刘芳's (his
// household) 「我家煤气味好大」. Not so for 陈二's own 「家里煤气味好大」
// (another home), nor after 「隔壁煤气泄漏了」 (placed elsewhere), nor
// for a fire 「快来人 着火了」 (seen from afar: it may be anywhere).
func TestPlacelessGasAtReportersHome(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "快来人 煤气泄漏了")
	got := c.costs(t, 1, "named home", bot.Message{Chat: grid3, From: "陈二", Text: "张三家里煤气味好大"})
	has(t, "named home", got, dutyChat+": 【突发补充】青山村三组 #R1\n陈二")
	lacks(t, "named home", got, "【突发事件】")
	c.wantReports(1, "(张三's home)")
	has(t, "his household", c.say("刘芳", "我家煤气味好大 快来人"), dutyChat+": 【突发补充】青山村三组 #R1\n刘芳")
	c.wantReports(1, "(刘芳 is of 张三's household)")

	for _, tc := range []struct{ first, second string }{
		{"快来人 煤气泄漏了", "家里煤气味好大"},
		{"隔壁煤气泄漏了 快来人", "张三家里煤气味好大"},
		{"快来人 着火了", "张三家着火了"},
	} {
		c := newChat(t, understand.Rules{})
		c.say("张三", tc.first)
		has(t, tc.first+" / "+tc.second, c.say("陈二", tc.second), dutyChat+": 【突发事件】青山村三组 #R2")
		c.wantReports(2, "("+tc.first+" / "+tc.second+")")
	}
}

// dutyCardOf is the duty chat's post among got that names ref.
func dutyCardOf(t *testing.T, got []string, ref string) string {
	t.Helper()
	i := slices.IndexFunc(got, func(s string) bool { return strings.HasPrefix(s, dutyChat+": ") && strings.Contains(s, ref) })
	if i < 0 {
		t.Fatalf("no duty chat post of %s among %q", ref, got)
	}
	return got[i]
}

// confirmedBesideFire is a chat where 陈二's fire #R1, confirmed by 李四, and 周八's
// #R2, nobody's yet, are open, and the duty chat's card of #R1.
func confirmedBesideFire(t *testing.T) (*chat, string) {
	c := newChat(t, understand.Rules{})
	card := dutyCardOf(t, c.say("陈二", "村口仓库着火了 快来人"), "#R1")
	for _, m := range [][2]string{{"李四", "确认 #R1"}, {"周八", "河边草房着火了"}} {
		c.say(m[0], m[1])
	}
	return c, card
}

// TestDutyOfficerQuotedEnd: 孙七's 「灭了」 quoting the duty chat's card
// of the older of two open fires, confirmed, is its 办结 (火灭了, the
// reporter asked), in one round trip, as the leader's in the group is;
// of one nobody confirmed, he takes it on, it is its 进展 and he is asked
// for the 办结 once checked. The other fire is not touched.
func TestDutyOfficerQuotedEnd(t *testing.T) {
	c, card := confirmedBesideFire(t)
	got := c.costs(t, 1, "灭了", bot.Message{Chat: dutyChat, From: "孙七", Text: quoteBot(card, "灭了")})
	has(t, "灭了", got, dutyChat+": 按孙七的话，#R1 已办结：火灭了", grid3+": 按孙七的话，#R1 已办结：火灭了", "@陈二")
	lacks(t, "灭了", got, "#R2")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved}, village.StatusNew)

	c = newChat(t, understand.Rules{})
	card = dutyCardOf(t, c.say("陈二", "村口仓库着火了 快来人"), "#R1")
	got = c.costs(t, 1, "unconfirmed", bot.Message{Chat: dutyChat, From: "孙七", Text: quoteBot(card, "火灭了")})
	has(t, "unconfirmed", got, "核实险情已解除后，请回复「办结 #R1 火灭了」")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusNew)
}

// TestRescuedFromFireNotClosed: 「人救出来了」 of a confirmed fire, 孙七's
// quoting its card in the duty chat or the leader's in the group, is its
// 进展, not its 办结: the fire may still burn. 「人救上来了」 of someone in
// the water is its 办结.
func TestRescuedFromFireNotClosed(t *testing.T) {
	for _, tc := range []struct {
		chat, from, alarm, words, want string
		status                         village.Status
	}{
		{dutyChat, "孙七", "村口仓库着火了 里面有人", "人救出来了", "#R1 进展已记录：人救出来了", village.StatusInProgress},
		{grid3, "李四", "村口仓库着火了 里面有人", "人救出来了", "#R1 进展已记录：人救出来了", village.StatusInProgress},
		{dutyChat, "孙七", "有人掉河里了 快来人", "人救上来了", "#R1 已办结：人救上来了", village.StatusResolved},
	} {
		c := newChat(t, understand.Rules{})
		card := dutyCardOf(t, c.say("陈二", tc.alarm), "#R1")
		c.say("李四", "确认 #R1")
		text := tc.words
		if tc.chat == dutyChat {
			text = quoteBot(card, tc.words)
		}
		has(t, tc.from+" "+tc.words, c.costs(t, 1, tc.words, bot.Message{Chat: tc.chat, From: tc.from, Text: text}), tc.want)
		c.wantStatuses(map[string]village.Status{"R1": tc.status}, village.StatusNew)
	}
}
