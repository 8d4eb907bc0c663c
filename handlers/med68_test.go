package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// med68Quarrel files 李四's street light (#R1) and 陈二's quarrel with
// 张三 (#R2), taken on by 李四.
func med68Quarrel(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.say("李四", "村口路灯坏了三天了")
	c.say("陈二", "俺家地里的苞米被张三家的羊啃了")
	has(t, "filed", c.say("陈二", "1"), "已登记 #R2（调解事项）")
	has(t, "taken on", c.say("李四", "确认"), "#R2 已受理")
	return c
}

// TestMed68Conciliatory: a party's conciliatory words go to each mediator
// privately as such, not as a quarrel going on; the other party's
// agreement after them too, saying both sides agree; nothing in the group.
func TestMed68Conciliatory(t *testing.T) {
	c := med68Quarrel(t)
	got := c.say("张三", "羊是我家的 我赔就是了 多少钱")
	has(t, "张三 offers", got, "李四: 【调解提醒】#R2 的当事人张三表示愿意赔偿", "郑十: 【调解提醒】#R2 的当事人张三表示愿意赔偿",
		"「羊是我家的 我赔就是了 多少钱」", "趁张三有这个意思，请尽快约双方当面谈妥")
	lacks(t, "张三 offers", got, "争执还在群里继续", grid3+":")
	got = c.say("陈二", "行 那就按市场价赔吧")
	has(t, "陈二 agrees", got, "李四: 【调解提醒】#R2 双方都表示愿意和解", "郑十: 【调解提醒】#R2 双方都表示愿意和解", "「行 那就按市场价赔吧」")
	lacks(t, "陈二 agrees", got, "争执还在群里继续", grid3+":")
	if n := len(got); n > 3 {
		t.Errorf("陈二 agrees: %d messages, want one per mediator (and at most one to him): %q", n, got)
	}
}

// TestMed68SettledByLeader: the leader's 「他俩谈好了 张三赔200」 names a
// party of #R2 and settlement words: its 进展 at once, no pick between
// it and the street light, and the 办结 offered.
func TestMed68SettledByLeader(t *testing.T) {
	c := med68Quarrel(t)
	got := c.costs(t, 1, "leader's news", bot.Message{Chat: grid3, From: "李四", Text: "他俩谈好了 张三赔200"})
	lacks(t, "leader's news", got, "是哪件的进展", "「2」#R1")
	has(t, "leader's news", got, "李四: 按您说的，#R2 进展已记录：他俩谈好了 张三赔200", "要办结就回「1」，按「办结 #R2 他俩谈好了 张三赔200」记")
	var r2 village.Report
	for _, r := range c.reports() {
		if r.ID == "R2" {
			r2 = r
		}
	}
	if last, ok := r2.Last(village.ActProgress); !ok || last.Note != "他俩谈好了 张三赔200" {
		t.Errorf("R2's last 进展 = %q, want the leader's words", last.Note)
	}
	for _, line := range got {
		if !strings.HasPrefix(line, "李四: ") && strings.Contains(line, "要办结就回") {
			t.Errorf("the offer reaches another: %q", line)
		}
	}
	got = c.private("李四", "1")
	has(t, "1 closes", got, "#R2 已办结：他俩谈好了 张三赔200", "陈二")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusResolved}, village.StatusAccepted)
}

// TestMed68NotYielding: a party's refusal or a question of paying is the
// quarrel going on, as before; a call for calm from a party is nothing
// new for the mediators.
func TestMed68NotYielding(t *testing.T) {
	c := med68Quarrel(t)
	got := c.say("张三", "羊是我家的 凭什么我赔 他家地边也没拦")
	has(t, "张三 refuses", got, "李四: 【调解提醒】#R2 的争执还在群里继续，张三也说了")
	lacks(t, "张三 refuses", got, "愿意", "谈妥")
	got = c.say("陈二", "算了？没那么容易 苞米都啃光了")
	lacks(t, "陈二 refuses", got, "愿意", "谈妥")
}

// TestMed68QuarrelWordsMeanQuarrel: a leader's 「两家说好了」 naming
// nobody, beside his street lamp, is the quarrel's 进展 (quarrel words),
// its 办结 offered; 「电工说明天来」 beside the same two is still asked
// about or taken by things, never the quarrel.
func TestMed68QuarrelWordsMeanQuarrel(t *testing.T) {
	c := med68Quarrel(t)
	got := c.say("李四", "两家说好了 按市场价赔")
	lacks(t, "两家说好了", got, "是哪件的进展")
	has(t, "两家说好了", got, "李四: 按您说的，#R2 进展已记录：两家说好了 按市场价赔", "要办结就回「1」")
	got = c.say("李四", "路灯的事电工说明天来修")
	lacks(t, "the lamp's news", got, "#R2 进展已记录")
}

// TestMed68AcceptNamesParty: of two new items, a leader's 「收到 张三家的
// 事我下午去一趟」 takes on the quarrel 张三 is party to, not which-one.
func TestMed68AcceptNamesParty(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("周八", "超市门口路灯坏了三天了")
	c.say("周八", "1")
	c.say("陈二", "俺家地里的苞米被张三家的羊啃了")
	c.say("陈二", "1")
	c.wantReports(2, "(the lamp, the quarrel)")
	got := c.say("李四", "收到 张三家的事我下午去一趟")
	lacks(t, "leader takes on", got, "是哪件", "「2」")
	has(t, "leader takes on", got, "#R2 已受理")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted}, village.StatusNew)
}
