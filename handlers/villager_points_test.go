package handlers_test

import (
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/understand"
)

// catalogueBot is examplePointsBot reading free text against the points
// catalogue, as the sandbox and production do.
func catalogueBot(t testing.TB) *pointsBot {
	t.Helper()
	cfg, dir := exampleVillage(t)
	b := newPointsBot(t, cfg, dir)
	b.r = handlers.New(handlers.Options{Config: cfg, Store: b.st, People: dir, Reader: understand.Rules{Catalogue: cfg.Points.Indicators()},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return b
}

// TestVillagerClaimsAsWritten: claims as elderly villagers write them.
// "给他申请" names nobody: whom it is for is asked, never the sender
// credited with her husband's deed, and the name she answers with (or
// 是 to the member the question offers) files it; a kin word two
// children fit is settled by the given name the message says ("小龙" of
// 陈小龙), one of 户主 and 配偶 or of two children by the roster's 性别
// (俺爹, 我闺女); "好的好的 1" answers the question it was asked.
func TestVillagerClaimsAsWritten(t *testing.T) {
	b := catalogueBot(t)
	has(t, "asked", b.say("陈二", "我帮村里扫了三天马路咋没人给俺记分呢😂"), "回复「1」提交给评分小组")
	has(t, "assent, then 1", b.say("陈二", "好的好的 1"), "已登记积分申请 #C1：陈二户·陈二")
	b.say("刘芳", "俺家老张上礼拜去敬老院帮忙 给他申请个积分")
	got := b.say("刘芳", "1")
	has(t, "for him, unnamed", got, "是给家里哪一位申请？还没有登记", "您家名单上有：张三、刘芳、张明")
	for _, line := range got {
		if strings.Contains(line, "已登记") || strings.Contains(line, "刘芳「") {
			t.Errorf("the claim was taken for the sender: %s", line)
		}
	}
	has(t, "assent is no name", b.say("刘芳", "好的"), "请直接回家里那一位的名字（张三、刘芳、张明）")
	has(t, "his name answers", b.say("刘芳", "张三"), "已登记积分申请 #C2：张三户·张三「帮助困难群众、照料孤寡老人」")
	b.say("刘洋", "俺爹昨天去河边捡了一大袋垃圾 给他申请积分吧")
	// his 爹: of 户主 and 配偶, the one the roster's 性别 says is a man
	has(t, "for him, by 性别", b.say("刘洋", "1"), "已登记积分申请 #C3：刘建国户·刘建国")
	b.say("陈桂兰", "刘建国 给俺老伴申请积分 他捡垃圾")
	has(t, "named", b.say("陈桂兰", "1"), "是给刘建国申请吗？是的话回「是」")
	// his son claimed the same deed for him today: not counted twice
	has(t, "yes", b.say("陈桂兰", "是的"), "今天已经申请过 #C3（刘建国户·刘建国")
	b.say("陈二", "给我儿子申请积分 小龙上个月献血了")
	has(t, "kin and given name", b.say("陈二", "1"), "已登记积分申请 #C4：陈二户·陈小龙")
	b.say("陈二", "给我闺女申请积分 参加义务劳动")
	has(t, "kin, no name, by 性别", b.say("陈二", "1"), "已登记积分申请 #C5：陈二户·陈小凤")
}

// TestAskingAfterANeighboursPoints: a villager asking how many points
// another household has, however he words it, hears that villagers see
// only their own, not the menu nor an offer to register a report.
func TestAskingAfterANeighboursPoints(t *testing.T) {
	b := examplePointsBot(t)
	for _, text := range []string{"张三有多少分啊", "俺想知道张三的积分", "张三家现在多少分了", "张三得了几分"} {
		has(t, text, b.say("陈二", text), "村民只能查本户的积分")
	}
	has(t, "his own", b.say("张三", "张三有多少分啊"), "张三户")
	lacks(t, "a test", b.say("陈二", "孩子考了多少分了"), "村民只能查本户的积分")
}

// TestDisputingByNumber: during 公示 a villager who names his deduction
// by its number in his own words ("C1那个俺不认 垃圾不是俺倒的") is told
// how to object to it, not offered a mediation of a quarrel.
func TestDisputingByNumber(t *testing.T) {
	b := catalogueBot(t)
	has(t, "deducted", b.say("赵六", "扣分 陈二 乱倒垃圾 5分"), "已记录 #C1")
	publishClaims(t, b.st, b.now, 1)
	got := b.say("陈二", "C1那个俺不认 垃圾不是俺倒的")
	has(t, "how to object", got, "有异议请回复「异议 #C1 理由」")
	lacks(t, "no quarrel", got, "调解")
	has(t, "someone else's number", b.say("张三", "C1那个不对吧"))
}

// TestMyPointsAcrossNewYear: points approved in December are published
// and become redeemable in January; 我的积分 asked in between still says
// they are coming, not only "可兑换：0 分" of a new, empty year (here
// the 1 January 公示 has not listed them yet), and that they count in
// 2026, not in the year 我的积分 heads (pts91).
func TestMyPointsAcrossNewYear(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 20, 9, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	has(t, "approved", b.say("赵六", "同意 #C1 8"), "+8分（计入2026年12月）")
	b.now = time.Date(2027, 1, 2, 9, 0, 0, 0, b.now.Location())
	has(t, "in 公示", b.say("张三", "我的积分"), "可兑换：0 分。\n待公示：8 分（已通过，计入2026年），下次公示时列出，7天没有异议就可以兑换。")
}

// TestMyPointsInDecember: in the month of the year-end clearing, 我的积分
// says that the points approved and not yet published (published in
// January, after the clearing) are not cleared; points published in
// December (November's), which are, are not counted in that line, and
// it is not said in another month.
func TestMyPointsInDecember(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 11, 20, 9, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	has(t, "approved in November", b.say("赵六", "同意 #C1 6"), "+6分")
	lacks(t, "November: nothing cleared this month", b.say("张三", "我的积分"), "不清零")
	b.now = time.Date(2026, 12, 1, 9, 0, 0, 0, b.now.Location())
	publishClaims(t, b.st, b.now, 1)
	b.now = time.Date(2026, 12, 3, 9, 0, 0, 0, b.now.Location())
	lacks(t, "published, cleared at the year end", b.say("张三", "我的积分"), "不清零")
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	has(t, "approved in December", b.say("赵六", "同意 #C2 8"), "+8分（计入2026年12月）")
	has(t, "December's kept", b.say("张三", "我的积分"), "可兑换：0 分。\n公示中：6 分，12月8日 09:00公示期满，没有异议就可以兑换。\n待公示：8 分（已通过），1月1日在群里公示，7天没有异议就可以兑换。待公示的积分在12月31日年终结算时不清零")
}

// TestScorerAndDisputeInPlainWords: the scorer's 加分 in the words a
// claim is read in ("帮王奶奶挑水" is 照料孤寡老人), and a villager's "俺咋
// 被扣了十分" with no deduction on his household is told so, not shown
// the menu.
func TestScorerAndDisputeInPlainWords(t *testing.T) {
	b := catalogueBot(t)
	has(t, "award in plain words", b.say("赵六", "加分 张三 帮王奶奶挑水 10分"), "已记录 #C1：张三户·张三「帮助困难群众、照料孤寡老人」+10分")
	lacks(t, "dispute, nothing deducted", b.say("金大海", "俺咋被扣了十分 俺家秸秆是隔壁雷志明烧的 不信你问问"), "可以这样用")
	has(t, "deducted", b.say("赵六", "扣分 金大海 烧秸秆 5"), "已记录 #C2")
	has(t, "dispute", b.say("金大海", "俺咋被扣了五分 俺家秸秆是隔壁雷志明烧的 不信你问问"), "#C2")
}

// TestAnswerAfterAFewWords: "昨天忘回了 1" answers the question asked,
// on time or late (then told it expired), not silence.
func TestAnswerAfterAFewWords(t *testing.T) {
	b := catalogueBot(t)
	b.say("陈二", "我帮村里扫了三天马路😂 申请积分")
	has(t, "on time", b.say("陈二", "刚看到 1"), "已登记积分申请 #C1：陈二户·陈二")
	b.say("张三", "俺帮王奶奶把柴火搬回家了 这个能加分不")
	b.now = b.now.Add(20 * time.Hour)
	has(t, "late", b.say("张三", "昨天忘回了 1"), "过了回复时间，还没有提交")
}

// TestPointsNotArrivedYet: "俺家老张的积分咋还没到账" asks whether the
// household's points can be spent: 我的积分 answers it (what is
// redeemable, what is still in 公示), not the points menu.
func TestPointsNotArrivedYet(t *testing.T) {
	b := catalogueBot(t)
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("赵六", "同意 #C1 8")
	got := b.say("刘芳", "@网格小助手 俺家老张的积分咋还没到账😢")
	has(t, "her household's", got, "张三户")
	lacks(t, "not the menu", got, "积分怎么用")
}

// TestDialectKinClaim: "给俺闺女婷婷申请积分" is for the daughter the
// nickname says (婷婷 is 雷婷), as "给我闺女…" is: never the father's own.
func TestDialectKinClaim(t *testing.T) {
	b := catalogueBot(t)
	b.say("雷志明", "给俺闺女婷婷申请积分她考上大学了")
	got := b.say("雷志明", "1")
	has(t, "the daughter's", got, "雷志明户·雷婷")
	lacks(t, "not his own", got, "雷志明户·雷志明")
	has(t, "咱 too", b.say("张三", "申请积分 给咱儿子 参加义务劳动 证明人 王五"), "张三户·张明")
}

// TestWitnessWhileClaimAsked: a villager whose claim the bot asked about
// ("回复「1」提交") names a witness before answering ("王五也看见了"): the
// witness is kept with the question, he is told so and to reply 1, and
// the claim his "1" files carries it.
func TestWitnessWhileClaimAsked(t *testing.T) {
	b := catalogueBot(t)
	has(t, "asked", b.say("陈二", "我帮村里扫了三天马路咋没人给俺记分呢😂"), "回复「1」提交给评分小组")
	has(t, "witness noted", b.say("陈二", "王五也看见了"), "已记下证明人王五", "回复「1」提交")
	has(t, "again, noted once", b.say("陈二", "王五可以作证"), "证明人王五已经记下了")
	has(t, "then 1", b.say("陈二", "1"), "已登记积分申请 #C1：陈二户·陈二")
	if c := b.claim("C1"); c.Evidence != "证明人 王五" {
		t.Errorf("C1 evidence = %q, want the witness named before the 1", c.Evidence)
	}
}

// TestWitnessWhileClaimAskedOnce: the witness kept with the question is
// one round trip, in the group and privately.
func TestWitnessWhileClaimAskedOnce(t *testing.T) {
	cfg, _ := exampleVillage(t)
	c := newChat(t, understand.Rules{Catalogue: cfg.Points.Indicators()})
	c.say("陈二", "我帮村里扫了三天马路咋没人给俺记分呢😂")
	got := c.costs(t, 1, "witness while asked", bot.Message{Chat: grid3, From: "陈二", Text: "王五也看见了"})
	has(t, "noted", got, "已记下证明人王五")
}

// TestRedeemShortSaysWhenMore: a 兑换 refused for want of redeemable
// points tells the shopkeeper (privately, beside the balance) when the
// household's approved points become redeemable: those in 公示 on the
// day the window closes, those not yet published at their 公示; the
// group hears only the day the 公示 window closes (shop94).
func TestRedeemShortSaysWhenMore(t *testing.T) {
	b := sixInPublicity(t)
	b.now = time.Date(2026, 12, 3, 9, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	b.say("赵六", "同意 #C2 8")
	got := b.say("周八", "兑换 张三 洗衣液 1")
	has(t, "when more", got, "周八: 积分不够，没有兑换：张三户可兑换积分 0 分，洗衣液 1瓶要 20 分，还差 20 分。\n公示中：6 分，12月8日 09:00公示期满，没有异议就可以兑换。\n待公示：8 分（已通过），1月1日在群里公示，7天没有异议就可以兑换。")
	// the group hears the day (the 公示 is posted there), not the points (shop94)
	has(t, "the group", got, g3+": 积分不够，没有兑换：洗衣液 1瓶要 20 分，张三户的可兑换积分不够。还剩多少、能换什么已私信告诉您。\n张三户公示中的积分12月8日 09:00期满后可以兑换；")
	inChatLacks(t, "the group", got, g3, "公示中：", "待公示", "6 分", "8 分")
}
