package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// BenchmarkRedeem is the shopkeeper's 兑换 at the counter: a household
// taking a few different goods in turn, each charged (no question asked:
// the same goods come back a day later, a new purchase). Reported: round
// trips per 兑换, the outbox drain left out.
func BenchmarkRedeem(b *testing.B) {
	pb := examplePointsBot(b)
	pb.fund("QS-301", 1<<30)
	items := []string{"兑换 张三 香皂 1", "兑换 张三 牙膏 1", "兑换 张三 毛巾 1", "兑换 张三 洗洁精 1"}
	pb.say("周八", items[0])
	ctx := context.Background()
	var rts int64
	b.ResetTimer()
	for i := range b.N {
		pb.now = pb.now.Add(7 * time.Hour)
		before := pb.st.RoundTrips()
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("r%d", i), At: pb.now, Chat: g3, From: "周八", Text: items[(i+1)%len(items)]}); err != nil {
			b.Fatal(err)
		}
		rts += pb.st.RoundTrips() - before
		pb.drain()
	}
	b.ReportMetric(float64(rts)/float64(b.N), "roundtrips/msg")
	b.StopTimer()
	if got, least := pb.account("QS-301").Redeemed, 5*(b.N+1); got < least { // 5 分 the cheapest
		b.Fatalf("redeemed %d, want at least %d: some 兑换 were not charged", got, least)
	}
}

// BenchmarkRedeemCold is each household's first 兑换 in this process: a
// household the shopkeeper has not charged before (nor anyone read since
// the process started), as after a restart or on a replica that did not
// handle the household's last change. Reported: round trips per 兑换.
func BenchmarkRedeemCold(b *testing.B) {
	var extra []village.Person
	for i := range b.N {
		extra = append(extra, village.Person{Name: fmt.Sprintf("户%04d", i), Village: "青山村", Household: fmt.Sprintf("H%04d", i),
			Relation: "户主", Grid: "三组", UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
	}
	cfg, dir := exampleVillage(b, extra...)
	pb := newPointsBot(b, cfg, dir)
	for i := range b.N {
		pb.fund(fmt.Sprintf("H%04d", i), 100)
	}
	pb.say("周八", "兑换 张三 香皂 1") // the shop itself is known: only the household is new
	ctx := context.Background()
	var rts int64
	b.ResetTimer()
	for i := range b.N {
		pb.now = pb.now.Add(time.Minute)
		before := pb.st.RoundTrips()
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("c%d", i), At: pb.now, Chat: g3, From: "周八", Text: fmt.Sprintf("兑换 户%04d 香皂 1", i)}); err != nil {
			b.Fatal(err)
		}
		rts += pb.st.RoundTrips() - before
		pb.drain()
	}
	b.ReportMetric(float64(rts)/float64(b.N), "roundtrips/msg")
	b.StopTimer()
	if got := pb.account(fmt.Sprintf("H%04d", b.N-1)).Redeemable(); got != 95 {
		b.Fatalf("last household: redeemable %d, want 95 (charged once)", got)
	}
}

// BenchmarkRedeemStale is a 兑换 on a replica whose copy of the household
// another replica changed since (here by a 兑换 of its own): the commit
// decided on the copy is refused, the account read and the sale decided
// again. Reported: round trips per 兑换 on the first replica.
func BenchmarkRedeemStale(b *testing.B) {
	one, other := twoReplicas(b)
	one.fund("QS-301", 1<<30)
	items := []string{"兑换 张三 香皂 1", "兑换 张三 牙膏 1", "兑换 张三 毛巾 1", "兑换 张三 洗洁精 1"}
	one.say("周八", items[0]) // the first replica follows 张三户
	ctx := context.Background()
	var rts int64
	b.ResetTimer()
	for i := range b.N {
		other.now = one.now.Add(23 * time.Hour) // a day apart: nothing is asked about as sent again
		other.sayID(fmt.Sprintf("o%d", i), "周八", "兑换 张三 食用盐 1")
		one.now = other.now.Add(time.Hour)
		before := one.st.RoundTrips()
		if err := one.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("s%d", i), At: one.now, Chat: g3, From: "周八", Text: items[(i+1)%len(items)]}); err != nil {
			b.Fatal(err)
		}
		rts += one.st.RoundTrips() - before
		one.drain()
	}
	b.ReportMetric(float64(rts)/float64(b.N), "roundtrips/msg")
}

// TestRedeemRetypedAfterAnother: the shopkeeper records 食用盐 and 牙膏 for
// 张三 and then sends the 食用盐 again (its reply seemed lost): it is asked
// about, as when nothing came between, and charged once; his 「是」 (a
// real second bag) charges it once more. The same goods for another
// member of the household later in the day are that member's own
// purchase, not asked.
func TestRedeemRetypedAfterAnother(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 50)
	has(t, "salt", b.say("周八", "兑换 张三 食用盐 1"), "已兑换 #D1")
	has(t, "toothpaste", b.say("周八", "兑换 张三 牙膏 1"), "已兑换 #D2")
	left := b.account("QS-301").Redeemable()
	has(t, "salt again", b.say("周八", "兑换 张三 食用盐 1"), "这条还没有兑换：今天09:01已经给张三户兑换过食用盐 1袋。")
	chargedOnYes(t, b, left, 3, "已兑换 #D3：张三户·张三 食用盐 1袋，用 3 分。")
	b.now = b.now.Add(time.Hour)
	has(t, "another member", b.say("周八", "兑换 张明 食用盐 1"), "已兑换 #D4：张三户·张明 食用盐 1袋")
}

// TestRedeemSameGoodsForKin: the household's points are shared, so the
// same goods for another member of it moments after (香皂 for 张三, then
// for 刘芳) are asked about before they are charged: most often the first
// sent again under the other's name. The message delivered again charges
// nothing; 「是」 charges it once, however often it is said.
// Words that say it is one more purchase ("她也要") are charged at once,
// and so are other goods, another count, or the same later in the day.
func TestRedeemSameGoodsForKin(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 100)
	has(t, "first", b.say("周八", "兑换 张三 香皂 1"), "已兑换 #D1：张三户·张三 香皂 1块")
	left := b.account("QS-301").Redeemable()
	ask := "这条还没有兑换：09:01刚给张三户的张三兑换过香皂 1块，全家的积分是一起用的。如果刘芳又拿了一份，请回复「是」再兑换一次"
	has(t, "kin", b.sayID("kin", "周八", "兑换 刘芳 香皂 1"), ask)
	b.sayID("kin", "周八", "兑换 刘芳 香皂 1") // delivered again
	chargedOnYes(t, b, left, 5, "已兑换 #D2：张三户·刘芳 香皂 1块")
	has(t, "one more, said", b.say("周八", "兑换 张明 香皂 1 他也要"), "已兑换 #D3：张三户·张明 香皂 1块")
	has(t, "another count", b.say("周八", "兑换 张明 香皂 2"), "已兑换 #D4：张三户·张明 香皂 2块")
	has(t, "other goods", b.say("周八", "兑换 刘芳 牙膏 1"), "已兑换 #D5")
	b.now = b.now.Add(kinWindowForTest)
	has(t, "later", b.say("周八", "兑换 张三 牙膏 1"), "已兑换 #D6：张三户·张三 牙膏 1支")
}

// chargedOnYes: a redemption asked about has charged nothing of 张三户's
// left; 「是」 charges its cost (its reply has want), a second 「是」 nothing.
func chargedOnYes(t *testing.T, b *pointsBot, left, cost int, want string) {
	t.Helper()
	if got := b.account("QS-301").Redeemable(); got != left {
		t.Fatalf("asked: redeemable %d, want %d (not charged before 是)", got, left)
	}
	has(t, "yes", b.say("周八", "是"), want)
	b.say("周八", "是")
	if got := b.account("QS-301").Redeemable(); got != left-cost {
		t.Fatalf("after 是 twice: redeemable %d, want %d (charged once)", got, left-cost)
	}
}

// kinWindowForTest is past how soon the same goods for another member are
// asked about (handlers.kinWindow).
const kinWindowForTest = 31 * time.Minute

// TestRedeemReadsOnce: a 兑换 reads the household's account, its approved
// claims and the shop's counted stock together, then commits: two round
// trips the first time; after that this process follows them, and a
// 兑换 is its commit alone, stock counted or not.
func TestRedeemReadsOnce(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 1000)
	for i, text := range []string{"兑换 张三 香皂 1", "兑换 张三 牙膏 1", "兑换 张三 大米 1", "兑换 张三 大米 2"} {
		b.now = b.now.Add(time.Minute)
		before := b.st.RoundTrips()
		if err := b.r.Handle(context.Background(), bot.Message{ID: fmt.Sprintf("r%d", i), At: b.now, Chat: g3, From: "周八", Text: text}); err != nil {
			t.Fatal(err)
		}
		n := b.st.RoundTrips() - before // the outbox drain left out
		has(t, text, b.drain(), fmt.Sprintf("已兑换 #D%d", i+1))
		if i > 0 && n != 1 {
			t.Errorf("%s: %d round trips, want 1 (the commit)", text, n)
		}
	}
}

// TestRedeemOnTwoReplicas: two replicas of one Redis record redemptions
// of one household. A charge made on this process's copy of the account
// that another replica changed since is refused by its commit and decided
// again on the account as stored (积分不够: never overspent); a refusal is
// never made on a copy (the other replica gave points back meanwhile).
func TestRedeemOnTwoReplicas(t *testing.T) {
	a, b := twoReplicas(t)
	a.fund("QS-301", 300)
	a.fund("QS-302", 100)
	say := func(p *pointsBot, text string) []string {
		t.Helper()
		a.now, b.now = a.now.Add(time.Minute), b.now.Add(time.Minute)
		return p.sayID(fmt.Sprintf("%p-%s", p, text), "周八", text)
	}
	has(t, "a: soap", say(a, "兑换 张三 香皂 1"), "已兑换 #D1")                   // a follows 张三户: 295 left
	has(t, "b: undone", say(b, "撤销兑换 #D1"), "已撤销兑换 #D1")                 // 300 again (#L2 gives it back)
	has(t, "a: all 300", say(a, "兑换 张三 香皂 60"), "已兑换 #D2：张三户·张三 香皂 60块") // b numbers after a's
	has(t, "a: soap for 陈二", say(a, "兑换 陈二 香皂 1"), "已兑换 #D3")            // a follows 陈二户: 95 left
	has(t, "b: the rest", say(b, "兑换 陈二 香皂 19"), "已兑换 #D4")              // 0 left
	has(t, "a: more", say(a, "兑换 陈二 牙膏 1"), "积分不够，没有兑换")
	for hh, want := range map[string]int{"QS-301": 0, "QS-302": 0} {
		if got := a.account(hh).Redeemable(); got != want {
			t.Errorf("%s: redeemable %d, want %d", hh, got, want)
		}
	}
}

// twoReplicas are two routers of the example village on one Redis, as two
// replicas of one deployment.
func twoReplicas(tb testing.TB) (*pointsBot, *pointsBot) {
	srv := storagetest.NeedServer(tb)
	cfg, dir := exampleVillage(tb)
	replica := func() *pointsBot {
		st := storagetest.Open(tb, srv.URL)
		return pointsBotOn(tb, cfg, dir, st, st)
	}
	return replica(), replica()
}

// TestRedeemVerbMistyped: the shopkeeper's input method gives 对换 for
// 兑换 (both duìhuàn); followed by a villager's name and goods the shop
// sells, it is his 兑换 (before: silence, and he took the goods as
// recorded). The same words from a villager, or without a name and goods,
// are speech.
func TestRedeemVerbMistyped(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 50)
	has(t, "对换", b.say("周八", "对换 张三 香皂 1"), "已兑换 #D1：张三户·张三 香皂 1块，用 5 分。")
	has(t, "glued", b.say("周八", "对换张三牙膏1"), "已兑换 #D2：张三户·张三 牙膏 1支")
	silent(t, "no goods", b.say("周八", "对换一下位置"))
	silent(t, "a villager", b.say("陈二", "对换 张三 香皂 1"))
	if got := b.account("QS-301").Redeemable(); got != 40 {
		t.Errorf("redeemable %d, want 40", got)
	}
}

// TestRedeemSentTwice: the shopkeeper who sends the same 兑换 again the
// same day (the first seemed not to go through, or a retry after a
// network hiccup) is asked whether the household took it twice, and
// nothing is charged until he answers 是; sent a third time it is asked
// again, and a 是 said twice charges once; "好的" (as likely "ok, it was
// a retry") is asked back. A different item, or the same
// one after the first was undone, is not asked about.
func TestRedeemSentTwice(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 50)
	first := b.say("周八", "兑换 张三 一包食用盐")
	has(t, "first", first, "已兑换 #D1：张三户·张三 食用盐 1袋，用 3 分。")
	lacks(t, "first", first, "提醒")
	again := b.say("周八", "兑换 张三 食用盐 1")
	has(t, "again", again,
		"这条还没有兑换：今天09:01已经给张三户兑换过食用盐 1袋。如果是又拿了一份，请回复「是」；如果是刚才那条重发的，回复「不是」或不用管，不会重复记。")
	lacks(t, "again", again, "已兑换 #D2", "张三: ")
	if got := b.account("QS-301").Redeemable(); got != 47 {
		t.Fatalf("after the repeat: redeemable %d, want 47 (charged once)", got)
	}
	has(t, "a third time", b.say("周八", "兑换 张三 食用盐 1"), "这条还没有兑换")
	if got := b.account("QS-301").Redeemable(); got != 47 {
		t.Fatalf("after the third: redeemable %d, want 47", got)
	}
	has(t, "好的 is no yes", b.say("周八", "好的"), "「兑换 张三 食用盐 1」还没有兑换。要兑换请回复「是」；不要请回复「不是」。")
	if got := b.account("QS-301").Redeemable(); got != 47 {
		t.Fatalf("after 好的: redeemable %d, want 47", got)
	}
	has(t, "yes", b.say("周八", "是"), "已兑换 #D2：张三户·张三 食用盐 1袋，用 3 分。", "张三: 您家在积分超市兑换了食用盐 1袋，用 3 分，还可兑换 44 分（兑换号 #D2）。")
	b.say("周八", "是")
	if got := b.account("QS-301").Redeemable(); got != 44 {
		t.Fatalf("after 是 twice: redeemable %d, want 44 (the second 兑换 once)", got)
	}
	has(t, "no", b.say("周八", "兑换 张三 食用盐 1"), "这条还没有兑换")
	has(t, "no", b.say("周八", "不是"), "没有兑换")
	if got := b.account("QS-301").Redeemable(); got != 44 {
		t.Fatalf("after 不是: redeemable %d, want 44", got)
	}
	lacks(t, "another item", b.say("周八", "兑换 张三 牙膏 1"), "提醒", "还没有兑换")
	b.say("周八", "撤销兑换 #L3 拿错了")
	lacks(t, "after an undo", b.say("周八", "兑换 张三 牙膏 1"), "提醒", "还没有兑换")
}

// TestRedeemShortSaysWhatFits: the shopkeeper told privately that a
// household's points are short also hears what they do buy: fewer of the
// same, or the cheaper goods, so the villager at the counter can choose.
func TestRedeemShortSaysWhatFits(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 15)
	has(t, "fewer", b.say("周八", "兑换 张三 毛巾 3"), "周八: 积分不够，没有兑换：张三户可兑换积分 15 分，毛巾 3条要 24 分，还差 9 分。\n15 分够换毛巾 1条。")
	has(t, "cheaper", b.say("周八", "兑换 张三 洗衣液 1"), "15 分够换：香皂、牙膏、食用盐、酱油、毛巾、洗洁精、卫生纸。")
	b.fund("QS-302", 2)
	lacks(t, "nothing fits", b.say("周八", "兑换 陈二 香皂 1"), "够换")
}

// TestShopkeeperSaysWhatWasTaken: "张三拿了两瓶洗洁精" from the shopkeeper
// is asked back with the 兑换 to send, nothing redeemed; from a villager,
// or naming no shop item, it is not taken for one.
func TestShopkeeperSaysWhatWasTaken(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 50)
	expect(t, "shopkeeper", b.say("周八", "张三拿了两瓶洗洁精"), g3+": 要记张三兑换吗？是的话回「是」就兑换（或发：兑换 张三 两瓶洗洁精），不是请回「不是」，这条还没有兑换。")
	if got := b.account("QS-301").Redeemable(); got != 50 {
		t.Errorf("redeemable %d, want 50: nothing redeemed on a guess", got)
	}
	has(t, "the resend works", b.say("周八", "兑换 张三 两瓶洗洁精"), "已兑换", "洗洁精 2瓶")
	lacks(t, "villager", b.say("陈二", "张三拿了两瓶洗洁精"), "兑换")
	lacks(t, "no item", b.say("周八", "张三拿了快递"), "兑换")
}

// TestRedeemMistypedNameSuggests: a 兑换 whose name is one character off
// the roster ("陈儿" for 陈二) is not made; the shopkeeper hears whom it
// may mean, by grid and household, and 「是」 redeems for him (once).
// Several such people are listed, each with the line to send; a namesake
// is written so that it names one; nobody near leaves the old answer.
func TestRedeemMistypedNameSuggests(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-302", 50)
	expect(t, "one near", b.say("周八", "兑换 陈儿 洗衣液 1"),
		g3+": 名单里没有「陈儿」，这条还没有兑换。是三组 陈二户·陈二（户号 QS-302）吗？是的话回「是」就兑换（或发：兑换 陈二 洗衣液 1），不是请回「不是」。")
	b.wantRedeemable(t, "after a mistyped name", "QS-302", 50)
	has(t, "yes", b.say("周八", "是"), "已兑换 #D1：陈二户·陈二 洗衣液 1瓶，用 20 分。")
	b.say("周八", "是")
	b.wantRedeemable(t, "after 是 twice", "QS-302", 30)
	expect(t, "several near", b.say("周八", "兑换 王三 香皂 1"),
		g3+": 名单里没有「王三」，这条还没有兑换。是下面哪一位？请照着重发：\n三组 张三户·张三（户号 QS-301）：兑换 张三 香皂 1\n三组 王五户·王五（户号 QS-304）：兑换 王五 香皂 1\n三组 王五户·王乐（户号 QS-304）：兑换 王乐 香皂 1")
	has(t, "nobody near", b.say("周八", "兑换 欧阳修 香皂 1"), "名单里没有「欧阳修」，请核对名字（写花名册上的姓名）。")
}

// TestRedeemMistypedNameOfNamesakes: a mistyped name near two namesakes
// (张三 of 三组 and of 一组) lists both, each written so that it names one,
// by household; 「是」 redeems for nobody.
func TestRedeemMistypedNameOfNamesakes(t *testing.T) {
	cfg, dir := exampleVillage(t, village.Person{Name: "张三", Village: "青山村", Grid: "一组", Household: "QS-199",
		Relation: "户主", UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
	b := newPointsBot(t, cfg, dir)
	b.fund("QS-301", 50)
	has(t, "namesakes", b.say("周八", "兑换 张叁 香皂 1"), "名单里没有「张叁」，这条还没有兑换。是下面哪一位？请照着重发：",
		"\n三组 张三户（QS-301）·张三：兑换 三组 张三 香皂 1", "\n三组 张三户（QS-301）·张明：兑换 张明 香皂 1",
		"\n一组 张三户（QS-199）·张三：兑换 一组 张三 香皂 1")
	lacks(t, "no yes", b.say("周八", "是"), "已兑换")
	b.wantRedeemable(t, "after 是 to namesakes", "QS-301", 50)
}

// TestRedeemMistypedItemSuggestsWithPrices: an item the shop does not
// sell is answered with the items nearest it and their prices (those that
// share the most characters with it: "纸巾" is 毛巾 or 卫生纸), not the
// whole price list; one alone ("电饭锅": 电压力锅) is asked about with 「是」.
func TestRedeemMistypedItemSuggestsWithPrices(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 300)
	has(t, "one near", b.say("周八", "兑换 张三 肥皂 1"), "是「香皂」（5分/块）吗？是的话回「是」就兑换")
	b.say("周八", "不是")
	got := b.say("周八", "兑换 张三 纸巾 1")
	has(t, "two near", got, "积分超市没有「纸巾」，没有兑换。相近的有：毛巾 8分/条、卫生纸 15分/提。请写清是哪一样再发，例如：兑换 张三 毛巾 1")
	lacks(t, "two near", got, "电压力锅")
	has(t, "shares two characters", b.say("周八", "兑换 张三 电饭锅 1"), "是「电压力锅」（210分/台）吗？")
	b.say("周八", "不是")
	b.wantRedeemable(t, "nothing redeemed on a guess", "QS-301", 300)
	has(t, "nothing near", b.say("周八", "兑换 张三 茅台 1"), "可兑换：香皂5分")
}

// TestRedeemLongerNameAsks: 「兑换 陈二二 香皂 1」 is not charged to 陈二
// because his name starts the word: the shopkeeper is asked whether he
// meant 陈二, with the line to send, and nothing is redeemed until 「是」.
// A real name with its item glued on (陈二香皂1) is redeemed as before,
// and so is 加分 of one; 加分 and 积分 of a longer name are asked too.
func TestRedeemLongerNameAsks(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-302", 50)
	expect(t, "longer name", b.say("周八", "兑换 陈二二 香皂 1"),
		g3+": 名单里没有「陈二二」，这条还没有兑换。是三组 陈二户·陈二（户号 QS-302）吗？是的话回「是」就兑换（或发：兑换 陈二 香皂 1），不是请回「不是」。")
	b.wantRedeemable(t, "after 陈二二", "QS-302", 50)
	has(t, "glued item of the longer name", b.say("周八", "兑换 陈二二香皂1"), "名单里没有「陈二二」", "兑换 陈二 香皂1")
	b.say("周八", "不是")
	has(t, "glued item", b.say("周八", "兑换 陈二香皂1"), "已兑换 #D1：陈二户·陈二 香皂 1块，用 5 分")
	has(t, "加分", b.say("赵六", "加分 陈二二 志愿服务 10"), "名单里没有「陈二二」，这条没有记录。", "加分 陈二 志愿服务 10")
	if a := b.account("QS-302"); a.Year("2026").Score != 0 {
		t.Errorf("scored %d for 陈二二", a.Year("2026").Score)
	}
	has(t, "积分", b.privately("李四", "积分 陈二二"), "名单里没有「陈二二」", "积分 陈二")
}

// TestScoringGlued: 「加分 陈二二志愿服务10」 (name, item and points with no
// spaces) asks about 陈二二 with the line to send for 陈二, and
// 「加分 陈二志愿服务10」 records 10 for 陈二.
func TestScoringGlued(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "longer name glued", b.say("赵六", "加分 陈二二志愿服务10"), "名单里没有「陈二二」，这条没有记录。", "加分 陈二 志愿服务10")
	if a := b.account("QS-302"); a.Year("2026").Score != 0 {
		t.Errorf("scored %d for 陈二二", a.Year("2026").Score)
	}
	has(t, "name glued", b.say("赵六", "加分 陈二志愿服务10"), "陈二户·陈二「参加志愿服务活动」+10分")
}

// TestNameOneCharMoreOrLess: a name with one character more than a
// roster name (张小明 for 张明) or one less (陈桂 for 陈桂兰) is offered
// that person, with the line to send; nothing is done.
func TestNameOneCharMoreOrLess(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "加分 张小明", b.say("赵六", "加分 张小明 志愿服务 10"), "名单里没有「张小明」，这条没有记录。", "是三组 张三户·张明（户号 QS-301）吗？是的话回「是」就加分（或发：加分 张明 志愿服务 10）")
	has(t, "积分 张小明", b.privately("李四", "积分 张小明"), "积分 张明")
	has(t, "申请积分 给 张小明", b.say("张三", "申请积分 给 张小明 参加志愿服务 证明人 王五"), "申请积分 给 张明 参加志愿服务 证明人 王五")
	has(t, "兑换 陈桂", b.say("周八", "兑换 陈桂 香皂 1"), "名单里没有「陈桂」", "兑换 陈桂兰 香皂 1")
	if a := b.account("QS-301"); a.Year("2026").Score != 0 {
		t.Errorf("scored %d for 张小明", a.Year("2026").Score)
	}
}
