package handlers_test

import (
	"slices"
	"testing"
	"time"
)

// TestRepeatOfApprovedKeepsPhotos: photos sent with the same deed claimed
// again after its approval are attached to the approved claim, not lost;
// the deed is still counted once, and a retried message attaches them once.
func TestRepeatOfApprovedKeepsPhotos(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 参加义务劳动 清理河道 证明人王五"), "#C1")
	has(t, "approve", b.say("赵六", "同意 #C1 8"), "#C1 已通过")
	for _, try := range []string{"first", "retried"} {
		got := b.sayWith("张三", "申请积分 参加义务劳动 清理河道 证明人王五", "a.jpg")
		if try == "first" {
			has(t, try, got, "今天已经记过 #C1", "这条没有重复登记", "已把照片附到 #C1")
		}
		lacks(t, try, got, "#C2")
		if c := b.claim("C1"); !slices.Equal(c.Images, []string{"a.jpg"}) || c.Status != "approved" {
			t.Errorf("%s: C1 images %q status %s, want [a.jpg] approved", try, c.Images, c.Status)
		}
		b.wantScore(t, "QS-301", 8, "one deed")
	}
}

// TestMonthTakenKeepsPhotos: the month's household item claimed again by
// another member with a photo: the photo goes to the claim filed first,
// which the reply says instead of asking to send photos to the scorers.
func TestMonthTakenKeepsPhotos(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.sayWith("张三", "申请积分 庭院整洁 院子打扫干净了", "y1.jpg"), "#C1")
	for _, try := range []string{"first", "retried"} {
		got := b.sayWith("刘芳", "申请积分 庭院整洁", "y2.jpg")
		if try == "first" {
			has(t, try, got, "按户每月评一次", "这条没有重复登记", "已把照片附到 #C1")
			lacks(t, try, got, "要补充照片", "#C2")
		}
		if c := b.claim("C1"); !slices.Equal(c.Images, []string{"y1.jpg", "y2.jpg"}) {
			t.Errorf("%s: C1 images %q, want [y1.jpg y2.jpg]", try, c.Images)
		}
	}
	has(t, "approve", b.say("赵六", "同意 #C1 6"), "#C1 已通过")
	b.wantScore(t, "QS-301", 6, "one item a month")
}

// TestCapFullSaysPhotosNotKept: a claim over its cap files nothing, and
// says that the photos sent with it were not kept either.
func TestCapFullSaysPhotosNotKept(t *testing.T) {
	b := examplePointsBot(t)
	approvedDaily(t, b, "申请积分 参加义务劳动 证明人 李四", 3)
	has(t, "over the cap", b.sayWith("张三", "申请积分 参加义务劳动 证明人 李四", "c.jpg"),
		"这条没有登记，随这条发的照片也没有保存。4月1日起可以再申请，到时请连同照片一起发。")
	b.wantScore(t, "QS-301", 30, "three approvals")
}

// TestCareOfNeighbourForMember: care of a neighbour told with 照顾 (not
// 帮), for a family member, is help to the needy, not 孝敬父母 (the
// household's own elders); the same said by the helper himself too.
func TestCareOfNeighbourForMember(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "for his wife", b.say("张三", "申请积分 给刘芳 照顾隔壁王奶奶 送饭"), "张三户·刘芳「帮助困难群众、照料孤寡老人」")
	got := b.say("陈二", "申请积分 照顾王奶奶 证明人王五")
	has(t, "his own", got, "陈二户·陈二「帮助困难群众、照料孤寡老人」")
	lacks(t, "his own", got, "孝敬父母")
}

// TestBareUnredeemOffersLast: 撤销兑换 with no number offers the
// shopkeeper's last redemption and undoes it on 「是」, once however often
// the 撤销兑换 or the 「是」 is delivered; 「不是」 leaves it; one already
// undone, or past the window, is said at once.
func TestBareUnredeemOffersLast(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 500)
	has(t, "redeem", b.say("周八", "兑换 张三 洗衣液 2"), "#D1", "用 40 分")
	has(t, "redeem", b.say("周八", "兑换 张三 毛巾 3"), "#D2", "用 24 分")
	has(t, "offered", b.sayID("u1", "周八", "撤销兑换 拿错了"), "您最近的兑换是 #D2：张三户·张三 毛巾 3条，用 24 分", "回复「是」")
	b.sayID("u1", "周八", "撤销兑换 拿错了")
	b.wantRedeemable(t, "offered", "QS-301", 436)
	has(t, "yes", b.sayID("y1", "周八", "是"), "已撤销兑换 #D2：张三户·张三 毛巾 3条，退回 24 分")
	b.sayID("y1", "周八", "是")
	b.say("周八", "是")
	b.sayID("u1", "周八", "撤销兑换 拿错了") // delivered late, after the undo
	b.say("周八", "是")
	b.wantUndone(t, "after 是 retried and said again", "QS-301", 460, "L2")
	has(t, "again", b.say("周八", "撤销兑换"), "您最近的兑换 #D2（张三户·张三 毛巾 3条）已经撤销过了", "撤销兑换 #D12")
	b.wantUndone(t, "asked again", "QS-301", 460, "L2")

	has(t, "redeem", b.say("周八", "兑换 张三 香皂 1"), "#D3", "用 5 分")
	has(t, "offered", b.say("周八", "撤销兑换"), "您最近的兑换是 #D3")
	has(t, "no", b.say("周八", "不是"), "没有做，那条兑换照旧", "撤销兑换 #D编号")
	b.wantUndone(t, "after 不是", "QS-301", 455, "L2")

	b.now = b.now.AddDate(0, 0, 8)
	has(t, "late", b.say("周八", "撤销兑换"), "#D3 是", "超过7天了")
	b.wantUndone(t, "late", "QS-301", 455, "L2")
}

// TestPhotoBeforeRepeatGoesToFirst: WeChat sends a photo and its words as
// two messages. A photo sent just before the same deed claimed again is
// the first claim's, as one sent before a new claim is the new one's; the
// repeat delivered again attaches it once.
func TestPhotoBeforeRepeatGoesToFirst(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 参加义务劳动 清理河道 证明人王五"), "#C1")
	b.now = b.now.Add(time.Hour)
	b.photo("img-1", g3, "张三", "y1.jpg") // past the window: held for his next item
	for _, try := range []string{"first", "retried"} {
		got := b.sayID("again-1", "张三", "申请积分 参加义务劳动 清理河道 证明人王五")
		if try == "first" {
			has(t, try, got, "今天已经申请过 #C1", "已把照片附到 #C1")
		}
		lacks(t, try, got, "#C2")
		if c := b.claim("C1"); !slices.Equal(c.Images, []string{"y1.jpg"}) {
			t.Errorf("%s: C1 images %q, want [y1.jpg]", try, c.Images)
		}
	}
	// nothing waits any more: the next claim is filed without it
	got := b.say("张三", "申请积分 拾金不昧 还给失主 证明人王五")
	has(t, "next", got, "#C2")
	if c := b.claim("C2"); len(c.Images) != 0 {
		t.Errorf("C2 images %q, want none", c.Images)
	}
}

// TestLatePhotoOfClaimThatAskedForIt: a claim that needs photos, sent
// without, takes its claimant's photo here hours later (he went home to
// take it), once however often the photo is delivered; a photo the next
// day, past the wait, is held as before.
func TestLatePhotoOfClaimThatAskedForIt(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 庭院整洁 院子打扫干净了"), "#C1", "请接着把照片发在这里（24小时内都行）")
	b.now = b.now.Add(3 * time.Hour)
	has(t, "late photo", b.photo("img-1", g3, "张三", "y1.jpg"), "已把照片附到 #C1")
	b.photo("img-1", g3, "张三", "y1.jpg")
	b.photo("img-2", g3, "张三", "y2.jpg") // a row: silently
	if c := b.claim("C1"); !slices.Equal(c.Images, []string{"y1.jpg", "y2.jpg"}) {
		t.Errorf("C1 images %q, want [y1.jpg y2.jpg]", c.Images)
	}
	has(t, "claim 3", b.say("陈二", "申请积分 庭院整洁"), "#C2", "24小时内")
	b.now = b.now.Add(25 * time.Hour)
	b.photo("img-3", g3, "陈二", "c.jpg")
	if c := b.claim("C2"); len(c.Images) != 0 {
		t.Errorf("C2 images %q after the wait, want none", c.Images)
	}
}
