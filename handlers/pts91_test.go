package handlers_test

import (
	"testing"
	"time"
)

// TestCutoffAnswered (pts91): a villager's 「积分什么时候截止」, 「今年的分
// 算到哪天」, 「年底前申请还算今年的吗」 are answered with the year-end run
// (12月31日 18:00) and the rule that a claim made before it counts in the
// year whenever approved; in January, that the cut-off passed and when
// this year's is. Before, the first got the points help and the others
// no answer at all.
func TestCutoffAnswered(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 10, 10, 0, 0, 0, b.now.Location())
	for _, q := range []string{"积分什么时候截止", "今年的分算到哪天", "年底前申请还算今年的吗"} {
		got := b.say("陈二", q)
		has(t, q, got, "2026年的积分算到12月31日 18:00年终结算为止", "在这之前提的申请都算2026年",
			"结算后才审核通过的也按申请的年份计入2026年", "不用重新申请", "结算后提的申请计入2027年",
			"没兑换的积分清零", "12月通过的积分1月1日才公示，不清零", "发「我的积分」")
		lacks(t, q, got, "积分怎么用")
	}
	b.now = time.Date(2027, 1, 5, 10, 0, 0, 0, b.now.Location())
	got := b.say("张三", "年底前申请的还算去年的吗")
	has(t, "January's question", got, "2026年的积分已在2026年12月31日 18:00年终结算时截止", "按申请的年份计入2026年",
		"结算后提的申请计入2027年，2027年的积分算到12月31日 18:00")
}

// TestMineSaysLateRecordsYear (pts91): in January, a scorer's 加分 naming
// a December day counts in 2026 (pts90); 张三's 我的积分, headed 「2027年积
// 分：户总分 0 分」, said 「待公示：10 分（已通过），2月1日在群里公示」 with
// nothing saying those 10 are 2026's, which the 2026 line below counted.
// Now the coming line names the year it counts in; this year's does not.
func TestMineSaysLateRecordsYear(t *testing.T) {
	b := examplePointsBot(t)
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	b.say("赵六", "加分 张三 参加治安巡防 12月28日夜里")
	b.say("赵六", "加分 张三 参加义务劳动 8 1月2日扫雪")
	got := b.privately("张三", "我的积分")
	has(t, "张三's 我的积分", got, "张三户2027年积分：户总分 8 分", "待公示：10 分（已通过，计入2026年），2月1日在群里公示",
		"待公示：8 分（已通过），2月1日在群里公示")
}

// TestStatusSaysYearCounted (pts92): in January, 查 #C of a 2026 claim
// approved after the clearing, of a scorer's 加分 naming a December day,
// and of a December claim still pending said nothing of the year they
// count in, which the 公示 and 我的积分 say; now the status line does.
// A rejected claim counts nowhere and this year's claims need no year.
func TestStatusSaysYearCounted(t *testing.T) {
	b := decemberClaims(t)
	got := b.privately("张三", "查 #C1")
	lacks(t, "December's 查 #C1", got, "计入")
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	b.say("赵六", "同意 #C1")
	b.say("赵六", "驳回 #C2 没有人作证")
	b.say("赵六", "加分 张三 参加治安巡防 12月28日夜里")
	b.say("张三", "申请积分 今天扫雪 证明人 王五")
	has(t, "查 #C1 approved late", b.privately("张三", "查 #C1"), "·已通过待生效（计入2026年）")
	has(t, "查 #C3 pending", b.privately("张三", "查 #C3"), "（2026年申请的，通过后计入2026年，不清零）")
	has(t, "查 #C4 late 加分", b.privately("张三", "查 #C4"), "（计入2026年）")
	// rejected: no year it counts in; the next step says where a new claim counts (shop94)
	lacks(t, "查 #C2 rejected", b.privately("陈二", "查 #C2"), "·未通过（", "计入2026年")
	lacks(t, "查 #C5 this year's", b.privately("张三", "查 #C5"), "计入")
}

// TestLateRejectionSaysYear (pts92): a December claim rejected in January
// was told like any other, 「补齐材料后可以重新申请」, though its grid heard
// at the year end that it still waits and counts in 2026, and a claim made
// now counts in 2027; the scorer's hint 「加分 张三 …」 without a day
// counted in 2027 too. Now the group hears that 2026's ranking stands and
// where a new claim counts, and the hint carries the claim's day, which
// (tried here) records it in 2026. A December rejection says neither.
func TestLateRejectionSaysYear(t *testing.T) {
	b := decemberClaims(t)
	got := b.say("赵六", "驳回 #C3 河道不是今天清的")
	has(t, "December's rejection", got, "补齐材料后可以重新申请。")
	lacks(t, "December's rejection", got, "年终排行", "计入")
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	got = b.say("赵六", "驳回 #C1 王五说没看到")
	has(t, "January's rejection", got, "这项是2026年申请的，2026年的年终排行不变。",
		"补齐材料后可以重新申请（2026年已年终结算，现在申请的计入2027年）。")
	got = b.privately("赵六", "驳回 #C2 王五说没看到")
	has(t, "the scorer's hint", got, "「加分 陈二 帮助困难群众、照料孤寡老人 12月28日」直接记上（写上那一天，按那一天计入2026年）")
	got = b.privately("赵六", "加分 陈二 帮助困难群众、照料孤寡老人 12月28日")
	has(t, "the hint followed", got, "按那一天计入2026年")
}

// decemberClaims is the example bot on 28 December with three claims
// pending: #C1 and #C3 张三's, #C2 陈二's (pts92).
func decemberClaims(t *testing.T) *pointsBot {
	t.Helper()
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 28, 10, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 今天帮五保户王奶奶打扫院子 证明人 王五")
	b.say("陈二", "申请积分 今天帮五保户王奶奶挑水 证明人 王五")
	b.say("张三", "申请积分 今天参加村里清理河道 证明人 王五")
	return b
}
