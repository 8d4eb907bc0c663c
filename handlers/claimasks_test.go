package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// TestClaimWordsInAnyOrder: a claim that tells the item's words the other
// way round ("河道清理" for 清理河道, "垃圾清理" for 清理垃圾) is filed for
// that item, not answered with a list to resend from.
func TestClaimWordsInAnyOrder(t *testing.T) {
	b := catalogueBot(t)
	has(t, "river", b.say("张三", "申请积分 参加村里组织的河道清理"), "已登记积分申请 #C1：张三户·张三「参加村庄环境卫生整治」")
	has(t, "rubbish", b.say("陈二", "申请积分 周末参加了村口的垃圾清理"), "已登记积分申请 #C2：陈二户·陈二「参加村庄环境卫生整治」")
}

// TestWitnessWhileClaimAskedAfterRestart: a witness named while a claim
// waits for the villager's 「1」 is kept with it by a bot restarted since
// it asked (no copy of the question in memory): in one read and one
// commit, and the claim his 「1」 files carries it.
func TestWitnessWhileClaimAskedAfterRestart(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg, _ := exampleVillage(t)
	reader := understand.Rules{Catalogue: cfg.Points.Indicators()}
	before := newChatOn(t, reader, storagetest.Open(t, srv.URL))
	has(t, "asked", before.say("陈二", "我帮村里扫了三天马路咋没人给俺记分呢😂"), "回复「1」提交给评分小组")
	after := newChatOn(t, reader, storagetest.Open(t, srv.URL))
	after.now, after.n = before.now, 1000
	// the new process's first reads: of the village, of him, of a witness
	after.say("陈二", "积分帮助")
	after.say("张三", "王五也看见了")
	got := after.costs(t, 2, "witness after a restart (one read, one commit)", bot.Message{Chat: grid3, From: "陈二", Text: "王五也看见了"})
	has(t, "witness noted", got, "已记下证明人王五", "回复「1」提交")
	has(t, "then 1", after.say("陈二", "1"), "已登记积分申请 #C1：陈二户·陈二", "已写：证明人 王五")
}

// TestVetoRefusedAfterDeduction: a scorer who made a deduction and then
// marks the same item 否决项 is told it is no veto item and that the
// deduction is made already, not to send it again (which would deduct
// twice).
func TestVetoRefusedAfterDeduction(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "deducted", b.say("赵六", "扣分 陈二 焚烧秸秆 5 昨天在地头烧"), "已记录 #C1")
	got := b.say("赵六", "扣分 陈二 焚烧秸秆 否决项")
	has(t, "no veto, done", got, "是扣分项，不是否决项，没有记录。陈二的这一项", "已经扣过了（#C1，-5分），不用再扣。", "例如：扣分 名字 FJ01 否决项")
	lacks(t, "not again", got, "要扣分请发")
	has(t, "none yet", b.say("赵六", "扣分 张三 焚烧秸秆 否决项"), "要扣分请发：扣分 张三 焚烧秸秆")
}

// TestClaimAckAsksOneThing: a claim promising a photo ("有照片") for an
// item that needs a witness is told the photo does not do and to send
// the witness, not also to send the photo.
func TestClaimAckAsksOneThing(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("陈二", "申请积分 参加义务劳动 有照片")
	has(t, "witness", got, "此项需要证明人。您说有照片，但这还不够，还要一位看见这件事的外人（如邻居、网格员，家里人不算）作证。请接着发证明人的名字，如：证明人 王五。")
	lacks(t, "no photo asked", got, "照片请接着发")
}

// TestClaimWithOnlyPhotoSaysWhatIsStillNeeded: a claim of an item that
// needs a witness, sent with only its photo, is told that the photo is
// attached and what else is needed, in words a villager follows: someone
// outside the household who saw it, and the line to send.
func TestClaimWithOnlyPhotoSaysWhatIsStillNeeded(t *testing.T) {
	b := examplePointsBot(t)
	b.photo("img1", g3, "陈二", "a.jpg")
	got := b.say("陈二", "申请积分 参加义务劳动 清理河道")
	has(t, "photo sent", got, "此项需要证明人。照片已附上，但这还不够，还要一位看见这件事的外人（如邻居、网格员，家里人不算）作证。请接着发证明人的名字，如：证明人 王五。")
	lacks(t, "photo sent", got, "已写的", "不是证明人")
	got = b.say("张三", "申请积分 我家评上了美丽庭院 证明人 王五")
	has(t, "witness for a paper", got, "此项需要证明材料。您说有证明人 王五，但这还不够，还要证明材料（如奖状、证书、收据）。请把证明材料发给评分小组。")
	lacks(t, "witness for a paper", got, "已写的", "不是证明材料")
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
