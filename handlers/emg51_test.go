package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestNamedHomeAlarmJoinsThatHome: 陈二's 「张三家里煤气味好大」 while two
// gas items are open, 张三's own 「家里煤气味好大」 (#R1) and 郑十's (#R2,
// newer), is news of #R1, in one round trip; with only 郑十's open it is
// a new item. 张三's own alarm after 陈二 named his home joins 陈二's.
func TestNamedHomeAlarmJoinsThatHome(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "家里煤气味好大")
	c.say("郑十", "家里煤气味好大")
	c.wantReports(2, "(two homes smell gas)")
	got := c.costs(t, 1, "named home", bot.Message{Chat: grid3, From: "陈二", Text: "张三家里煤气味好大"})
	has(t, "named home", got, dutyChat+": 【突发补充】青山村三组 #R1\n陈二")
	lacks(t, "named home", got, "#R2", "【突发事件】")
	c.wantReports(2, "(张三's home is #R1)")

	c = newChat(t, understand.Rules{})
	c.say("郑十", "家里煤气味好大")
	got = c.say("陈二", "张三家里煤气味好大")
	has(t, "no item at that home", got, dutyChat+": 【突发事件】青山村三组 #R2\n情况：张三家里煤气味好大")
	lacks(t, "no item at that home", got, "也报告")
	c.wantReports(2, "(张三's home and 郑十's)")
	has(t, "his own after", c.say("刘芳", "我家煤气味好大"), dutyChat+": 【突发补充】青山村三组 #R2\n刘芳")
	c.wantReports(2, "(刘芳 is of 张三's household)")
}

// groupCard is the grid group's post among got that names ref: the
// emergency's card a cadre or villager quotes.
func groupCard(t *testing.T, got []string, ref string) string {
	t.Helper()
	for _, s := range got {
		if strings.HasPrefix(s, grid3+": ") && strings.Contains(s, "紧急情况 "+ref) {
			return s
		}
	}
	t.Fatalf("no card of %s among %q", ref, got)
	return ""
}

// TestQuotedCardEndsThatEmergency: quoting the card of the older of two
// open fires, the leader's 「灭了」 is its 办结 (note 火灭了), in one round
// trip as his unquoted 「火灭了」 is; the worker's 「人救出来了」 of the
// leader's fire is its 进展 with the 办结 left to the leader; the
// leader's 「火灭了」 of the fire nobody confirmed takes it on as 进展 and
// asks him for the 办结 (emg46). The other fire is not touched.
func TestQuotedCardEndsThatEmergency(t *testing.T) {
	c := newChat(t, understand.Rules{})
	card1 := groupCard(t, c.say("陈二", "村口仓库着火了 快来人"), "#R1")
	c.say("李四", "确认 #R1")
	card2 := groupCard(t, c.say("周八", "河边草房着火了"), "#R2")
	got := c.costs(t, 1, "leader's 灭了", bot.Message{Chat: grid3, From: "李四", Text: quoteBot(card1, "灭了")})
	has(t, "leader's 灭了", got, "#R1 已办结：火灭了", dutyChat+": 【青山村三组】#R1（突发事件）李四 办结：火灭了")
	lacks(t, "leader's 灭了", got, "#R2")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved}, village.StatusNew)

	got = c.say("李四", quoteBot(card2, "火灭了"))
	has(t, "unconfirmed", got, "核实险情已解除后，请回复「办结 #R2")
	lacks(t, "unconfirmed", got, "#R2 已办结")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved, "R2": village.StatusInProgress}, village.StatusNew)

	c = newChat(t, understand.Rules{})
	card1 = groupCard(t, c.say("陈二", "村口仓库着火了 里面有人"), "#R1")
	c.say("李四", "确认 #R1")
	c.say("周八", "河边草房着火了")
	got = c.costs(t, 1, "worker's news", bot.Message{Chat: grid3, From: "王五", Text: quoteBot(card1, "人救出来了")})
	has(t, "worker's news", got, "#R1", "人救出来了")
	lacks(t, "worker's news", got, "#R1 已办结", "#R2")
	if n := c.lastNote("R1"); n != "人救出来了" {
		t.Errorf("R1 进展 %q, want 人救出来了", n)
	}
}

// TestVillagerQuotedCardTellsHandlers: a villager's 「人救出来了」 (news, alarm98) or 「灭了」
// quoting the card of one of two open fires is news of that one: the duty
// chat hears it at once, its handler is asked in the group to check and
// 办结 it (one round trip); nothing closes. Before, the bystander's words
// went to the handler as an ordinary item's news (held till 7:00 at night).
func TestVillagerQuotedCardTellsHandlers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	card1 := groupCard(t, c.say("陈二", "村口仓库着火了 里面有人"), "#R1")
	c.say("李四", "确认 #R1")
	c.say("周八", "河边草房着火了")
	got := c.costs(t, 1, "bystander", bot.Message{Chat: grid3, From: "张三", Text: quoteBot(card1, "人救出来了")})
	// people got out of a fire are news of it, no end: nobody is asked
	// to close it (alarm98; words.RescuedOnly)
	has(t, "bystander", got, dutyChat+": 【突发补充·进展】青山村三组 #R1（已受理）\n张三")
	lacks(t, "bystander", got, "#R2", "明天早上", "办结 #R1")
	got = c.say("陈二", quoteBot(card1, "灭了"))
	has(t, "reporter", got, dutyChat+": 【突发补充】青山村三组 #R1\n陈二", "办结 #R1")
	lacks(t, "reporter", got, "#R2")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
}
