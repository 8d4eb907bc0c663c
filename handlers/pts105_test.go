package handlers_test

import (
	"testing"
	"time"
)

// TestShopReopenedTold: 周八's 「超市周六照常开门，不去县里了」 calls off the
// stop he told, the other grid groups hear it and 「超市几点开门」 no
// longer says it; 「超市13日照常开门」 cuts a three-day stop to one day
// (pts105: the stop stood till its end). His question is no reopening,
// and with no stop kept his word is chat.
func TestShopReopenedTold(t *testing.T) {
	b := examplePointsBot(t)
	loc := b.now.Location()
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, loc) // a Tuesday
	lacks(t, "none kept", b.say("周八", "超市周六照常开门"), "已记下")
	has(t, "closed", b.say("周八", "这周六超市不开门 我去县里进货"), "12月12日（周六）不开门")
	got := b.say("周八", "超市周六照常开门，不去县里了")
	has(t, "off", got, "好的，已记下：积分超市12月12日（周六）照常开门，之前说的不开门不算了",
		"青山村一组网格群: 【积分超市】超市管理员周八说：积分超市12月12日（周六）照常开门")
	lacks(t, "asked", b.say("张三", "@网格小助手 超市几点开门"), "不开门")
	has(t, "range", b.say("周八", "12日到14日暂停兑换"), "12月12日（周六）至12月14日（周一）不开门")
	lacks(t, "question", b.say("周八", "超市13日照常开门吗"), "已记下")
	got = b.say("周八", "超市13日照常开门")
	has(t, "cut", got, "只有积分超市12月12日（周六）不开门，12月13日（周日）起照常",
		"青山村二组网格群: 【积分超市】超市管理员周八说：积分超市12月12日（周六）不开门，12月13日（周日）就照常兑换")
	has(t, "asked cut", b.say("张三", "@网格小助手 超市几点开门"), "积分超市12月12日（周六）不开门，12月13日（周日）起照常")
}

// TestPastYearDeedClaim: a deed told as done last year is not filed in
// this one (pts105: 「去年腊月帮五保户扫雪」 counted in 2026). In December
// the year closed a year ago refuses it, saying how to claim one of this
// year; in January the year just closed is the scorers': 赵六 is told
// privately with the dated 加分, the claimant so. A span from last year
// or a time of this year files as before.
func TestPastYearDeedClaim(t *testing.T) {
	b := examplePointsBot(t)
	loc := b.now.Location()
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	got := b.say("张三", "申请积分 去年腊月帮五保户扫雪 证明人 王五")
	has(t, "refused", got, "您说这是去年（2025年）做的：2025年的积分已在2025年12月31日 18:00年终结算", "这条没有登记",
		"多半是今年1、2月", "请写上是哪天做的")
	lacks(t, "refused", got, "#C1")
	has(t, "since", b.say("陈二", "申请积分 从去年开始每周去敬老院打扫卫生 证明人 王五"), "已登记积分申请 #C1")
	has(t, "today", b.say("张三", "申请积分 去年评过五好家庭 今天又帮五保户扫了雪 证明人 王五"), "已登记积分申请 #C2")
	b.now = time.Date(2027, 1, 5, 10, 0, 0, 0, loc)
	got = b.say("张三", "申请积分 去年12月28日帮五保户扫雪 证明人 王五")
	has(t, "January", got, "2026年的积分已在2026年12月31日 18:00年终结算", "已私信告诉评分人赵六",
		"【积分】张三在青山村三组网格群说「去年12月28日帮五保户扫雪 证明人 王五」，是2026年做的",
		"「加分 张三 帮助困难群众、照料孤寡老人 分数 12月28日」")
	lacks(t, "January", got, "#C3")
}

// TestPastYearDeedAsked: 「去年腊月我帮五保户扫过雪 能加分不」 is answered as
// the claim would be, not offered for a 「1」 that is then refused (pts105).
func TestPastYearDeedAsked(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 9, 9, 30, 0, 0, b.now.Location())
	got := b.say("张三", "去年腊月我帮五保户扫过雪 能加分不")
	has(t, "asked", got, "您说这是去年（2025年）做的")
	lacks(t, "asked", got, "回复「1」")
}

// TestShopVisitsBeforeFestival: 「@网格小助手 年前超市还开几次门」 gets the
// shop's hours, not a report offered (pts105).
func TestShopVisitsBeforeFestival(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 12, 9, 30, 0, 0, b.now.Location())
	got := b.say("陈二", "@网格小助手 年前超市还开几次门")
	has(t, "visit", got, "积分超市开门时间")
	lacks(t, "visit", got, "回复「1」")
}
