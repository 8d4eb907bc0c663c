package handlers_test

import "testing"

// TestSaleOnCopyAcrossReplicas (rt78): a sale's index is followed, so
// the replica that made the sale answers 查 #D1 and undoes it from its
// copy, one round trip each. Another replica's undo since makes that
// copy stale: 查 is refused and answered on the sale as stored (given
// back), and 撤销兑换 is answered 已经撤销过了, refunded once.
func TestSaleOnCopyAcrossReplicas(t *testing.T) {
	a, b := rt70Bots(t)
	a.fund("QS-301", 100)
	has(t, "sold", a.say("周八", "兑换 张三 洗衣液 1"), "已兑换 #D1")
	has(t, "sold", a.say("周八", "兑换 张三 牙膏 1"), "已兑换 #D2")

	got, trips := rt70Said(a, "张三", "查 #D1", false)
	has(t, "查 on the copy", got, g3+": #D1 是", "洗衣液 1瓶")
	lacks(t, "查 on the copy", got, "撤销")
	if trips != 1 {
		t.Errorf("查 #D1 on the sale's copy: %d round trips, want 1", trips)
	}
	// the first undo reads the year's archive, which no sale read
	has(t, "undone", a.say("周八", "撤销兑换 #D2"), "已撤销兑换 #D2")
	has(t, "sold", a.say("周八", "兑换 张三 香皂 1"), "已兑换 #D3")
	got, trips = rt70Said(a, "周八", "撤销兑换 #D3", false)
	has(t, "undone on the copies", got, "已撤销兑换 #D3")
	if trips != 1 {
		t.Errorf("撤销兑换 #D3 on the copies: %d round trips, want 1", trips)
	}

	has(t, "another replica's undo", byReplica(a, b, "周八", "撤销兑换 #D1"), "已撤销兑换 #D1")
	has(t, "查 on a stale copy", a.say("张三", "查 #D1"), "#D1 是", "撤销了，20 分已退回。")
	got = a.say("周八", "撤销兑换 #D1")
	has(t, "undo on a stale copy", got, "#D1 已经撤销过了")
	lacks(t, "undo on a stale copy", got, "已撤销兑换")
	a.wantUndone(t, "each undone once", "QS-301", 100, "L2", "L4", "L1")
}
