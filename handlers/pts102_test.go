package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
)

// noteDown records in b's store that the scheduler was down from from to
// to, as its RunDue does (storage.DownFrom, storage.DownTo).
func (b *pointsBot) noteDown(from, to time.Time) {
	b.t.Helper()
	b.noteRuns(map[string]time.Time{storage.DownFrom: from, storage.DownTo: to})
}

// noteRuns records in b's store the last runs of the scheduler's
// pseudo-jobs (job: when), in the township's scope.
func (b *pointsBot) noteRuns(runs map[string]time.Time) {
	b.t.Helper()
	for job, at := range runs {
		if _, err := b.st.ClaimRun(context.Background(), storage.TownshipScope("青山镇"), job, at, 72*time.Hour); err != nil {
			b.t.Fatal(err)
		}
	}
}

// TestPhotoResentAfterDowntime: 陈二 claims 庭院整洁 at 14:00 without its
// photo, and the bot is down from 15:00 for three days: the photo he sent
// meanwhile never came. Back up, the downtime notice asks people to send
// things again; his photo, sent then, is past the claim's 24 hours but is
// attached all the same and the scorer asked (pts101: held silently for a
// next item, and his 「照片补上了」 got nothing). 张三's photo for his own
// claim, resent more than a day after the bot came back, is held as
// before, and so is a photo past the wait with no downtime.
func TestPhotoResentAfterDowntime(t *testing.T) {
	b := examplePointsBot(t)
	loc := b.now.Location()
	b.now = time.Date(2026, 12, 7, 14, 0, 0, 0, loc)
	has(t, "claimed", b.say("陈二", "申请积分 打扫院子 房前屋后都干净了"), "#C1", "24小时内都行")
	has(t, "claimed", b.say("张三", "申请积分 我家院子收拾干净了"), "#C2", "24小时内都行")
	b.now = time.Date(2026, 12, 8, 12, 0, 0, 0, loc)
	b.drain() // the photo reminders (the app's outbox drops them late)
	back := time.Date(2026, 12, 10, 9, 0, 0, 0, loc)
	b.noteDown(time.Date(2026, 12, 7, 15, 0, 0, 0, loc), back)
	b.now = back.Add(20 * time.Minute)
	has(t, "resent", b.photo("p1", g3, "陈二", "yard.jpg"), "机器人停机耽误了，照片现在补来也算数。已把照片附到 #C1", "#C1 的照片补上了，请审核")
	if c := b.claim("C1"); len(c.Images) != 1 {
		t.Errorf("C1 images %v, want the resent photo", c.Images)
	}
	b.now = back.Add(26 * time.Hour)
	lacks(t, "a day after", b.photo("p2", g3, "张三", "yard.jpg"), "已把照片附到")
	if c := b.claim("C2"); len(c.Images) != 0 {
		t.Errorf("C2 images %v, want none: resent more than a day after the bot came back", c.Images)
	}

	nb := examplePointsBot(t)
	nb.now = time.Date(2026, 12, 7, 14, 0, 0, 0, loc)
	nb.say("陈二", "申请积分 打扫院子 房前屋后都干净了")
	nb.now = time.Date(2026, 12, 8, 15, 0, 0, 0, loc)
	lacks(t, "no downtime", nb.photo("p1", g3, "陈二", "yard.jpg"), "已把照片附到")
	if c := nb.claim("C1"); len(c.Images) != 0 {
		t.Errorf("no downtime: C1 images %v, want none", c.Images)
	}
}

// TestStockAskedNearClearing: 张三's 「大米还有吗」 in December is the
// shop's stock: how many the shop counts as left, the price and the
// shopkeeper; an item whose stock the shop does not count sends him to
// the shopkeeper (pts101: silent). 「你家大米还有吗」 is a neighbour's
// business, and in March an unaddressed one is left alone.
func TestStockAskedNearClearing(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 14, 10, 0, 0, 0, b.now.Location())
	has(t, "rice", b.say("张三", "大米还有吗"), "按超市的记录，大米还有 20 袋（5公斤）。", "超市管理员周八")
	has(t, "soap", b.say("张三", "香皂有货没"), "香皂有没有现货，请问超市管理员周八。")
	silent(t, "a neighbour", b.say("张三", "你家大米还有吗"))
	b.now = time.Date(2027, 3, 5, 10, 0, 0, 0, b.now.Location())
	silent(t, "March", b.say("张三", "大米还有吗"))
}

// TestCoWorkerOfferedAsWitness: 陈二's 「申请积分 今早下大雪 我和张三把村口的
// 路铲出来了」 needs a witness (the sandbox's 「1」 to the told deed files the
// same): its reply offers 张三, who did it with him
// (pts101: the usual example, 王五), and so does the witness reminder; one
// of his own household, or one already written, is not offered.
func TestCoWorkerOfferedAsWitness(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	has(t, "filed", b.say("陈二", "申请积分 今早下大雪 我和张三把村口的路铲出来了"), "#C1", "您说是和张三一起干的：张三可以作证的话，请接着发「证明人 张三」")
	b.now = b.now.Add(2 * time.Hour)
	has(t, "reminder", b.drain(), "请在这里发「证明人 张三」")
	got := b.say("张三", "申请积分 我和王五把村口的路铲出来了 证明人 王五")
	lacks(t, "written", got, "您说是和王五一起干的")
}

// TestShopkeeperStock: 周八's 「大米还剩多少」 is his stock, not a
// villager's way to the shop (pts102: the reply sent him to himself and
// told his household's balance); 「库存」 lists every counted item, the
// low ones marked, and the items not counted; a sale counts.
func TestShopkeeperStock(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("周八", "大米还剩多少")
	has(t, "rice", got, "按记录，大米现有 20袋（5公斤）。\n补了货请发「补货 物品 数量」，如：补货 大米 10。")
	lacks(t, "rice", got, "由超市管理员周八", "可兑换")
	b.fund("QS-301", 300)
	has(t, "sold", b.say("周八", "兑换 张三 电压力锅 1"), "电压力锅")
	has(t, "list", b.say("周八", "库存"), "积分超市库存（按记录）：\n大米 20袋（5公斤）\n电压力锅 1台（快没了）\n不清点库存的：香皂、")
	got = b.say("周八", "香皂还有吗")
	has(t, "soap", got, "香皂不清点库存，没有记数量。")
	lacks(t, "soap", got, "补货")
}
