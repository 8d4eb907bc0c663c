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

// stink is the villager's words the bot asks back about (二组's ditch).
const stink = "我们家旁边那个水沟臭死了 夏天蚊子多 现在冬天也臭"

// lamp is another villager's matter the bot asks back about.
const lamp = "后山那个垃圾桶满了"

// TestLeaderAckFilesConfirmBack: the grid leader's unquoted 「收到 明天找
// 人来掏」 while a villager's confirm-back waits files it as hers and
// takes it on for him, in one commit; her later 「1」 files nothing twice
// and her thanks need nothing.
func TestLeaderAckFilesConfirmBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "asked", c.say("张三", stink), "@张三", "回复「1」登记")
	got := c.costs(t, 1, "leader's ack", bot.Message{Chat: grid3, From: "李四", Text: "收到 明天找人来掏"})
	expect(t, "leader's ack", got, grid3+": 已登记 #R1（一般事项·环境卫生）：我们家旁边那个水沟臭死了")
	has(t, "leader's ack", got, "李四已受理：明天找人来掏", "@张三\u2005不用再回复「1」", "查 #R1")
	c.wantReports(1, "(filed on the leader's ack)")
	r := c.reports()[0]
	if r.Reporter != "张三" || r.Status != village.StatusAccepted || !slices.Contains(r.Handlers, "李四") || !strings.Contains(r.Text, "水沟") {
		t.Errorf("R1: reporter %s, status %s, handlers %v, text %q", r.Reporter, r.Status, r.Handlers, r.Text)
	}
	last := r.History[len(r.History)-1]
	if last.Action != village.ActAccept || last.By != "李四" || last.Note != "明天找人来掏" {
		t.Errorf("R1's last step %+v, want 李四's 确认 with his words", last)
	}
	expect(t, "her 1", c.say("张三", "1"), "#R1 已经登记了，李四在办") // tidy53: told once
	c.wantReports(1, "(her 1 files nothing twice)")
	expect(t, "her thanks", c.say("张三", "谢谢李哥"))
	c.wantReports(1, "(thanks)")
}

// TestLeaderQuotesConfirmBack: quoting the bot's question to her, or her
// message, the leader's 「好的」 files it, past the unquoted window too.
func TestLeaderQuotesConfirmBack(t *testing.T) {
	for _, quoteBot := range []bool{true, false} {
		c := newChat(t, understand.Rules{})
		asked := c.say("张三", stink)
		c.now = c.now.Add(2 * time.Hour)
		q := &bot.Quote{Name: "张三", Text: stink}
		if quoteBot {
			q = &bot.Quote{Name: "网格小助手", Text: strings.TrimPrefix(asked[0], grid3+": ")}
		}
		got := c.costs(t, 1, "quoted", bot.Message{Chat: grid3, From: "李四", Text: "好的", Quote: q})
		has(t, "quoted", got, "已登记 #R1", "李四已受理，预计")
		c.wantReports(1, "(quoted)")
		c.firstStatus(village.StatusAccepted)
	}
}

// TestWorkerAckFilesForLeader: a grid worker's 收到 files the
// confirm-back as hers, not taken on (the leader's to give him): the
// leader is asked to 确认 or to 指派 it to him.
func TestWorkerAckFilesForLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", stink)
	got := c.costs(t, 1, "worker's ack", bot.Message{Chat: grid3, From: "王五", Text: "收到 我下午去看看"})
	has(t, "worker's ack", got, "已登记 #R1", "请网格长受理：回复「确认 #R1」", "王五说了会去，要交给王五办，请回复「指派 #R1 王五」", "张三，不用再回复「1」")
	c.wantReports(1, "(filed on the worker's ack)")
	c.firstStatus(village.StatusNew)
	expect(t, "her 1", c.say("张三", "1"), "#R1 已经登记了，可发「查 #R1」") // tidy53: told once
	c.wantReports(1, "(her 1 files nothing twice)")
}

// TestSeveralConfirmBacksAskWhich: two villagers' confirm-backs waiting,
// the leader's unquoted 收到 is asked which, nothing taken; quoting one
// files that one, and the other still waits for her 「1」.
func TestSeveralConfirmBacksAskWhich(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", stink)
	asked := c.say("陈二", lamp)
	got := c.say("李四", "收到")
	has(t, "which", got, "李四，群里有2件事在等确认", "张三：我们家旁边那个水沟", "陈二：后山那个垃圾桶满了", "请引用那条消息")
	c.wantReports(0, "(asked which)")
	got = c.send(bot.Message{Chat: grid3, From: "李四", Text: "收到", Quote: &bot.Quote{Name: "网格小助手", Text: strings.TrimPrefix(asked[0], grid3+": ")}})
	has(t, "quoted one", got, "已登记 #R1", "垃圾桶", "李四已受理")
	c.wantReports(1, "(the quoted one)")
	has(t, "her 1", c.say("张三", "1"), "已登记 #R2", "水沟")
	c.wantReports(2, "(hers)")
}

// TestAckLeavesConfirmBackAlone: a villager's 收到, a cadre's 收到 past the
// window (llm.confirm_ttl: her own 「1」 is asked again then), or after a report filed since, files no confirm-back: her 「1」
// still does.
func TestAckLeavesConfirmBackAlone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", stink)
	c.say("陈二", "收到")
	c.wantReports(0, "(a villager's 收到)")
	for _, said := range []string{"谢谢", "嗯", "👍"} {
		c.say("李四", said)
		c.wantReports(0, "(the leader's "+said+")")
	}
	c.now = c.now.Add(cb52Window)
	c.say("李四", "收到 明天找人来掏")
	c.wantReports(0, "(past the window)")
	has(t, "her late 1", c.say("张三", "1"), "过了回复时间")
	c.wantReports(0, "(her late 1 is asked again)")

}

// TestAckBesideFreshReport: a fresh report waiting for 确认 beside a
// confirm-back (filed before or after it), the leader's unquoted 收到 is
// asked which, nothing taken; his 确认 of the report and her 「1」 then do
// each their own.
func TestAckBesideFreshReport(t *testing.T) {
	for _, before := range []bool{true, false} {
		c := newChat(t, understand.Rules{})
		if before {
			c.say("陈二", "上报 村口那个路灯好几天不亮了")
		}
		c.say("张三", stink)
		if !before {
			c.say("陈二", "上报 村口那个路灯好几天不亮了")
		}
		has(t, "which", c.say("李四", "收到 马上去"), "李四，群里有2件事在等确认", "#R1 陈二：", "张三：我们家旁边那个水沟", "「确认 #R1」")
		c.firstStatus(village.StatusNew)
		c.wantReports(1, "(asked which)")
		has(t, "his 确认", c.say("李四", "确认 #R1"), "#R1 已受理")
		has(t, "her 1", c.say("张三", "1"), "已登记 #R2")
	}
}

// TestEmergencyBesideConfirmBack: an alarm waiting, the leader's 收到 is
// the alarm's business as before; the confirm-back waits.
func TestEmergencyBesideConfirmBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", stink)
	c.say("陈二", "村口李家着火了 快来人")
	c.wantReports(1, "(the alarm)")
	c.say("李四", "收到")
	c.wantReports(1, "(no confirm-back filed)")
	has(t, "her 1", c.say("张三", "1"), "已登记 #R2")
}

const cb52Window = 30 * time.Minute

// TestLeaderAckAfterAnswerElsewhere: her 「1」 handled by another process
// leaves this one's copy stale; the leader's 收到 here then files nothing
// twice (the copy is refused, Redis read: nothing waits), and his words
// go on as usual: the item her 「1」 filed is the fresh one he takes on.
func TestLeaderAckAfterAnswerElsewhere(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("张三", stink)
	b.now = a.now
	has(t, "her 1 elsewhere", b.say("张三", "1"), "已登记 #R1")
	a.now = b.now
	got := a.say("李四", "收到 明天找人来掏")
	a.wantReports(1, "(not filed twice)")
	has(t, "his 收到 takes on what her 1 filed", got, "#R1 已受理")
	a.firstStatus(village.StatusAccepted)
}
