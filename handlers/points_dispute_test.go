package handlers_test

import (
	"testing"
	"time"

	"gridbot/village"
)

// TestDeductionDisputedInWords: a villager disputing his household's
// deduction in his own words is told how to object to it by number,
// before, during and after its 公示, and is never asked whether to
// register a report; in the group the deed is not named.
func TestDeductionDisputedInWords(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "no deduction yet", b.say("陈二", "凭什么扣我分 我根本没烧秸秆"),
		g3+": 陈二，您家2025年、2026年都没有扣分记录。发「我的积分」可以查本户积分；如果是别的事，请再说详细一点。")
	b.say("赵六", "扣分 陈二 焚烧秸秆")
	got := b.say("陈二", "凭什么扣我分 我根本没烧秸秆")
	expect(t, "before 公示", got,
		g3+": 陈二，#C1 还没有公示，会在4月1日在群里公示，公示后7天内回复「异议 #C1 理由」，这项扣分就先冻结，评分小组会核实。现在有疑问也可以直接找评分人赵六说明。")
	lacks(t, "before 公示", got, "我理解为", "焚烧秸秆")
	has(t, "privately, the deed named", b.privately("陈二", "凭啥扣俺家的分，冤枉"), "#C1 （「焚烧秸秆、垃圾」-5分）还没有公示")
	publishClaims(t, b.st, b.now, 1)
	expect(t, "in 公示", b.say("陈二", "凭什么扣我分 我根本没烧秸秆"),
		g3+": 陈二，对 #C1 有异议请回复「异议 #C1 理由」，评分小组会核实，公示期到")
	expect(t, "申诉 privately", b.privately("陈二", "我要申诉 扣我分不对"), "陈二: 陈二，对 #C1 （「焚烧秸秆、垃圾」-5分）有异议请回复「异议 #C1 理由」")
	b.say("陈二", "异议 #C1 我没烧")
	expect(t, "objected already", b.say("陈二", "我没烧秸秆 凭什么扣分"),
		g3+": 陈二，您已经对 #C1 提过异议，评分小组正在核实，结果会私信告诉您。")
	b.say("赵六", "维持 #C1 有照片")
	b.now = b.now.Add(8 * 24 * time.Hour)
	expect(t, "window closed", b.say("陈二", "凭什么扣我5分"),
		g3+": 陈二，#C1 的公示期已在")
	has(t, "window closed", b.say("陈二", "凭什么扣我5分"), "扣分已生效。确有问题请回复「异议 #C1 理由」，会转给评分人赵六核实")
	has(t, "naming who deducted", b.say("陈二", "赵六凭什么扣我分"), "陈二，#C1 的公示期已在")
	// Another household's deduction is not his own to object to.
	lacks(t, "another's", b.say("陈二", "凭什么扣张三的分"), "#C1", "扣分记录")
	// Chit-chat with the same words costs nothing and gets nothing.
	expect(t, "a button", b.say("陈二", "衣服扣子掉了我没找到"))
	lacks(t, "wages", b.say("陈二", "凭什么扣我工资"), "扣分", "#C1")
}

// TestVetoDisputedInWords: a household kept out of the ranking by a veto
// item says so in its own words: it hears how to object, is not sent to
// mediation, and its 积分排行 in the group keeps the veto's reason out.
func TestVetoDisputedInWords(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "扣分 张三 拘留 家里人打架被拘留")
	got := b.say("张三", "凭什么不让我家参加评优 又不是我打的架")
	expect(t, "veto disputed", got, g3+": 张三，#C1 还没有公示，会在4月1日在群里公示，公示后7天内回复「异议 #C1 理由」，这项否决项就先冻结")
	lacks(t, "veto disputed", got, "调解", "拘留")
	got = b.say("张三", "积分排行")
	has(t, "ranking in the group", got, "您家今年不参加排名和评优，原因私信我「我的积分」可查。")
	lacks(t, "ranking in the group", got, "拘留")
	has(t, "ranking privately", b.privately("张三", "积分排行"), "您家今年因否决项「家庭成员受到治安拘留」（#C1）不参加排名。")
}

// TestDeductionDisputedQuotingTheNotice: "我没烧 冤枉" quoting the bot's
// message about the deduction names no deduction itself; it is about the
// one quoted, and gets the way to object, not silence or a report.
func TestDeductionDisputedQuotingTheNotice(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "扣分 陈二 乱扔垃圾 3")
	got := b.say("赵六", "扣分 陈二 焚烧秸秆")
	expect(t, "quoting the record", b.quoting("网格小助手", got[0], "陈二", "我没烧 冤枉"),
		g3+": 陈二，#C2 还没有公示")
	expect(t, "no dispute words", b.quoting("网格小助手", got[0], "陈二", "知道了"))
}

// TestAwardDoubtedInWords: a villager doubting another's points in his
// own words hears the published item to object to, by number; before the
// 公示 nothing of the item is shown, only when and how to object.
func TestAwardDoubtedInWords(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 张三 志愿服务 10")
	got := b.say("陈二", "张三那天根本没去 凭什么给他加分")
	expect(t, "before 公示", got, g3+": 陈二，通过的积分每月1日在群里公示，公示后7天内可以回复「异议 #编号 理由」，评分小组会核实；现在有疑问请直接找评分小组赵六。")
	lacks(t, "before 公示", got, "#C1", "志愿服务")
	publishClaims(t, b.st, b.now, 1)
	expect(t, "in 公示", b.say("陈二", "公示里张三的分不对 他没去"),
		g3+": 陈二，对 #C1（张三户·张三「参加志愿服务活动」+10分）有异议请回复「异议 #C1 理由」，评分小组会核实；不想在群里说，也可以私信我。")
	b.say("陈二", "异议 #C1 他没去")
	expect(t, "objected by him", b.say("陈二", "张三根本没去 凭什么给他加分"),
		g3+": 陈二，您已经对 #C1 提过异议，评分小组正在核实，结果会私信告诉您。")
	has(t, "objected by another", b.say("李四", "张三那天没去 凭什么加分"), "已有人提出异议，正在核实；您也有异议请回复「异议 #C1 理由」")
}

// TestObjectionWithoutNumber: 异议 with no item named is asked back with
// the command to send, the household's own deduction or the item of the
// person the reason names in it; nothing is frozen on a guess.
func TestObjectionWithoutNumber(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 张三 志愿服务 10")
	b.say("赵六", "扣分 陈二 焚烧秸秆")
	expect(t, "before 公示", b.say("王五", "异议 张三没去"),
		g3+": 王五，提异议要写上积分编号，例如「异议 #C12 张三没去」（C12 换成那一项的编号）。能提异议的积分都在本网格群每月的【积分公示】里，每项前面有编号。这条还没有记为异议。")
	publishClaims(t, b.st, b.now, 1, 2)
	expect(t, "own deduction", b.say("陈二", "异议 我没烧"),
		g3+": 陈二，是对您家的 #C2 有异议吗？请回复「异议 #C2 我没烧」，评分小组会核实。这条还没有记为异议。")
	expect(t, "another's award", b.say("王五", "异议 张三没去"),
		g3+": 王五，是对张三户·张三的 #C1 有异议吗？请回复「异议 #C1 张三没去」，评分小组会核实。这条还没有记为异议。")
	has(t, "the 公示 objected to", b.say("陈二", "我对公示有意见"), "是对您家的 #C2 有异议吗？请回复「异议 #C2 理由」")
	// not a made-up number to copy: the grid's items in their 公示
	expect(t, "the 公示 objected to, nothing of his", b.say("李四", "我对这次公示有异议"),
		g3+": 李四，本网格正在公示的有 #C1、#C2（见群里的【积分公示】），对哪一项有异议，请回复「异议 #编号 理由」，评分小组会核实。这条还没有记为异议。")
	expect(t, "a notice", b.say("李四", "本月积分公示已经贴在村委会门口了，有异议的七天内提出"))
	b.wantStatus(t, "C2", village.ClaimApproved, "(frozen on a guess)")
}

// TestDisputeNamesTheDeduction: a household with a deduction and a veto
// item that disputes one in words hears about that one: "我根本没烧秸秆"
// is the 焚烧秸秆 deduction, "凭什么不让我家参加评优" the veto item.
func TestDisputeNamesTheDeduction(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "扣分 陈二 焚烧秸秆")
	b.say("赵六", "扣分 陈小龙 拘留 打架被治安拘留")
	got := b.say("陈二", "凭什么扣我分 我根本没烧秸秆")
	has(t, "the deduction named", got, "陈二，#C1 还没有公示")
	lacks(t, "the deduction named", got, "#C2", "2 项扣分记录")
	got = b.say("胡秀芝", "凭什么不让我家参加评优")
	has(t, "the veto", got, "胡秀芝，#C2 还没有公示", "这项否决项就先冻结")
	lacks(t, "the veto", got, "#C1", "2 项扣分记录")
	has(t, "nothing named", b.say("陈二", "凭什么扣我家的分"), "您家有 2 项扣分记录")
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
