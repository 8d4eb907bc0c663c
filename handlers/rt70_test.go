package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage/storagetest"
)

// rt70Bots are two replicas of the example village on one Redis: a, whose
// round trips are counted, and b, which makes another process's changes.
func rt70Bots(t *testing.T) (a, b *pointsBot) {
	srv := storagetest.NeedServer(t)
	cfg, dir := exampleVillage(t)
	ast, bst := storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	for _, st := range []interface{ LoadScripts(context.Context) error }{ast, bst} {
		if err := st.LoadScripts(context.Background()); err != nil { // started replicas
			t.Fatal(err)
		}
	}
	a, b = pointsBotOn(t, cfg, dir, ast, ast), pointsBotOn(t, cfg, dir, bst, bst)
	b.n = 1000 // ids of its own
	return a, b
}

// rt70Said is from's text to b, in the third grid's group or privately,
// with what was sent and the round trips it cost (not the sending's).
func rt70Said(b *pointsBot, from, text string, private bool) ([]string, int64) {
	b.t.Helper()
	b.n++
	b.now = b.now.Add(time.Minute)
	m := bot.Message{ID: fmt.Sprintf("rt70-%d", b.n), At: b.now, Chat: g3, From: from, Text: text}
	if private {
		m.Chat, m.Private = "", true
	}
	before := b.st.RoundTrips()
	if err := b.r.Handle(context.Background(), m); err != nil {
		b.t.Fatalf("%s: %s: %v", from, text, err)
	}
	trips := b.st.RoundTrips() - before
	return b.drain(), trips
}

// TestPointsAskedWhenOnCopy: 陈二's 「积分啥时候给」 after his claim (the
// first question, before it, read the grid's open items and his claims) is
// answered on this replica's copy of his household's claims, in one round
// trip, in the group and privately. Then another replica approves the
// claim: the next question, decided on the stale copy, is refused and
// answered again on the claims as stored: approved, not waiting.
func TestPointsAskedWhenOnCopy(t *testing.T) {
	a, b := rt70Bots(t)
	has(t, "none yet", a.say("陈二", "积分啥时候给"), g3+": 陈二户现在没有在等审核或公示的积分。")
	a.say("陈二", "申请积分 帮王奶奶挑水送到家 证明人 周八")
	out, trips := rt70Said(a, "陈二", "积分啥时候给", false)
	has(t, "on the copy", out, g3+": 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」：在等评分小组（赵六）审核")
	if trips != 1 {
		t.Errorf("asked in the group on the followed claims: %d round trips, want 1", trips)
	}
	out, trips = rt70Said(a, "陈二", "我的积分什么时候给", true)
	has(t, "privately, on the copy", out, "陈二: 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」：在等评分小组（赵六）审核")
	if trips != 1 {
		t.Errorf("asked privately on the followed claims: %d round trips, want 1", trips)
	}
	b.now = a.now
	has(t, "another replica's approval", b.say("赵六", "同意 #C1"), "#C1")
	a.now = b.now
	out, trips = rt70Said(a, "陈二", "积分啥时候给", false)
	has(t, "after another replica's approval", out,
		g3+": 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」+10分：已通过，4月1日在群里公示，7天没有异议就可以兑换。")
	lacks(t, "after another replica's approval", out, "在等评分小组")
	if trips < 2 {
		t.Errorf("asked after another replica's approval: %d round trips, want the refused commit and the one made again", trips)
	}
}

// rt70Resolved are two started replicas (a, b) of the example village;
// on a, 张三's lamp (#R1) and pipe (#R2) were both just 办结 by 李四.
func rt70Resolved(t *testing.T) (a, b *chat) {
	a, b = twoProcesses(t)
	for _, c := range []*chat{a, b} {
		if err := c.st.LoadScripts(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	has(t, "lamp", a.say("张三", "上报 村口的路灯坏了"), "已登记 #R1")
	has(t, "pipe", a.say("张三", "上报 我家门口水管漏水了"), "已登记 #R2")
	for _, text := range []string{"确认 #R1", "确认 #R2", "办结 #R1 换了灯泡", "办结 #R2 换了接头"} {
		a.say("李四", text)
	}
	b.now = a.now
	return a, b
}

// TestBareNotYetPickOnCopy: 张三's bare 「还没」 after both 办结 is asked
// back with the numbered pick on this replica's copy of the grid's open
// items: one round trip (was 2: decided on the copy, read again).
func TestBareNotYetPickOnCopy(t *testing.T) {
	a, _ := rt70Resolved(t)
	got := a.costs(t, 1, "还没 on the copy", bot.Message{Chat: grid3, From: "张三", Text: "还没"})
	has(t, "pick", got, grid3+": 张三，您有几件已办结、在等您确认的事项，您说的「还没」是哪一件没解决？请回复数字：\n"+
		"「1」#R2 我家门口水管漏水了\n「2」#R1 村口的路灯坏了")
	has(t, "2", a.say("张三", "2"), "#R1 已重新打开：还没")
}

// TestBareNotYetPickOnStaleCopy: another replica reopened 张三's lamp
// (his typed 未解决, which leaves the grid's open index as it was: only
// the item's version changes). His bare 「还没」 on a, decided on a's stale
// copy, would ask which of both; the pick's commit is refused and the
// words handled again on the items as stored: the pipe, the one still
// asked, is reopened.
func TestBareNotYetPickOnStaleCopy(t *testing.T) {
	a, b := rt70Resolved(t)
	has(t, "reopened on b", b.say("张三", "未解决 #R1 还是不亮"), "#R1 已重新打开")
	a.now = b.now
	trips, got := a.counted(bot.Message{Chat: grid3, From: "张三", Text: "还没"})
	has(t, "on the items as stored", got, "#R2 已重新打开：还没")
	lacks(t, "not the stale pick", got, "请回复数字")
	if trips < 2 {
		t.Errorf("还没 after another replica's reopen cost %d round trips, want the refused commit and the one made again", trips)
	}
}
