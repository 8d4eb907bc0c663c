package handlers_test

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestScorerWordsByNumber: a scorer who opens a message with a claim's
// number but no # ("C2 可以", "C4 给8分吧", "C3我又去看了 确实是他家烧的
// 维持吧") is shown the command that does it, never left unanswered and
// never acted on; a villager's "C1 给8分吧" stays his talk.
func TestScorerWordsByNumber(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("陈二", "申请积分 参加志愿服务 打扫村道 证明人 王五")
	expect(t, "pending, plain yes", b.say("赵六", "C1 可以"),
		g3+": #C1 还在等审核。通过请回复「同意 #C1」，不通过请回复「驳回 #C1 理由」。")
	expect(t, "pending, with points", b.say("赵六", "C2 给8分吧"),
		g3+": #C2 还在等审核。通过请回复「同意 #C2 8」，不通过请回复「驳回 #C2 理由」。")
	b.wantStatus(t, "C2", village.ClaimPending, "after words only")
	silent(t, "a villager's words", b.say("陈二", "C1 给8分吧"))
	b.say("赵六", "扣分 陈二 焚烧秸秆 村口田里")
	publishClaims(t, b.st, b.now, 3)
	has(t, "objection", b.say("陈二", "异议 #C3 那天我在镇上打工"), "暂时冻结")
	expect(t, "objected, settled in words", b.say("赵六", "C3我又去看了 确实是他家烧的 维持吧"),
		g3+": #C3 有人提了异议，正等核实。维持原评分请回复「维持 #C3」，撤销请回复「撤销 #C3 理由」；这条还没有处理。")
	b.wantStatus(t, "C3", village.ClaimObjected, "after words only")
}

// TestShopkeeperSaysWhenTaken: a word of when between the name and what
// was taken ("陈二又拿了一瓶洗洁精", "张三刚才换了一桶食用油") is no part
// of the name: asked back with the 兑换 to send, nothing redeemed.
func TestShopkeeperSaysWhenTaken(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-302", 50)
	expect(t, "又", b.say("周八", "陈二又拿了一瓶洗洁精"), g3+": 要记陈二兑换吗？是的话回「是」就兑换（或发：兑换 陈二 一瓶洗洁精），不是请回「不是」，这条还没有兑换。")
	has(t, "刚才 换了", b.say("周八", "陈二刚才换了一瓶洗洁精"), "已兑换", "陈二户·陈二 洗洁精 1瓶")
	if got := b.account("QS-302").Redeemable(); got != 40 {
		t.Errorf("redeemable %d, want 40: one bottle redeemed", got)
	}
}

// TestScorerApprovesInWords: a scorer letting a claim through in his own
// words without its number ("张三扫垃圾那个我看见了，给过吧") is asked
// which claim and shown 同意: nothing approved, no report offered.
func TestScorerApprovesInWords(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	got := b.say("赵六", "张三扫垃圾那个我看见了，给过吧")
	expect(t, "in words", got, g3+": 要通过哪一项申请？请回复「同意 #C编号」（分数是一个范围的，写上给几分，如「同意 #C3 8」）；发「待审」可看等您审核的申请。这条还没有通过任何申请。")
	b.wantStatus(t, "C1", village.ClaimPending, "after words only")
	lacks(t, "a villager's words", b.say("陈二", "张三扫垃圾那个我看见了，给过吧"), "同意 #C")
}

// TestHonourClaimOffersLevels: "俺家评上五好家庭了" names an honour but
// not its level: the honours of each level are offered to resend with
// the code, nothing registered.
func TestHonourClaimOffersLevels(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "an honour", b.say("陈二", "申请积分 俺家评上五好家庭了"),
		g3+": 没认出是哪一项加分，还没有登记。是下面哪一项吗？\nJF03 获镇级表彰（文明家庭、好人好事等）（100分）\nJF04 获县级表彰（200分）\nJF05 获市级以上表彰（300–500分）\n是的话请带上编号再发一次，例如：申请积分 JF03 俺家评上五好家庭了\n都不是就写具体些，或发「积分帮助」看有哪些类别。")
}

// TestClaimForNameRepeated: a grid worker's claim for a villager that
// names her again in the deed ("替 王奶奶 王奶奶家院子收拾得很干净") is
// one claim for her, not two people to claim for apart.
func TestClaimForNameRepeated(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("王五", "申请积分 替 王奶奶 王奶奶家院子收拾得很干净")
	has(t, "one person", got, g3+": 已登记积分申请 #C1：王奶奶户·王奶奶「庭院整洁、房前屋后干净」")
	lacks(t, "one person", got, "分开发")
	has(t, "two people still apart", b.say("王五", "申请积分 给 王奶奶 石德贵 参加义务劳动"), "一次申请只给一个人记分，请分开发")
}

// TestMinePointsAfterYearEnd: on the evening of 12月31日, after the
// year-end run cleared what was unspent, 我的积分 says where the points
// went, privately (a balance stays out of the group).
func TestMinePointsAfterYearEnd(t *testing.T) {
	b := examplePointsBot(t)
	a := village.NewAccount("青山村", "QS-301")
	a.Final, a.Cleared = 18, 18
	a.Years = map[string]*village.YearTally{"2026": {Cleared: 18}}
	if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: storage.AccountMsgID("青山村", "QS-301"),
		Docs: []storage.Doc{storage.AccountDoc(a)}}); err != nil {
		t.Fatal(err)
	}
	has(t, "privately", b.privately("张三", "我的积分"), "可兑换：0 分。今年没兑换的 18 分已在年终结算时清零。")
	got := b.say("张三", "我的积分")
	has(t, "in the group", got, "张三: 张三户2026年积分", "今年没兑换的 18 分已在年终结算时清零", g3+": 张三户2026年还没有积分", "已私信发给您")
	for _, line := range got {
		if strings.HasPrefix(line, g3) && strings.Contains(line, "18 分") {
			t.Errorf("the cleared amount in the group: %q", line)
		}
	}
}

// TestObjectionToldToHousehold: an objection freezes the item and the
// household hears it privately, with whom to see, never who objected; an
// objection from the household itself tells it nothing more.
func TestObjectionToldToHousehold(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("赵六", "同意 #C1 8")
	b.say("赵六", "扣分 陈二 焚烧秸秆 村口田里")
	publishClaims(t, b.st, b.now, 1, 2)
	got := b.privately("李四", "异议 #C1 那天张三去县城了")
	has(t, "told", got, "张三: 【积分通知】#C1 张三的「参加义务劳动、集体劳动」+8分在公示期内有人提出异议，暂时冻结，评分小组核实后会私信告诉您结果。有证明人、照片或要说的，直接回复我说明情况，我转给评分人赵六。")
	for _, line := range got {
		if strings.HasPrefix(line, "张三:") && strings.Contains(line, "李四") {
			t.Errorf("the objector named to the household: %q", line)
		}
	}
	lacks(t, "own household", b.privately("陈二", "异议 #C2 那天我在镇上打工"), "陈二: 【积分通知】")
}

// TestUpheldToldToHousehold: the household told of an objection hears
// in 我的积分 what is frozen and that it will be told the outcome; it hears
// it was upheld while the window still runs, as it was promised, and
// when the points become redeemable: when the window closes; the group
// hears when too.
func TestUpheldToldToHousehold(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("赵六", "同意 #C1 8")
	publishClaims(t, b.st, b.now, 1)
	ends := b.now.AddDate(0, 0, 7).Format("1月2日 15:04")
	b.privately("李四", "异议 #C1 那天张三去县城了")
	has(t, "frozen, asked", b.privately("张三", "我的积分"), "有异议待核实（冻结，核实后私信告诉您结果）：#C1「参加义务劳动、集体劳动」+8分")
	has(t, "upheld", b.say("赵六", "维持 #C1"), "张三: 【积分通知】#C1「参加义务劳动、集体劳动」的异议经核实，维持原评分+8分，不再冻结，"+ends+"公示期满后生效，可以兑换。",
		g3+": #C1 经核实维持原评分：张三户·张三「参加义务劳动、集体劳动」+8分。"+ends+"公示期满后生效。")
}
