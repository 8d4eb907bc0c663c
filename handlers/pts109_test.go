package handlers_test

import (
	"testing"
	"time"
)

// TestStaleDeedClaim: a claim of this year whose deed's day is past its
// claiming time (the 公示 after the one listing its month) is not filed,
// and says when it was due and which scorer may still record it (pts109:
// 「元旦那天帮王奶奶扫雪」 filed in December like any claim). Last month's
// deed files; a deed told done on a month-day is not read as next year's.
func TestStaleDeedClaim(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("张三", "申请积分 元旦那天帮王奶奶扫雪")
	has(t, "new year's day", got, "张三，您说这是1月1日做的：那时的积分2月1日已经公示，补申请最晚到3月1日公示前，现在过了申请的时候，这条没有登记。",
		"请找评分小组赵六说明", "请在当月或下个月发「申请积分 做了什么」")
	lacks(t, "new year's day", got, "#C1", "@赵六")
	has(t, "october", b.say("张三", "申请积分 10月5号帮王奶奶扫雪"), "补申请最晚到12月1日公示前")
	has(t, "november", b.say("张三", "申请积分 11月3号帮王奶奶劈柴"), "已登记积分申请 #C1")
	// free text: answered, not offered for a 「1」; a month-day told done
	// is this year's, not a deed to come
	got = b.say("陈二", "3月8号帮五保户王奶奶挑了水 能加分不")
	has(t, "free text", got, "陈二，您说这是3月8日做的", "这条没有登记")
	lacks(t, "free text", got, "要做的事", "回复「1」")
	// pts107's deed to come stands
	has(t, "to come", b.say("陈二", "申请积分 12月28号帮王奶奶扫雪"), "您说的是12月28日要做的事")
}

// TestTodayDeedOffered: 「今天跟着村里去给孤寡老人送米面油 能算积分不」
// tells the day's deed: offered as a claim, a 「1」 files it (pts109: it got
// the item's how-to); one still to come that day gets the how-to.
func TestTodayDeedOffered(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 17, 0, 0, 0, b.now.Location())
	has(t, "offered", b.say("陈二", "今天跟着村里去给孤寡老人送米面油 能算积分不"), "积分申请·社会公德·帮助困难群众、照料孤寡老人", "回复「1」提交给评分小组")
	has(t, "filed", b.say("陈二", "1"), "已登记积分申请 #C1：陈二户·陈二「帮助困难群众、照料孤寡老人」")
	got := b.say("张三", "今天下午要去给五保户送米 能加分不")
	has(t, "to come", got, "对应的积分项目：SG04")
	lacks(t, "to come", got, "回复「1」")
}

// TestWorthAndPublicityAsked: what a deed is worth (「扫雪能加几分」) and
// when the points are published (「公示还有几天」, 「几号公示」) are answered
// from the catalogue and the household's claims, also said to the bot
// (pts109: silent, or sent to the grid leader as 答不了).
func TestWorthAndPublicityAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	for _, q := range []string{"扫雪能加几分", "@网格小助手 扫雪能加几分", "扫雪能加多少分"} {
		got := b.say("陈二", q)
		has(t, q, got, "对应的积分项目：SG02 参加义务劳动、集体劳动（社会公德，5–10分/次，需证明人）")
		lacks(t, q, got, "答不了")
	}
	for _, q := range []string{"公示还有几天", "@网格小助手 几号公示", "我的积分申请几号公示啊"} {
		got := b.say("陈二", q)
		has(t, q, got, "陈二户现在没有在等审核或公示的积分", "每月1日在群里公示（下次1月1日）")
		lacks(t, q, got, "答不了", "已登记积分申请", "回复「1」")
	}
}
