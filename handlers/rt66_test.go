package handlers_test

import (
	"context"
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
