package handlers_test

import (
	"context"
	"fmt"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// busyLedger appends n ledger entries of other households' approvals, in
// one commit: a busy village's week between a redemption and its undo.
func (b *pointsBot) busyLedger(n int) {
	b.t.Helper()
	docs := make([]storage.Doc, n)
	for i := range docs {
		docs[i] = storage.LedgerDoc(village.LedgerEntry{At: b.now, Village: "青山村", Household: "QS-302", Points: 1,
			Event: "approve", By: "赵六", Source: fmt.Sprintf("busy%d", i)})
	}
	if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: "busy", Docs: docs}); err != nil {
		b.t.Fatal(err)
	}
}

// TestBareUnredeemFindsOldRedemption: 撤销兑换 with no number finds the
// shopkeeper's last redemption however many ledger entries came after it
// (it once looked through the latest 200 only), and one already undone is
// still said to be undone.
func TestBareUnredeemFindsOldRedemption(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 500)
	has(t, "redeem", b.say("周八", "兑换 张三 洗衣液 2"), "#D1", "用 40 分")
	b.busyLedger(250)
	has(t, "offered", b.say("周八", "撤销兑换"), "您最近的兑换是 #D1：张三户·张三 洗衣液 2瓶，用 40 分", "回复「是」")
	has(t, "yes", b.say("周八", "是"), "已撤销兑换 #D1")
	b.wantUndone(t, "undone", "QS-301", 500, "L1")
	b.busyLedger(250)
	has(t, "again", b.say("周八", "撤销兑换"), "您最近的兑换 #D1（张三户·张三 洗衣液 2瓶）已经撤销过了")
}

// TestBareUnredeemFindsLegacyRedemption: redemptions and refunds written
// before their indexes (storage.RedeemedBy, RefundedOf) existed are
// indexed by the first bare 撤销兑换 of the village, in the same read.
func TestBareUnredeemFindsLegacyRedemption(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 500)
	legacy := func(e village.LedgerEntry) {
		t.Helper()
		e.At, e.Village, e.Household, e.Person, e.By = b.now, "青山村", "QS-301", "张三", "周八"
		d := storage.Doc{Kind: storage.LedgerKind, Body: e, Index: []storage.IndexOp{{Set: "ledger", Add: true}}}
		if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: "legacy-" + e.Source, Docs: []storage.Doc{d}}); err != nil {
			t.Fatal(err)
		}
	}
	legacy(village.LedgerEntry{Event: village.EventRedeem, Item: "毛巾", Qty: 1, Points: 8, Source: "a"})                  // L1
	legacy(village.LedgerEntry{Event: village.EventRedeem, Item: "香皂", Qty: 2, Points: 10, Source: "b"})                 // L2
	legacy(village.LedgerEntry{Event: village.EventRefund, Item: "香皂", Qty: 2, Points: 10, Source: "c", Reverses: "L2"}) // L3
	b.busyLedger(250)
	has(t, "undone before", b.say("周八", "撤销兑换"), "您最近的兑换 #L2（张三户·张三 香皂 2块）已经撤销过了") // written before sales were numbered
	has(t, "redeem", b.say("周八", "兑换 张三 洗衣液 1"), "#D1")                            // the first numbered sale, whatever the ledger holds
	has(t, "offered", b.say("周八", "撤销兑换"), "您最近的兑换是 #D1")
}
