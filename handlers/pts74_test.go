package handlers_test

import (
	"strings"
	"testing"
)

// only are the replies that start with prefix ("张三: ", one person's).
func only(got []string, prefix string) []string {
	var out []string
	for _, s := range got {
		if strings.HasPrefix(s, prefix) {
			out = append(out, s)
		}
	}
	return out
}

// TestWitnessObjectsEarly: 陈二, recorded as witness of 张三's #C1, then
// objects to it before its 公示: he is taken off its witnesses in the
// objection's commit (pts74). He hears so, the scorer hears the claim
// has no witness now and that its claimant was asked for another, and
// 张三 is asked privately for another witness, without being told who
// objected. The claim still waits for review; another witness named
// is written.
func TestWitnessObjectsEarly(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 昨天帮五保户王奶奶打扫院子"), "#C1")
	has(t, "witness", b.say("张三", "证明人 陈二"), "已把证明人陈二记到 #C1")
	got := b.say("陈二", "异议 #C1 他根本没去打扫")
	has(t, "objector told", got, g3+": 已把您对 #C1 的意见私信转给评分小组赵六核实",
		"\n您原是 #C1 的证明人，提了意见就不再算证明人，已从这项申请里去掉。")
	has(t, "scorer told", got, "赵六: 【积分反映】#C1 张三户·张三「帮助困难群众、照料孤寡老人」还在审核，陈二反映：他根本没去打扫",
		"结果会私信告诉陈二。\n陈二原是这项的证明人，提了意见就不再算，已从证明人里去掉，这项现在没有证明人，已私信请申请人张三另找一位。")
	expect(t, "claimant asked", only(got, "张三: "),
		"张三: 您的积分申请 #C1（张三户·张三「帮助困难群众、照料孤寡老人」）的证明人陈二不再作证，已从申请里去掉。这项需要证明人，请另找一位当时在场、不是本户的人（如邻居、网格员），发：证明人 王五，会补记到 #C1 上。")
	lacks(t, "claimant asked", only(got, "张三: "), "异议", "反映")
	c := b.claim("C1")
	if c.Evidence != "" || !c.LacksEvidence() || string(c.Status) != "pending" || len(c.Early) != 1 {
		t.Errorf("C1 evidence %q status %s early %d, want none, pending, one early objection", c.Evidence, c.Status, len(c.Early))
	}
	has(t, "another witness", b.say("张三", "证明人 王五"), "已把证明人王五记到 #C1")
	if c := b.claim("C1"); c.Evidence != "证明人 王五" {
		t.Errorf("C1 evidence %q, want 证明人 王五", c.Evidence)
	}
}

// TestWitnessObjectsInPublicity: 王五 vouched for 陈二's #C1 and objects
// to it during its 公示: his witness entry and his word are struck with
// the freeze, the reviewers hear it; the household, told of the freeze
// as before, is not told who.
func TestWitnessObjectsInPublicity(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("陈二", "申请积分 参加义务劳动 修村道 证明人 王五 张三"), "#C1")
	has(t, "vouched", b.say("王五", "C1 属实"), "谢谢王五")
	b.say("赵六", "同意 #C1 8")
	publishClaims(t, b.st, b.now, 1)
	got := b.say("王五", "异议 #C1 记错人了 那天是他弟弟去的")
	has(t, "frozen", got, g3+": 已收到对 #C1（陈二户·陈二「参加义务劳动、集体劳动」+8分）的异议，这项积分暂时冻结",
		"\n您原是 #C1 的证明人，提了意见就不再算证明人，已从这项申请里去掉。")
	lacks(t, "a witness is left", got, "这项现在没有证明人", "另找一位")
	has(t, "household", got, "陈二: 【积分通知】#C1 陈二的「参加义务劳动、集体劳动」+8分在公示期内有人提出异议")
	lacks(t, "household", only(got, "陈二: "), "王五")
	c := b.claim("C1")
	if c.Evidence != "证明人 张三" || string(c.Status) != "objected" {
		t.Errorf("C1 evidence %q status %s, want 证明人 张三, objected", c.Evidence, c.Status)
	}
}

// TestApprovedWithoutWitnessAsksPolitely: 胡秀芝's private claim lacks
// the witness its item asks for and 赵六 approves it in the group: the
// group and 胡秀芝 hear who may witness and how to name one, not a
// reproach; 赵六 alone hears it was noted and what happens next (pts74).
// Her 「证明人 王五」 is written on the approved claim and 赵六 told.
func TestApprovedWithoutWitnessAsksPolitely(t *testing.T) {
	b := examplePointsBot(t)
	b.privately("胡秀芝", "申请积分 参加义务劳动 清理河道")
	got := b.say("赵六", "同意 #C1 8")
	const ask = "这项按规定要有证明人：当时在场、不是本户的人（如邻居、网格员）。胡秀芝，如果有，请发「证明人 王五」，会补记到 #C1 上。"
	expect(t, "group", only(got, g3+": "), g3+": #C1 已通过：陈二户·胡秀芝「参加义务劳动、集体劳动」+8分（计入2026年3月）。\n4月1日在群里公示，7天内没有异议就生效，可以到积分超市兑换。\n"+ask)
	lacks(t, "group", only(got, g3+": "), "提醒", "没有证明人也已通过")
	has(t, "claimant", only(got, "胡秀芝: "), ask)
	has(t, "scorer", only(got, "赵六: "), ask+"\n没有证明人也已通过，已记入审核记录；胡秀芝补上证明人时会私信告诉您，不用再审核。")
	got = b.privately("胡秀芝", "证明人 王五")
	expect(t, "witness named", got,
		"胡秀芝: 已把证明人王五补记到 #C1（陈二户·胡秀芝「参加义务劳动、集体劳动」，已通过+8分），已告诉评分人赵六，不用再做什么。",
		"赵六: 【积分申请】陈二户·胡秀芝 #C1「参加义务劳动、集体劳动」（您已通过+8分）补上了证明人王五，已记入审核记录，不用再审核。")
	if c := b.claim("C1"); c.Evidence != "证明人 王五" || string(c.Status) != "approved" || c.LacksEvidence() {
		t.Errorf("C1 evidence %q status %s, want 证明人 王五, approved", c.Evidence, c.Status)
	}
}

// TestShopOilShortNamesTheItem: the shopkeeper's 「张三换了一桶油」 when
// 张三户 has too few points is refused for want of points, naming 食用油,
// not as goods the shop lacks (「积分超市没有「油」」, pts74); 「拿了两块肥皂」
// is still another name.
func TestShopOilShortNamesTheItem(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 10)
	got := b.say("周八", "张三换了一桶油")
	expect(t, "short", got,
		g3+": 积分不够，没有兑换：食用油 80分/桶（5升），张三户的可兑换积分不够换，还剩多少、能换什么已私信告诉您。",
		"周八: 积分不够，没有兑换：食用油 80分/桶（5升），张三户可兑换积分 10 分，不够换。\n10 分够换：香皂、牙膏、食用盐、酱油、毛巾、洗洁精。\n张三户的人发「我的积分」可查。")
	lacks(t, "short", got, "没有「油」")
	b.wantRedeemable(t, "short", "QS-301", 10)
	has(t, "another name", b.say("周八", "张三拿了两块肥皂"), "积分超市没有「肥皂」")
}
