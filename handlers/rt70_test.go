package handlers_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// rt70Bots are two started replicas of the example village on one Redis:
// a, whose round trips are counted, and b, which makes another process's
// changes.
func rt70Bots(t *testing.T) (a, b *pointsBot) { return replicaBots(t, true) }

// replicaBots are two replicas of the example village on one Redis: a,
// started (LoadScripts: what is kept copied), and b, started when startB,
// with ids of its own.
func replicaBots(t *testing.T, startB bool) (a, b *pointsBot) {
	srv := storagetest.NeedServer(t)
	cfg, dir := exampleVillage(t)
	ast, bst := storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	started := []*storage.Store{ast}
	if startB {
		started = append(started, bst)
	}
	for _, st := range started {
		if err := st.LoadScripts(context.Background()); err != nil {
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
	has(t, "on the copy", saidOnCopy(t, a, false, "asked in the group on the followed claims", "陈二", "积分啥时候给", false),
		g3+": 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」：在等评分小组（赵六）审核")
	has(t, "privately, on the copy", saidOnCopy(t, a, false, "asked privately on the followed claims", "陈二", "我的积分什么时候给", true),
		"陈二: 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」：在等评分小组（赵六）审核")
	has(t, "another replica's approval", byReplica(a, b, "赵六", "同意 #C1"), "#C1")
	out := saidOnCopy(t, a, true, "asked after another replica's approval", "陈二", "积分啥时候给", false)
	has(t, "after another replica's approval", out,
		g3+": 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」+10分：已通过，4月1日在群里公示，7天没有异议就可以兑换。")
	lacks(t, "after another replica's approval", out, "在等评分小组")
}

// rt70Resolved are two started replicas (a, b) of the example village;
// on a, 张三's lamp (#R1) and pipe (#R2) were both just 办结 by 李四.
func rt70Resolved(t *testing.T) (a, b *chat) {
	a, b = rt70Started(t)
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

// rt70Started are two started replicas (a, b) of the example village on
// one Redis, as chats: each copied at its start what was kept (questions,
// the items photos go to, photos waiting).
func rt70Started(t *testing.T) (a, b *chat) {
	a, b = twoProcesses(t)
	for _, c := range []*chat{a, b} {
		if err := c.st.LoadScripts(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	return a, b
}

// photo is from's photos in the third grid's group.
func photo(from string, paths ...string) bot.Message {
	return bot.Message{Chat: grid3, From: from, Images: paths}
}

// TestHeldPhotosOneTrip: 陈二's photos with no item of his just now are
// held for his next item on what this started process knows (no item, no
// photos waiting, then its own copy of them): one commit each, no read
// (张三's report read the grid's open items first, once a process); his
// report then takes both, decided on the copy too.
func TestHeldPhotosOneTrip(t *testing.T) {
	a, _ := rt70Started(t)
	has(t, "another's report", a.say("张三", "上报 后山垃圾没人清"), "已登记 #R1")
	silent(t, "first photo held", a.costs(t, 1, "first photo", photo("陈二", "a.jpg")))
	silent(t, "second photo held", a.costs(t, 1, "second photo", photo("陈二", "b.jpg")))
	has(t, "report", a.costs(t, 1, "report taking them", bot.Message{Chat: grid3, From: "陈二", Text: "上报 村口的路灯坏了"}), "已登记 #R2")
	if got := a.reports()[1].Images; !slices.Equal(got, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("R2 images %q, want [a.jpg b.jpg]", got)
	}
}

// TestWitnessScenePhotoOneTrip: 陈二 joined 张三's alarm; his photos are
// the scene's, attached on what this process knows (no item of his own):
// the attach, the duty chat's note and the reply are one commit.
func TestWitnessScenePhotoOneTrip(t *testing.T) {
	a, _ := rt70Started(t)
	has(t, "alarm", a.say("张三", "快来人 老王家着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "a witness", a.say("陈二", "老王家着火了 火好大"), dutyChat+": 【突发补充】青山村三组 #R1")
	expectLike(t, "witness's photo", a.costs(t, 1, "witness's photo", photo("陈二", "b.jpg")),
		like{start: dutyChat + ": 【突发补充·照片】青山村三组 #R1", has: "陈二（13900000002）发来现场照片1张"},
		like{start: grid3 + ": 已把照片附到 #R1"})
}

// TestPhotoOnStaleNone: 陈二 filed a report through process b; process a
// knows no item of his. His photo to a, decided on that "none", would be
// held; the hold's commit is refused (the item is kept in Redis), and the
// photo goes to #R1 as stored, once.
func TestPhotoOnStaleNone(t *testing.T) {
	a, b := rt70Started(t)
	b.now = a.now
	has(t, "report on b", b.say("陈二", "上报 村口的路灯坏了"), grid3+": 已登记 #R1")
	a.now = b.now
	trips, got := a.counted(photo("陈二", "a.jpg"))
	expect(t, "photo on a", got, grid3+": 已把照片附到 #R1")
	if trips < 2 {
		t.Errorf("photo on a stale none cost %d round trips, want the refused hold and the attach on the read", trips)
	}
	if got := a.reports()[0].Images; !slices.Equal(got, []string{"a.jpg"}) {
		t.Errorf("R1 images %q, want [a.jpg]", got)
	}
	// the key refused is unknown now: the next photo is matched as stored
	silent(t, "next photo on a", a.send(photo("陈二", "b.jpg")))
	if got := a.reports()[0].Images; !slices.Equal(got, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("R1 images %q, want [a.jpg b.jpg]", got)
	}
}

// TestPhotoOnStaleWaiting: 陈二's first photo was held by process b;
// process a knows none waiting. His second photo to a, decided on that,
// would replace b's; the hold's commit is refused and made again on the
// photos as stored: his report takes both.
func TestPhotoOnStaleWaiting(t *testing.T) {
	a, b := rt70Started(t)
	b.now = a.now
	silent(t, "first photo on b", b.send(photo("陈二", "a.jpg")))
	a.now = b.now
	silent(t, "second photo on a", a.send(photo("陈二", "b.jpg")))
	has(t, "report", a.say("陈二", "上报 村口的路灯坏了"), "已登记 #R1")
	if got := a.reports()[0].Images; !slices.Equal(got, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("R1 images %q, want [a.jpg b.jpg]", got)
	}
}

// TestReportOnStaleWaitingCopy: 陈二's first photo was held by process a;
// his second went through process b, which holds both. His report to a,
// decided on a's copy (one photo waiting), is refused and made again on
// the photos as stored: it takes both.
func TestReportOnStaleWaitingCopy(t *testing.T) {
	a, b := rt70Started(t)
	silent(t, "first photo on a", a.send(photo("陈二", "a.jpg")))
	b.now = a.now
	silent(t, "second photo on b", b.send(photo("陈二", "b.jpg")))
	a.now = b.now
	has(t, "report on a", a.say("陈二", "上报 村口的路灯坏了"), "已登记 #R1")
	if got := a.reports()[0].Images; !slices.Equal(got, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("R1 images %q, want [a.jpg b.jpg]", got)
	}
}
