package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// TestUndoAcrossReplicas (shop76): 撤销兑换 is decided on the account, the
// year's archive and the stock as this replica follows them (no read once
// it does); each decision is checked by the commit (or the reply's), so a
// sale another replica undid, or a year another process closed, since
// this one last read them is answered as stored, never refunded twice nor
// after the year-end run.
func TestUndoAcrossReplicas(t *testing.T) {
	a, b := rt70Bots(t)
	a.fund("QS-301", 100)
	for _, item := range []string{"洗衣液", "牙膏", "香皂"} {
		has(t, "sold", a.say("周八", "兑换 张三 "+item+" 1"), "已兑换 #D")
	}
	has(t, "undone here: the copies kept", a.say("周八", "撤销兑换 #D1"), "已撤销兑换 #D1")
	has(t, "another replica's undo", byReplica(a, b, "周八", "撤销兑换 #D2"), "已撤销兑换 #D2")
	got := a.say("周八", "撤销兑换 #D2")
	has(t, "again here, on a stale copy", got, "#D2 已经撤销过了")
	lacks(t, "again here, on a stale copy", got, "已撤销兑换")
	a.wantUndone(t, "two undone once each", "QS-301", 95, "L1", "L2")

	// the year-end run, by another process: the year is closed
	y := storage.YearRanking{Village: "青山村", Year: "2026", At: "2026-12-31T18:00:00+08:00"}
	if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: "yearend", Docs: []storage.Doc{storage.RankingDoc(y)}}); err != nil {
		t.Fatal(err)
	}
	got = a.say("周八", "撤销兑换 #D3")
	has(t, "after the year end", got, "#D3 是2026年的兑换，2026年的积分年终已结算，不能撤销了")
	lacks(t, "after the year end", got, "已撤销兑换")
	a.wantUndone(t, "the third kept", "QS-301", 95, "L1", "L2")
}

// TestRankingReadsApart (shop76): 积分排行 shows two households of
// different places whose averages read the same at one decimal (10/3 and
// 13/4, both 3.3) with two, 3.33 and 3.25; 我的积分 in the group says the
// household's as the ranking shows it.
func TestRankingReadsApart(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 张三 志愿服务 10")
	b.say("赵六", "加分 陈二 志愿服务 13")
	got := b.say("李四", "积分排行")
	has(t, "the ranking", got, "1. 张三户 户均 3.33 分（10分/3人", "2. 陈二户 户均 3.25 分（13分/4人")
	lacks(t, "the ranking", got, "3.3 分")
	has(t, "我的积分", b.say("陈二", "我的积分"), g3+": 陈二户2026年户均 3.25 分（13分/4人），全村第 2 名")
	if s := village.Rank([]village.HouseholdInfo{{Household: "A", Participants: 3}}, map[string]int64{"A": 10}, nil); s[0].AverageText() != "3.3" {
		t.Errorf("alone: %s, want 3.3", s[0].AverageText())
	}
}

// TestNoticeResentLeavesMirror (shop76, found by FuzzRouter): a notice's
// commit delivered again (a duplicate) marks the villages' mirrors around
// it as every notice write does, then puts back what they held: before,
// each resend left a new "done:<token>", so a replica's calls decided on
// its copy of the notices were refused once and read again.
func TestNoticeResentLeavesMirror(t *testing.T) {
	c := newRT68Calls(t)
	c.warm()
	ctx := context.Background()
	ts, key := storage.TownshipScope("青山镇"), c.srv.Client(t)
	mirror := func() string {
		v, err := key.Get(ctx, "gb:{v:青山村}:"+storage.NoticeMirrorKey).Result()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := mirror()
	ns, err := c.bst.RecentNotices(ctx, ts, storage.NoticesPostedTo("青山村三组网格群"), time.Time{}, "N1")
	if err != nil || len(ns) != 1 {
		t.Fatalf("N1: %v %v", ns, err)
	}
	d, err := storage.NoticeDoc(ns[0])
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.bst.Commit(ctx, storage.Change{Scope: ts, MsgID: "rt68-1", Docs: []storage.Doc{d}})
	if err != nil || !r.Duplicate {
		t.Fatalf("the notice's commit again: %+v %v, want a duplicate", r, err)
	}
	if after := mirror(); after != before {
		t.Errorf("mirror %q after the resend, want %q as before", after, before)
	}
	out, trips := c.call("", "回访 王奶奶 已通 第4次 她说明天去领")
	has(t, "the call after", out, "收到")
	if trips != 1 {
		t.Errorf("the call after the resend cost %d round trips, want 1 (the copy stands)", trips)
	}
}

// BenchmarkNoticeResent: the office's 通知 of one grid delivered again
// each round (the same message id): the duplicate's commit between the
// villages' mirror marks, then the mirrors put back (shop76).
func BenchmarkNoticeResent(b *testing.B) {
	pb := examplePointsBot(b)
	m := bot.Message{ID: "notice", Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天下午3点在村委会领取暖补贴，请带身份证"}
	pb.trips(b, m)
	trips, n := int64(0), 0
	for b.Loop() {
		trips, n = trips+pb.trips(b, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
