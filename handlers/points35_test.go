package handlers_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// sayWith handles one group message carrying photos.
func (b *pointsBot) sayWith(from, text string, paths ...string) []string {
	b.t.Helper()
	b.n++
	b.now = b.now.Add(time.Minute)
	m := bot.Message{ID: "p" + text, At: b.now, Chat: g3, From: from, Text: text, Images: paths}
	if err := b.r.Handle(context.Background(), m); err != nil {
		b.t.Fatalf("%s: %q: %v", from, text, err)
	}
	return b.drain()
}

// TestFreeClaimKeepsItsPhoto: a claim told in free words with a photo is
// asked about first; the 「1」 that files it files it with the photo, as
// 申请积分 with the photo would have (the photo was lost).
func TestFreeClaimKeepsItsPhoto(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "asked", b.sayWith("陈二", "我老婆昨天参加村里义务劳动打扫文化广场 申请积分", "a.jpg"), "回复「1」")
	has(t, "filed", b.say("陈二", "1"), "#C1", "照片已附上")
	if c := b.claim("C1"); !slices.Equal(c.Images, []string{"a.jpg"}) {
		t.Errorf("C1 images %q, want [a.jpg]", c.Images)
	}
}

// TestRejectReasonKeepsOtherClaim: a reason naming another claim keeps
// it (「已在C1记过」 lost its C1), and acts on the first claim only (two
// claims before the reason share it since score66: TestSeveralClaimsRead).
func TestRejectReasonKeepsOtherClaim(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("陈二", "申请积分 参加义务劳动 证明人 王五")
	has(t, "reason names C1", b.say("赵六", "驳回 #C2 重复申请，已在C1记过"), "理由：重复申请，已在C1记过。")
	if c := b.claim("C1"); c.Status != village.ClaimPending {
		t.Errorf("C1 is %s, want still pending", c.Status)
	}
	has(t, "objection names another", b.say("赵六", "同意 #C1 6"), "#C1 已通过")
}

// TestHelpedAfterTitle: 「帮助五保户王奶奶打扫院子」 is help to 王奶奶
// (照料孤寡老人), not the sender's own 庭院整洁, so the same deed
// claimed again in free words the same day is refused, not filed twice.
func TestHelpedAfterTitle(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("张三", "申请积分 帮助五保户王奶奶打扫院子 证明人王五")
	has(t, "help", got, "照料孤寡老人")
	lacks(t, "help", got, "庭院整洁")
	has(t, "neighbour", b.say("张三", "申请积分 帮邻居陈二收玉米"), "邻里互助")
}

// TestObjectorToldNextSteps: a neighbour objecting in the group hears that
// the result comes privately, and, when the item is upheld, where to turn
// if he still doubts it (he was only thanked).
func TestObjectorToldNextSteps(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("赵六", "同意 #C1 6")
	publishClaims(t, b.st, b.now, 1)
	has(t, "objected", b.say("陈二", "异议 #C1 他那天没去"), "核实前不生效，核实结果会私信告诉您。")
	has(t, "upheld", b.say("赵六", "维持 #C1 王五作证"),
		"陈二: 您对 #C1 提的异议已处理：核实后维持原评分（王五作证）。如仍有疑问，请找村委会当面反映。谢谢您的监督！")
}

// TestVetoItemsSayWhatTheyDo: 积分帮助 否决项 says what a veto item does
// (「不计分/次」 read as if it were worth nothing each time).
func TestVetoItemsSayWhatTheyDo(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("张三", "积分帮助 否决项")
	has(t, "veto", got, "FJ04 违法占地建房、拒不拆除（否决项，该户当年不参加排名和评优，需证明材料）")
	lacks(t, "veto", got, "不计分/次")
}

// TestRepeatNamesTheWitnessToAdd: the same deed sent again with the
// witness the first claim lacks is not filed twice, and says how to add
// that witness to the first (it was dropped with the repeat); sending it
// adds him.
func TestRepeatNamesTheWitnessToAdd(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "first", b.say("张三", "申请积分 参加义务劳动 清理河道"), "请接着发证明人的名字")
	has(t, "again", b.say("张三", "申请积分 参加义务劳动 清理河道 证明人王五"),
		"今天已经申请过 #C1", "证明人王五还没有记到 #C1 上，请发「证明人 王五」补上；")
	has(t, "added", b.say("张三", "证明人 王五"), "已把证明人王五记到 #C1")
	lacks(t, "known witness", b.say("张三", "申请积分 参加义务劳动 清理河道 证明人王五"), "还没有记到")
}

// TestShortTellsWhoChecks: the shopkeeper told 积分不够 hears whose
// household can check its balance (「本户发」 is not his household).
func TestShortTellsWhoChecks(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "short", b.say("周八", "兑换 陈二 香皂 1"), "周八: 积分不够", "陈二户的人发「我的积分」可查。")
}

// TestShortAfterKinRedeemed: the same goods for another member moments
// after the first took the last points: 积分不够 says the first went
// through for whom, as the same person's repeat does.
func TestShortAfterKinRedeemed(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-302", 10)
	has(t, "first", b.say("周八", "兑换 陈二 香皂 2"), "已兑换")
	has(t, "kin", b.say("周八", "兑换 陈小龙 香皂 2"), "积分不够", "已经给陈二兑换过香皂 2块，这条是同一次的话不用再发。")
	got := b.say("周八", "兑换 陈小龙 再要香皂 2")
	has(t, "another", got, "积分不够")
	lacks(t, "another", got, "这条是同一次的话")
}
