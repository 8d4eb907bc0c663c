package handlers_test

import "testing"

// TestScorerRecordsOwnHousehold: a scorer's 扣分 or 加分 for his own
// household is not recorded, and he is told whom to ask and the command
// to pass on, not to have someone "审核" a record that does not exist.
func TestScorerRecordsOwnHousehold(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("赵六", "扣分 赵六 乱扔垃圾 3")
	expect(t, "own deduction", got, g3+": 按规定，评分小组成员不能给自家记分（回避），这条没有记录。请告诉孙七，由他发「扣分 赵六 乱扔垃圾 3」。")
	has(t, "own award", b.say("赵六", "加分 钱桂英 志愿服务 10"), "由他发「加分 钱桂英 志愿服务 10」")
	if a := b.account("QS-306"); a.Year("2026").Score != 0 {
		t.Errorf("own household scored %d", a.Year("2026").Score)
	}
}

// TestShopkeeperSaysWhatWasTaken: "张三拿了两瓶洗洁精" from the shopkeeper
// is asked back with the 兑换 to send, nothing redeemed; from a villager,
// or naming no shop item, it is not taken for one.
func TestShopkeeperSaysWhatWasTaken(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 50)
	expect(t, "shopkeeper", b.say("周八", "张三拿了两瓶洗洁精"), g3+": 要记张三兑换吗？请回复「兑换 张三 两瓶洗洁精」，这条还没有兑换。")
	if got := b.account("QS-301").Redeemable(); got != 50 {
		t.Errorf("redeemable %d, want 50: nothing redeemed on a guess", got)
	}
	has(t, "the resend works", b.say("周八", "兑换 张三 两瓶洗洁精"), "已兑换", "洗洁精 2瓶")
	lacks(t, "villager", b.say("陈二", "张三拿了两瓶洗洁精"), "兑换")
	lacks(t, "no item", b.say("周八", "张三拿了快递"), "兑换")
}

// TestClaimWithNoDeed: "我想申请积分" says nothing that was done: the
// villager hears how to apply, not "回复「1」" to a claim with no item.
func TestClaimWithNoDeed(t *testing.T) {
	b := examplePointsBot(t)
	for _, text := range []string{"我想申请积分", "我要加分"} {
		got := b.say("张三", text)
		has(t, text, got, "请写清楚做了什么，例如：申请积分")
		lacks(t, text, got, "回复「1」")
	}
	got := b.say("张三", "今天我去扫了村里的路 能加分不")
	has(t, "a deed is still asked back", got, "我理解为：")
	lacks(t, "a deed is still asked back", got, "请写清楚做了什么")
}

// TestAwardRevokedTold: points revoked before they are final (after an
// objection, or a duplicate) are told to the person privately: a claim
// sent privately is seen in no group, and he was promised the result.
func TestAwardRevokedTold(t *testing.T) {
	b := examplePointsBot(t)
	b.privately("张三", "申请积分 参加义务劳动 证明人 王五")
	b.privately("赵六", "同意 #C1 8")
	publishClaims(t, b.st, b.now, 1)
	b.privately("陈二", "异议 #C1 他没去")
	got := b.privately("赵六", "撤销 #C1 核实没去")
	has(t, "revoked after an objection", got, "张三: 【积分通知】#C1 张三的「参加义务劳动、集体劳动」+8分经核实已撤销（核实没去），不计入积分。有疑问请找评分人赵六当面说明。")
	lacks(t, "not final", got, "收回", "可兑换")
}

// TestClaimAfterPhotoSaysPhotoAttached: a claim made just after its photo
// says the photo is attached, not that "照片" was written; one that says
// it has a photo, none sent, asks for it next.
func TestClaimAfterPhotoSaysPhotoAttached(t *testing.T) {
	b := examplePointsBot(t)
	b.photo("img1", g3, "陈二", "a.jpg")
	got := b.say("陈二", "申请积分 把自家院子打扫干净了")
	has(t, "photo first", got, "此项需要照片，已附照片 1 张。")
	lacks(t, "photo first", got, "已写：照片")
	has(t, "photo written", b.say("张三", "申请积分 打扫院子 有照片"), "此项需要照片，请接着把照片发在这里，会自动附到这条申请上。")
}
