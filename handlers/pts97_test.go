package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestUndoneBurstPostsNothing: 赵六 approves two of December's late
// claims in January a minute apart, then takes both back (撤销) within the
// two minutes their ranking correction is held: the village was told
// nothing of them and hears nothing, neither the group nor the office;
// the archive holds no burst any more (pts97). Before, one
// 【年度积分排行更正】 said 「#C1、#C2 撤销」 of items nobody had heard were
// counted. Taking back one of the two posts the other alone.
func TestUndoneBurstPostsNothing(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 28, 10, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 今天帮五保户王奶奶打扫院子 证明人 王五")
	b.say("陈二", "申请积分 今天帮五保户王奶奶挑水 证明人 王五")
	b.say("刘芳", "申请积分 今天帮五保户王奶奶打扫院子 证明人 王五")
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	var got []string
	for _, line := range []string{"同意 #C1", "同意 #C2", "撤销 #C1 审错了", "撤销 #C2 审错了"} {
		got = append(got, b.say("赵六", line)...)
	}
	has(t, "the take-backs", got, "#C2")
	got = append(got, b.held()...)
	if fixes := correctionsIn(got); len(fixes) != 0 {
		t.Fatalf("an undone burst posted: %q", fixes)
	}
	y, ok := ranking2026(t, b)
	if !ok || len(y.Telling) != 0 || y.TellAt != "" {
		t.Fatalf("the archive still holds a burst: %+v", y)
	}

	// one of two taken back: the other is told alone
	b.now = b.now.Add(time.Hour)
	got = nil
	for _, line := range []string{"同意 #C3", "加分 张三 帮扶孤寡老人 12月29日", "撤销 #C3 审错了"} {
		got = append(got, b.say("赵六", line)...)
	}
	got = append(got, b.held()...)
	fixes := correctionsIn(got)
	if len(fixes[g3]) != 1 {
		t.Fatalf("%d corrections in the group, want the 加分's: %q", len(fixes[g3]), got)
	}
	lacks(t, "the correction", fixes[g3], "#C3")
}

// ranking2026 is the archived 2026 ranking of 青山村.
func ranking2026(t *testing.T, b *pointsBot) (storage.YearRanking, bool) {
	t.Helper()
	raws, err := b.st.Docs(context.Background(), qs, storage.RankKind, storage.RankIndex("2026"))
	if err != nil {
		t.Fatal(err)
	}
	y, ok, err := storage.RankingIn(raws)
	if err != nil {
		t.Fatal(err)
	}
	return y, ok
}

// TestOldCappedRejectionStatus: a claim rejected for its full cap before
// the cap was kept on the claim (pts96) has none kept; its 查 still says
// the cap and when to claim again, from the household's account, not
// 「补齐材料后可以重新申请」 nor the scorer's 「加分」 the cap would refuse
// (pts97). A villager outside the household sees the reason only, and a
// claim rejected for another reason while the cap has room keeps 补齐材料.
func TestOldCappedRejectionStatus(t *testing.T) {
	b := fourFinds(t, 2027, time.January, 3)
	b.say("赵六", "驳回 #C4 已达上限")
	c := b.claim("C4")
	c.CapFull = "" // as rejected before pts96
	cd := storagetest.Must(storage.ClaimDoc(c, c.Status))(t)
	if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: "old-C4", Docs: []storage.Doc{cd}}); err != nil {
		t.Fatal(err)
	}
	b.now = b.now.AddDate(0, 1, 0)
	for _, who := range []string{"张三", "赵六"} {
		got := b.say(who, "查 #C4")
		has(t, who+"'s 查", got, "此项今年已到上限（每年最多 30 分），2028年1月1日起可以再申请。")
		lacks(t, who+"'s 查", got, "补齐材料", "直接记上")
	}
	lacks(t, "陈二's 查", b.say("陈二", "查 #C4"), "可以再申请", "补齐材料")

	b.say("陈二", "申请积分 拾金不昧 捡到钱包交还失主 证明人 王五")
	b.say("赵六", "驳回 #C5 没有证明人")
	if c := b.claim("C5"); c.Status != village.ClaimRejected {
		t.Fatalf("C5 %s, want rejected", c.Status)
	}
	got := b.say("陈二", "查 #C5")
	has(t, "room left", got, "补齐材料后可以重新申请")
	lacks(t, "room left", got, "上限")
}

// TestPhotoOverdueReminder: 赵六's 「驳回 #C1 没有照片」 while 张三's photo
// may still come is asked (pts96) and says he will be reminded; when the
// 24 hours pass with no photo, he hears privately that it did not come,
// with the 驳回 line to send (pts97). Before, nothing followed and the
// claim sat in 待审. The photo coming, the claim decided meanwhile, or
// the question asked again (one reminder) withdraw it.
func TestPhotoOverdueReminder(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 7, 9, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 打扫院子 有照片")
	has(t, "asked", b.say("赵六", "驳回 #C1 没有照片"), "要等等吗？", "我会私信提醒您")
	has(t, "asked again", b.say("赵六", "驳回 #C1 没有照片"), "要等等吗？")
	b.say("陈二", "申请积分 打扫院子 有照片")
	b.say("赵六", "驳回 #C2 没有照片")
	b.photo("p1", g3, "陈二", "yard.jpg")
	// the 「1」 to the question, the photo come since: not rejected for it
	got := b.say("赵六", "1")
	has(t, "the 1 after the photo", got, "#C2 的照片已经补来了（1 张）", "「同意 #C2」", "「驳回 #C2 理由」")
	lacks(t, "the 1 after the photo", got, "没有通过")
	if c := b.claim("C2"); c.Status != village.ClaimPending {
		t.Fatalf("C2 %s after the 1, want pending with its photo", c.Status)
	}
	has(t, "a third", b.say("林慧", "申请积分 打扫院子 有照片"), "#C3")
	has(t, "asked of #C3", b.say("赵六", "驳回 #C3 没有照片"), "要等等吗？")
	has(t, "the 1", b.say("赵六", "1"), "#C3 没有通过")

	silent(t, "within the wait", b.held())
	b.now = b.now.Add(24 * time.Hour)
	got = b.drain()
	if len(got) != 2 {
		t.Fatalf("%d messages when the wait was over, want 赵六's one reminder of #C1 and 张三's (pts98): %q", len(got), got)
	}
	has(t, "the claimant's (pts98)", got, g3+": 张三，您的积分申请 #C1（")
	has(t, "the reminder", got, "赵六: #C1 张三户·张三「", "说好的照片24小时内没有补来，这项还在待审。要驳回请发「驳回 #C1 没有照片」")
	if c := b.claim("C1"); c.Status != village.ClaimPending {
		t.Fatalf("C1 %s, want still pending", c.Status)
	}
	has(t, "rejected after", b.say("赵六", "驳回 #C1 没有照片"), "没有通过")
}

// TestOfferedWitness: 刘芳's claim was told it still needs a witness; 王五,
// named by nobody, says he saw it (「刘芳清水渠我看见了，属实」): he is
// written on the claim as its witness, confirmed, thanked, and the
// scorers asked to review (pts97). Before, his words were ignored, and
// 「证明人 王五 #C2」 from him was answered as a report of the claim.
// Her own household's word is no witness's.
func TestOfferedWitness(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "the claim", b.say("刘芳", "申请积分 HJ02 清理了村口水渠"), "#C1", "证明人")
	lacks(t, "her husband", b.say("张三", "刘芳清水渠我看见了，属实"), "谢谢张三")
	got := b.say("王五", "刘芳清水渠我看见了，属实")
	has(t, "the witness", got, "谢谢王五，已把您的确认记到 #C1", "证明人已确认，请审核")
	if c := b.claim("C1"); c.Written() != "证明人 王五（已确认）" || c.LacksEvidence() {
		t.Fatalf("C1 evidence %q (written %q), want 王五 confirmed", c.Evidence, c.Written())
	}

	// a witness already of 刘芳's vouches for 陈二's: 陈二's, not hers again
	b.say("陈二", "申请积分 HJ02 清理了村口水渠")
	got = b.say("王五", "陈二清水渠我也看见了，我作证")
	has(t, "another's", got, "谢谢王五，已把您的确认记到 #C2")
	lacks(t, "another's", got, "#C1")

	b.say("李四", "申请积分 HJ02 清理了村口水渠")
	got = b.say("王五", "证明人 王五 #C3")
	has(t, "named himself", got, "谢谢王五，已把您的确认记到 #C3")
	lacks(t, "named himself", got, "没有登记成新的反映")
}
