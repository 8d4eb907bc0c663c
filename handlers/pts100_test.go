package handlers_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// sentBy is what the outbox (storage.Outbox, as the app sends) sends of
// b's village at b's now: held messages released, expired ones dropped.
func (b *pointsBot) sentBy() []string {
	b.t.Helper()
	ctx := context.Background()
	box := storage.NewOutbox(b.st, storage.OutboxOptions{Scopes: []storage.Scope{qs}, Now: func() time.Time { return b.now }, Loc: b.now.Location()})
	var out []string
	for range 5 {
		envs := storagetest.Must(box.Next(ctx, 100))(b.t)
		for _, e := range envs {
			out = append(out, e.To+": "+e.Text)
		}
		if err := box.Done(ctx, true, envs...); err != nil {
			b.t.Fatal(err)
		}
	}
	return out
}

// TestPhotoDueNotSentLate: 陈二 claims 庭院整洁 without its photo at 14:00
// and the bot is down from then for three days. His reminder, due the
// next day at 11:01 to say 「请在今天14:01前发」, is not sent when the bot
// comes back: its deadline is past (pts100: before, it went out on the
// 10th saying 「请在12月8日14:01前发在这里」). 张三's witness reminder, due
// at 16:00 the same day, is not sent three days late either (pts101: it
// expires a day after the claim). On time, the photo reminder goes.
func TestPhotoDueNotSentLate(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 7, 14, 0, 0, 0, b.now.Location())
	has(t, "claimed", b.say("陈二", "申请积分 打扫院子 房前屋后都干净了"), "#C1", "24小时内都行")
	has(t, "claimed", b.say("张三", "申请积分 照顾孤寡老人 帮王奶奶扫雪"), "#C2", "证明人")
	b.drain()
	b.now = time.Date(2026, 12, 10, 9, 0, 0, 0, b.now.Location())
	got := b.sentBy()
	lacks(t, "three days late", got, "照片还没有发来")
	lacks(t, "the witness reminder", got, "张三，您的积分申请 #C2")

	b.now = time.Date(2026, 12, 11, 9, 0, 0, 0, b.now.Location())
	b.say("陈二", "申请积分 打扫院子 又打扫了一遍")
	b.drain()
	b.now = time.Date(2026, 12, 12, 7, 2, 0, 0, b.now.Location())
	has(t, "on time", b.sentBy(), "照片还没有发来：请在今天09:01前发在这里")
}

// TestStillSpendNearClearing: a bare 「还能兑换吗」 in December is answered
// with the clearing, yes first and whom to see (pts100: before, nothing);
// in January with the points final now spendable and the clearing past; in March it is left alone as before
// (a villager's word to another), and an item named asks the item.
func TestStillSpendNearClearing(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 14, 10, 0, 0, 0, b.now.Location())
	for _, q := range []string{"还能兑换吗", "现在还可以兑换不", "积分还能兑换吗"} {
		has(t, q, b.say("张三", q), "能，到积分超市找周八兑换。没兑换的积分会在12月31日 18:00年终结算时清零，请在那之前兑换")
	}
	if got := b.say("张三", "洗衣液还能兑换吗"); strings.Contains(strings.Join(got, "\n"), "年终结算") {
		t.Errorf("an item's stock asked got the clearing: %q", got)
	}
	b.now = time.Date(2027, 1, 5, 10, 0, 0, 0, b.now.Location())
	got := b.say("张三", "还能兑换吗")
	has(t, "January", got, "现在生效的积分能兑换，到积分超市找周八。2026年没兑换的积分已在2026年12月31日 18:00年终结算时清零，不能再兑换了")
	b.now = time.Date(2027, 3, 5, 10, 0, 0, 0, b.now.Location())
	silent(t, "March", b.say("张三", "还能兑换吗"))
}

// TestOwnShopSaysWhatComes: 「我家积分能换啥」 from a household with
// nothing to spend yet: with 10 points approved it hears when they are
// published and become redeemable; with none, how to earn some; in
// December with points to spend, that they clear at the year end
// (pts100: before, only 「您家现在可兑换 0 分」).
func TestOwnShopSaysWhatComes(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 14, 10, 0, 0, 0, b.now.Location())
	got := b.privately("陈二", "我家积分能换啥")
	has(t, "nothing", got, "您家现在可兑换 0 分。\n想挣积分：做了好事发「申请积分 做了什么」")
	has(t, "awarded", b.say("赵六", "加分 张三 SG03 10 捡到钱包交还失主"), "#C1")
	got = b.privately("张三", "我家积分能换啥")
	has(t, "coming", got, "您家现在可兑换 0 分。\n待公示：10 分", "1月1日在群里公示")
	lacks(t, "coming", got, "想挣积分")
}

// TestOwnShopClearsSoon: in December, after the clearing's reminder, a
// household whose 17 points buy something hears privately that they
// clear at the year end (pts100, as 我的积分 says).
func TestOwnShopClearsSoon(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 14, 10, 0, 0, 0, b.now.Location())
	b.fund("QS-301", 17)
	got := b.say("张三", "我家积分能换啥")
	has(t, "December", got, "张三: 您家现在可兑换 17 分，到积分超市找周八兑换，12月31日 18:00年终清零前请兑换完。\n超市的东西和各要多少分，见群里的回复。")
	lacks(t, "December", got, "想挣积分")
}
