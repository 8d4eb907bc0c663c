package handlers_test

import (
	"testing"
	"time"

	"gridbot/village"
)

// fourFinds is the example bot with four 拾金不昧 claims of 张三's (#C1–#C4,
// one a day from the day after y-m-d 10:00), the item capped at 30 a
// year: the first three approved at 10 fill the cap, the fourth still
// pending.
func fourFinds(t *testing.T, y int, m time.Month, d int) *pointsBot {
	t.Helper()
	b := examplePointsBot(t)
	b.now = time.Date(y, m, d, 10, 0, 0, 0, b.now.Location())
	for _, deed := range []string{"捡到钱包交还失主", "捡到手机还给了失主", "捡到一袋化肥送回给老李家", "捡到身份证交到村委会"} {
		b.now = b.now.Add(24 * time.Hour)
		has(t, "claimed", b.say("张三", "申请积分 拾金不昧 "+deed+" 证明人 王五"), "已登记积分申请")
	}
	for _, id := range []string{"#C1", "#C2", "#C3"} {
		has(t, "approved", b.say("赵六", "同意 "+id+" 10"), id+" 已通过")
	}
	return b
}

// TestClosedYearCapRestarts (pts93): a claim of December rejected in
// January for the closed year's full cap says that year's cap is full
// and this year's claims count again: not 「明年可以再申请」, the new year
// having begun. 同意 names the year of the cap too. Before, the rejection
// read the cap of January (empty) and asked for papers.
func TestClosedYearCapRestarts(t *testing.T) {
	b := fourFinds(t, 2026, time.December, 20)
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	has(t, "approving over the cap", b.say("赵六", "同意 #C4 10"), "「拾金不昧」张三2026年上限30分，已经给满了，请「驳回 #C4 已达上限」。")
	got := b.say("赵六", "驳回 #C4 已达上限")
	has(t, "closed year's cap", got, "这项是2026年申请的，2026年的年终排行不变。",
		"此项2026年已到上限（每年最多 30 分），上限每年重新算，2027年的可以照常申请。")
	lacks(t, "closed year's cap", got, "明年", "补齐材料", "今年")
}

// TestThisYearCapSaysWhen (pts93): a January claim rejected for this
// year's full cap says the day the cap restarts, with its year.
func TestThisYearCapSaysWhen(t *testing.T) {
	b := fourFinds(t, 2027, time.January, 3)
	got := b.say("赵六", "驳回 #C4 已达上限")
	has(t, "this year's cap", got, "此项今年已到上限（每年最多 30 分），2028年1月1日起可以再申请。")
	lacks(t, "this year's cap", got, "明年", "补齐材料", "年终排行")
}

// TestPhotoAfterRejection (pts93): the photo a claim lacked, sent after
// the scorer rejected it 「没有照片」 (within the day the claimant was told
// he had), is attached, and the claimant hears the claim is not reviewed
// by itself; the scorer who rejected it hears privately, with the 加分
// that records it. Before, 「已把照片附到 #C1，谢谢。接着再发的照片也会附
// 上」 read as if all was well, and no one looked at the claim again.
func TestPhotoAfterRejection(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claimed", b.say("陈二", "申请积分 把房前屋后收拾干净了"), "请接着把照片发在这里（24小时内都行）")
	b.say("赵六", "驳回 #C1 没有照片")
	b.say("赵六", "1") // the photo could still come (pts96): he says so
	got := b.photo("p1", g3, "陈二", "yard.jpg")
	has(t, "photo after rejection", got,
		g3+": 已把照片附到 #C1，谢谢。\n不过 #C1 已经驳回了（理由：没有照片），不会再自动审核。照片补上的事已告诉评分人赵六，请等赵六看过照片决定要不要给您记上，不用重新申请。",
		"赵六: 【积分申请】陈二户·陈二 #C1「庭院整洁、房前屋后干净」您驳回后（理由：没有照片），陈二补上了照片，在"+g3+"里可以看。\n看过照片觉得可以，请发「加分 陈二 庭院整洁、房前屋后干净 分数」记上；仍然不行，请告诉陈二原因。")
	lacks(t, "photo after rejection", got, "接着再发的照片也会附上")
	if c := b.claim("C1"); len(c.Images) != 1 || c.Status != village.ClaimRejected {
		t.Fatalf("claim: %d images, %s; want the photo on the rejected claim", len(c.Images), c.Status)
	}
	has(t, "the hint followed", b.say("赵六", "加分 陈二 庭院整洁、房前屋后干净 6"), "已记录 #C2：陈二户·陈二「庭院整洁、房前屋后干净」+6分")
}

// TestTotalDoubtedInJanuary (pts93): 「我家积分怎么这么少」 in January, the
// new year having nothing yet, is about the year just closed: its items,
// said to be of the closed year. Before: 「陈二户2027年的积分还没有记
// 录」, the group told the 明细 had gone privately.
func TestTotalDoubtedInJanuary(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 20, 10, 0, 0, 0, b.now.Location())
	b.say("赵六", "加分 陈二 参加义务劳动 8")
	b.say("赵六", "扣分 陈二 乱扔垃圾 -3")
	b.now = time.Date(2027, 1, 5, 10, 0, 0, 0, b.now.Location())
	got := b.say("陈二", "我家积分怎么这么少")
	has(t, "January", got, g3+": 陈二，陈二户2026年的积分明细已私信发给您",
		"陈二: 陈二户2026年的积分（已年终结算，2027年从零算起）：\n已通过、还没生效 5 分（公示期满没有异议才生效、才能兑换）：\n· #C2 陈二「乱倒乱扔垃圾」-3分")
	lacks(t, "January", got, "2027年的积分还没有记录")
	// once the new year has points, they are the ones explained; 「去年」
	// still asks the closed year
	b.say("赵六", "加分 陈二 参加义务劳动 5")
	has(t, "this year's", b.privately("陈二", "我家积分怎么这么少"), "陈二: 陈二户2027年的积分：\n已通过、还没生效 5 分（公示期满没有异议才生效、才能兑换）：")
	has(t, "去年", b.privately("陈二", "我家去年积分怎么这么少"), "陈二: 陈二户2026年的积分（已年终结算，2027年从零算起）：\n已通过、还没生效 5 分（公示期满没有异议才生效、才能兑换）：")
}

// TestClosedMonthCapRestarts (pts93): a December claim of an item capped
// by the month, rejected in January for December's full cap, says that
// month's cap is full and this month's claims count; not 「下个月」.
func TestClosedMonthCapRestarts(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 20, 10, 0, 0, 0, b.now.Location())
	// 普法 is capped at 4 a month (2 per act): two approved fill it
	for _, more := range []string{"", " 又去了", " 又一次"} {
		b.now = b.now.Add(24 * time.Hour)
		has(t, "claimed", b.say("张三", "申请积分 参加普法学习 证明人王五"+more), "已登记积分申请")
	}
	b.say("赵六", "同意 #C1")
	b.say("赵六", "同意 #C2")
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	got := b.say("赵六", "驳回 #C3 已达上限")
	has(t, "closed month's cap", got, "此项2026年12月已到上限（每月最多 4 分），上限每月重新算，本月的可以照常申请。")
	lacks(t, "closed month's cap", got, "下个月", "补齐材料")
}
