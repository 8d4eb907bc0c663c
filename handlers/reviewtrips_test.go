package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
)

// TestReviewOneRoundTrip: a claim of a household this process follows
// (it filed or reviewed one of its claims) is one round trip, its commit,
// as is a decision on a claim filed through this
// process — 同意 (the household's first, which creates its account, and a
// later one, which finds the first approved), 驳回, 异议, 维持, 撤销 — is
// one round trip, its commit: the claim, the household's account and
// approved claims are what the store followed since the claim was filed
// (a settlement reads the year's archived ranking once).
func TestReviewOneRoundTrip(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "申请积分 参加义务劳动 证明人 王五") // the scripts loaded
	for _, s := range []struct {
		from, text string
		trips      int64
		want       string
		after      time.Duration // the clock moved on before
	}{
		{"张三", "申请积分 参加义务劳动 证明人 王五", 2, "已登记积分申请 #C2", 0}, // its read and its commit
		{"赵六", "同意 #C2 8", 1, "#C2 已通过", 0},
		// the same deed the same day, approved: a refusal decided on the
		// copies, its reply's commit carrying their reads (a revocation
		// since refuses it: decided again on Redis, rt79)
		{"张三", "申请积分 参加义务劳动 证明人 王五 又去了", 1, "今天已经记过 #C2", 0},
		// a household the process follows: its commit only
		{"张三", "申请积分 参加义务劳动 证明人 王五 又去了", 1, "已登记积分申请 #C3", 24 * time.Hour},
		{"赵六", "同意 #C3 5", 1, "也是「参加义务劳动、集体劳动」，已通", 0}, // the first approved, found
		{"张三", "申请积分 打扫院子 有照片", 1, "已登记积分申请 #C4", 0},
		// the photo could still come: asked (pts96), his 「1」 rejects
		{"赵六", "驳回 #C4 没有照片", 1, "现在就驳回请回「1」", 0},
		{"赵六", "1", 1, "#C4 没有通过", 0},
		{"赵六", "同意 #C3 5", 1, "已经评过分了", 0}, // a refusal: its reply's commit
	} {
		c.now = c.now.Add(s.after)
		has(t, s.text, c.costs(t, s.trips, s.text, bot.Message{Chat: grid3, From: s.from, Text: s.text}), s.want)
	}
	publishClaims(t, c.st, c.now, 2, 3)
	for _, s := range []struct {
		from, text string
		trips      int64
		want       string
	}{
		{"陈二", "异议 #C2 那天他没去", 1, "已收到对 #C2"},
		{"赵六", "维持 #C2", 2, "#C2 经核实维持原评分"}, // and the year's archived ranking, read once
		{"陈二", "异议 #C3 那天他也没去", 1, "已收到对 #C3"},
		{"赵六", "撤销 #C3 核实没去", 1, "#C3 已撤销"},
	} {
		has(t, s.text, c.costs(t, s.trips, s.text, bot.Message{Chat: grid3, From: s.from, Text: s.text}), s.want)
	}
	accts, err := storage.Accounts(context.Background(), c.st, village3)
	if err != nil {
		t.Fatal(err)
	}
	if a := accts["QS-301"]; a.Year("2026").Score != 8 {
		t.Errorf("张三户 scores %d, want 8 (8 upheld, 5 revoked)", a.Year("2026").Score)
	}
}

// TestReviewAcrossProcesses: two bot processes on one Redis decide on
// claims of a household with no points yet. Its account is created once,
// by whichever approval comes first, and holds both; the process whose
// copy of the household is behind (it saw no account, no approval) is not
// misled: its commit fails, it reads again, and its reply names the
// approval the other process made of the same deed.
func TestReviewAcrossProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "claim", a.say("张三", "申请积分 参加义务劳动 证明人 王五"), "#C1")
	a.now = a.now.AddDate(0, 0, 1)
	has(t, "next day", a.say("张三", "申请积分 参加义务劳动 证明人 王五 又去了"), "#C2") // other words (points46)
	has(t, "approved elsewhere", b.say("赵六", "同意 #C1 8"), "#C1 已通过")
	has(t, "approved here", a.say("赵六", "同意 #C2 6"), "#C2 已通过", "#C1 也是「参加义务劳动、集体劳动」，已通")
	ctx := context.Background()
	raws, err := a.st.Docs(ctx, village3, storage.AccountKind, storage.AccountIndex("QS-301"))
	if err != nil {
		t.Fatal(err)
	}
	if len(raws) != 1 {
		t.Fatalf("张三户 has %d accounts, want 1", len(raws))
	}
	acct, err := storage.DecodeAccount(raws[0])
	if err != nil {
		t.Fatal(err)
	}
	if got := acct.Year("2026").Score; got != 14 {
		t.Errorf("张三户 scores %d, want 14", got)
	}
	tallies, err := a.st.Counters(ctx, village3, storage.PointsHash("2026"))
	if err != nil {
		t.Fatal(err)
	}
	if tallies["QS-301"] != 14 {
		t.Errorf("ranking counter %d, want 14", tallies["QS-301"])
	}
}

// TestClaimOnAStaleCopy: a household's claims as this process follows
// them may miss another process's change. A claim filed on such a copy is
// refused at its commit and decided again on Redis (the same deed filed
// there today is not filed twice); a claim refused on such a copy is
// decided again on Redis before the refusal is sent (the earlier claim
// rejected there meanwhile no longer stands in the way).
func TestClaimOnAStaleCopy(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "followed", a.say("张三", "申请积分 打扫院子 有照片"), "已登记积分申请 #C1")
	has(t, "filed elsewhere", b.say("张三", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C2")
	expect(t, "the same deed here", a.say("张三", "申请积分 参加义务劳动 证明人 王五"),
		grid3+": 今天已经申请过 #C2（张三户·张三「参加义务劳动、集体劳动」），正在等评分小组审核，这条没有重复登记。要补充说明请告诉评分人赵六；确实是另一次的，请告诉评分人赵六，由评分人用「加分」记录。")
	has(t, "rejected elsewhere", b.say("赵六", "驳回 #C2 那天没有活动"), "#C2 没有通过")
	has(t, "filed again here", a.say("张三", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C3")
	// approved elsewhere: refused here as approved, not as still pending
	// (this copy still has #C3 pending)
	has(t, "approved elsewhere", b.say("赵六", "同意 #C3 5"), "#C3 已通过")
	expect(t, "the same deed here, approved", a.say("张三", "申请积分 参加义务劳动 证明人 王五"),
		grid3+": 今天已经记过 #C3（张三户·张三「参加义务劳动、集体劳动」5 分），这条没有重复登记。要看详情请发「查 #C3」；确实是另一次的，请告诉评分人赵六，由评分人用「加分」记录。")
}

// TestClaimAgainApproved: the same deed claimed again the same day after
// its first claim was approved is refused, naming the approved claim, at
// the cost of a pending duplicate's refusal (the household's approved
// claims are read with its pending ones); another day, or another member
// of the household, is filed.
func TestClaimAgainApproved(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "申请积分 参加义务劳动 证明人 王五") // the scripts loaded
	has(t, "filed", c.say("张三", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C2")
	n, got := c.counted(bot.Message{Chat: grid3, From: "张三", Text: "申请积分 参加义务劳动 证明人 王五"})
	has(t, "pending", got, "今天已经申请过 #C2", "正在等评分小组审核")
	has(t, "approved", c.say("赵六", "同意 #C2 8"), "#C2 已通过")
	m, got := c.counted(bot.Message{Chat: grid3, From: "张三", Text: "申请积分 参加义务劳动 证明人 王五 又去了"})
	expect(t, "approved today", got,
		grid3+": 今天已经记过 #C2（张三户·张三「参加义务劳动、集体劳动」8 分），这条没有重复登记。要看详情请发「查 #C2」；确实是另一次的，请告诉评分人赵六，由评分人用「加分」记录。")
	if m != n {
		t.Errorf("refused as approved in %d round trips, as pending in %d", m, n)
	}
	has(t, "another member", c.say("刘芳", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C3")
	c.now = c.now.Add(24 * time.Hour)
	// the same words the next day: asked (points46), 「1」 files it
	has(t, "the next day", c.say("张三", "申请积分 参加义务劳动 证明人 王五"), "已经用一样的话申请过 #C2", "回复「1」")
	has(t, "another time", c.say("张三", "1"), "已登记积分申请 #C4")
}
