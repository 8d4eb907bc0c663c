package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestRedeemWishAfterAnotherReplica: 李四's 「我想用积分换袋米」 is told his
// household's balance from this replica's copy of the account once it
// follows it (no read, rt66); another replica then posts to the account.
// His next wish is told the balance as stored: the reply decided on the
// stale copy is refused by its commit and answered again.
func TestRedeemWishAfterAnotherReplica(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg, dir := exampleVillage(t)
	ast, bst := storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	a := pointsBotOn(t, cfg, dir, ast, ast)
	a.fund("QS-303", 5)
	has(t, "first wish", a.say("李四", "我想用积分换袋米"), "可兑换 5 分")
	before := ast.RoundTrips()
	a.now = a.now.Add(time.Minute)
	if err := a.r.Handle(context.Background(), bot.Message{ID: "again", At: a.now, Chat: g3, From: "李四", Text: "我想用积分换袋米"}); err != nil {
		t.Fatal(err)
	}
	if n := ast.RoundTrips() - before; n != 1 {
		t.Errorf("the wish from the followed account cost %d round trips, want 1 (its reply's commit)", n)
	}
	has(t, "second wish", a.drain(), "可兑换 5 分")
	ctx := context.Background()
	acct, ok, err := storage.Account(ctx, bst, qs, "QS-303")
	if err != nil || !ok {
		t.Fatalf("account: %v %v", ok, err)
	}
	acct.Final = 777
	if _, err := bst.Commit(ctx, storage.Change{Scope: qs, MsgID: "b-post", Docs: []storage.Doc{storage.AccountDoc(acct)}}); err != nil {
		t.Fatal(err)
	}
	out := a.say("李四", "我想用积分换袋米")
	has(t, "after the other replica", out, "可兑换 777 分")
	if strings.Contains(strings.Join(out, "\n"), "可兑换 5 分") {
		t.Errorf("the stale balance was told too:\n%s", strings.Join(out, "\n"))
	}
}

// TestNoticeQuestionAfterAnotherReplica: 张三's 「明天几点去领」 in his
// group is answered from the notice's words; once this replica follows
// the group's notices, from its copy (no read, rt66). Another replica
// then posts a correction: his next question is answered on the notices
// as stored, the correction told (the commit decided on the stale copy is
// refused, and the message handled again).
func TestNoticeQuestionAfterAnotherReplica(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg, dir := exampleVillage(t)
	ast, bst := storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	a, b := pointsBotOn(t, cfg, dir, ast, ast), pointsBotOn(t, cfg, dir, bst, bst)
	ts := storage.TownshipScope("青山镇")
	n := 0
	say := func(p *pointsBot, chat, from, text string) []string {
		t.Helper()
		n++
		a.now = a.now.Add(time.Minute)
		if err := p.r.Handle(context.Background(), bot.Message{ID: fmt.Sprintf("m%d", n), At: a.now, Chat: chat, From: from, Text: text}); err != nil {
			t.Fatalf("%s: %s: %v", from, text, err)
		}
		return storagetest.Sent(t, ast, a.now, qs, ts)
	}
	say(a, "青山镇网格工作群", "孙七", "通知 全镇 明天上午9点到村委会领取冬季取暖补贴 请带身份证")
	has(t, "first question", say(a, g3, "张三", "明天几点去领"), "9点") // builds the indexes of this new store
	has(t, "read question", say(a, g3, "陈二", "明天几点去领"), "9点")
	before := ast.RoundTrips()
	n++
	a.now = a.now.Add(time.Minute)
	if err := a.r.Handle(context.Background(), bot.Message{ID: fmt.Sprintf("m%d", n), At: a.now, Chat: g3, From: "陈二", Text: "明天几点去领"}); err != nil {
		t.Fatal(err)
	}
	if trips := ast.RoundTrips() - before; trips != 1 {
		t.Errorf("a question answered from the followed notices cost %d round trips, want 1 (its commit)", trips)
	}
	has(t, "second question", storagetest.Sent(t, ast, a.now, qs, ts), "9点")
	say(b, "青山镇网格工作群", "孙七", "通知 全镇 更正：领取时间改为明天下午2点")
	out := say(a, g3, "张三", "明天几点去领")
	has(t, "after the other replica's correction", out, "下午2点")
	if strings.Contains(strings.Join(out, "\n"), "9点") {
		t.Errorf("answered from the notice as it was before the correction:\n%s", strings.Join(out, "\n"))
	}
}
