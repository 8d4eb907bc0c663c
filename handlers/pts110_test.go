package handlers_test

import (
	"io"
	"log/slog"
	"testing"
	"time"

	"gridbot/handlers"
	"gridbot/understand"
)

// TestClaimWindowDays: points.claim_window written in days refuses a deed
// older than that, saying the window and the last day it was due (pts110:
// the window was fixed by the 公示 cadence); a deed inside it files.
func TestClaimWindowDays(t *testing.T) {
	cfg, dir := exampleVillage(t)
	cfg.Points.ClaimWindow = "30d"
	b := newPointsBot(t, cfg, dir)
	b.r = handlers.New(handlers.Options{Config: cfg, Store: b.st, People: dir, Reader: understand.Rules{Catalogue: cfg.Points.Indicators()},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("张三", "申请积分 11月3号帮王奶奶劈柴")
	has(t, "past 30 days", got, "张三，您说这是11月3日做的：积分要在做完后30天内申请，这件最晚12月3日申请，现在过了申请的时候，这条没有登记。",
		"请找评分小组赵六说明", "请在做完后30天内发「申请积分 做了什么」")
	lacks(t, "past 30 days", got, "#C1", "公示前")
	has(t, "inside", b.say("张三", "申请积分 11月10号帮王奶奶劈柴"), "已登记积分申请 #C1")
}

// TestNeighbourElderRulesAsked: helping another household's elder, named
// by a title (王奶奶, 隔壁李大爷), is the asker's own deed: the how-to says
// 「申请积分 …」 without 「给 名字」 (pts110: 王奶奶 was read as kin); a
// claim for one's own family still shows it.
func TestNeighbourElderRulesAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	// 「腊月二十三那天…」 is past its claiming time: TestStaleDayAsked (pts111)
	for _, q := range []string{"帮王奶奶扫房子 能加分不", "帮隔壁李奶奶扫房子 能加分不"} {
		got := b.say("张三", q)
		has(t, q, got, "对应的积分项目：SG04", "发「申请积分 帮助困难群众、照料孤寡老人」申请")
		lacks(t, q, got, "给 名字", "家庭美德")
	}
	got := b.say("陈二", "帮俺奶奶扫房子能加分不")
	has(t, "own grandmother", got, "发「申请积分 孝敬父母、赡养老人」申请") // pts111: JT01
	lacks(t, "own grandmother", got, "给家里人申请", "给 名字")
	has(t, "for kin", b.say("陈二", "能帮我儿子申请积分吗"), "给家里人申请")
}

// TestOwnRankAsked: 「俺家排第几」 unaddressed in a grid's group asks of the
// sender's own household, as 我的积分 does: answered with its place in one
// line, not the village's list (pts110: silent, while 「我家积分排第几了」
// got the whole ranking). Others' standing stays villagers' talk; said to
// the bot the whole ranking answers, as before.
func TestOwnRankAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 昨天帮王奶奶扫雪 证明人王五")
	b.say("赵六", "同意 #C1")
	got := b.say("陈二", "俺家排第几")
	has(t, "none yet", got, "陈二户今年还没有积分，还没排上名次", "发「积分排行」看青山村的排行。")
	lacks(t, "none yet", got, "积分排行（按户均分）")
	for _, q := range []string{"我家积分排第几了", "咱家在村里排第几名啊"} {
		got := b.say("张三", q)
		has(t, q, got, "张三户今年在青山村排第 1 名，户均")
		lacks(t, q, got, "积分排行（按户均分）")
	}
	if got := b.say("陈二", "张三家排第几"); len(got) != 0 {
		t.Errorf("another household's place unaddressed: %q, want silence", got)
	}
	has(t, "addressed", b.say("陈二", "@网格小助手 俺家排第几"), "青山村2026年积分排行（按户均分）")
}
