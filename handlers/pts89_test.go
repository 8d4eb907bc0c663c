package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// archive2026 commits a 2026 year-end archive ranking 陈二户 (10 分) and
// 张三户 (5 分), settled (no points of the year left in 公示).
func archive2026(tb testing.TB, b *pointsBot) {
	tb.Helper()
	st := func(hh, head string, n, rank, total int) village.Standing {
		return village.Standing{HouseholdInfo: village.HouseholdInfo{Village: "青山村", Household: hh, Grid: "三组", Head: head, Participants: n},
			Rank: rank, Total: total, Average: float64(total) / float64(n)}
	}
	y := storage.YearRanking{Village: "青山村", Year: "2026", At: "2026-12-31T18:00:00+08:00",
		Standings: []village.Standing{st("QS-302", "陈二", 4, 1, 40), st("QS-301", "张三", 3, 2, 15)}}
	if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: "yearend2026", Docs: []storage.Doc{storage.RankingDoc(y)}}); err != nil {
		tb.Fatal(err)
	}
}

// TestLateClaimsCountWhenEarned: claims made in December and still
// pending at the year-end clearing, approved in January in one message
// (「同意 #C1 #C2」), count in 2026, the year they were earned (pts89): each
// claim's period is 2026-12, the archived 2026 ranking holds both
// households' points (the batch's one commit writes the archive once, as
// the second step left it) and is 暂定 again until they are final; the
// reply says so plainly. Before, both counted in 2027 and the 2026
// ranking never had them.
func TestLateClaimsCountWhenEarned(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 28, 10, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 今天帮五保户王奶奶打扫院子 证明人 王五")
	b.say("陈二", "申请积分 今天帮五保户王奶奶挑水 证明人 王五")
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	got := b.say("赵六", "同意 #C1 #C2")
	got = append(got, b.held()...)
	has(t, "the approval", got, "按申请的年份计入2026年的排名", "【2026年度积分排行更正】")
	ctx := context.Background()
	arch, ok, err := storage.Ranking(ctx, b.st, qs, "2026")
	if err != nil || !ok {
		t.Fatalf("archive: %v %v", ok, err)
	}
	totals := map[string]int{}
	for _, s := range arch.Standings {
		totals[s.Household] = s.Total
	}
	if totals["QS-302"] != 50 || totals["QS-301"] != 25 {
		t.Errorf("archived totals %v, want QS-302 50 and QS-301 25", totals)
	}
	if !arch.Provisional || !arch.Pending() {
		t.Errorf("archive provisional %v pending %v, want 暂定 until the claims are final", arch.Provisional, arch.Pending())
	}
	approved, err := storage.Claims(ctx, b.st, qs, storage.ClaimIndex(village.ClaimApproved))
	if err != nil || len(approved) != 2 {
		t.Fatalf("approved %d claims (%v), want 2", len(approved), err)
	}
	for _, c := range approved {
		if c.Period != "2026-12" {
			t.Errorf("%s counts in %s, want 2026-12", c.ID, c.Period)
		}
	}
	if a := b.account("QS-301"); a.Year("2026").Approved != 10 || a.Year("2027").Approved != 0 {
		t.Errorf("张三户's tallies 2026 %+v 2027 %+v, want the 10 in 2026", a.Year("2026"), a.Year("2027"))
	}
	// 我的积分 says which year a claim still waiting counts in
	b.now = time.Date(2027, 1, 4, 10, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 今天参加村里义务劳动清理河道 证明人 王五")
	mine := b.say("张三", "我的积分")
	has(t, "a January claim", mine, "待审核：#C3「参加义务劳动、集体劳动」")
	lacks(t, "a January claim", mine, "年申请的，通过后计入")
}

// TestLatePendingSaysItsYear: 我的积分 on the evening of 31 December names
// the year a claim made before the clearing still counts in.
func TestLatePendingSaysItsYear(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 28, 10, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 今天帮五保户王奶奶打扫院子 证明人 王五")
	archive2026(t, b)
	b.now = time.Date(2026, 12, 31, 19, 0, 0, 0, b.now.Location())
	has(t, "我的积分", b.say("张三", "我的积分"), "#C1「帮助困难群众、照料孤寡老人」（2026年申请的，通过后计入2026年，不清零）")
}

// BenchmarkLateApproval is 同意 #C of a claim made in November or
// December, decided in January: the claim counts in 2026 and the archived
// ranking is corrected in the approval's commit. Reported: round trips
// per approval.
func BenchmarkLateApproval(b *testing.B) {
	pb := benchApprovals(b, time.Date(2027, 1, 3, 10, 0, 0, 0, time.FixedZone("CST", 8*3600)), true)
	arch, _, _ := storage.Ranking(context.Background(), pb.st, qs, "2026")
	if len(arch.Corrected) == 0 {
		b.Fatal("the archive was not corrected")
	}
}

// BenchmarkDecemberApproval is BenchmarkLateApproval's approvals made in
// December, before the clearing (no archive to correct): the two compare
// what correcting the archive costs. Reported: round trips per approval.
func BenchmarkDecemberApproval(b *testing.B) {
	benchApprovals(b, time.Date(2026, 12, 30, 10, 0, 0, 0, time.FixedZone("CST", 8*3600)), false)
}

// benchApprovals files b.N claims from 1 November, three hours apart, and
// has 赵六 approve each at decide (with the 2026 archive in place when
// archived), reporting round trips per approval.
func benchApprovals(b *testing.B, decide time.Time, archived bool) *pointsBot {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 11, 1, 8, 0, 0, 0, pb.now.Location())
	names := []string{"张三", "陈二", "钱桂英"}
	for i := range b.N {
		// one claim a few hours apart, numbered: no same-deed refusal
		pb.now = pb.now.Add(3 * time.Hour)
		pb.say(names[i%len(names)], fmt.Sprintf("申请积分 帮五保户王奶奶打扫院子 证明人 王五 第%d次", i+1))
	}
	if archived {
		archive2026(b, pb)
	}
	pb.now = decide.In(pb.now.Location())
	pb.say("赵六", "待审")
	ctx := context.Background()
	var rts int64
	b.ResetTimer()
	for i := range b.N {
		pb.now = pb.now.Add(time.Minute)
		before := pb.st.RoundTrips()
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("a%d", i), At: pb.now, Chat: g3, From: "赵六", Text: fmt.Sprintf("同意 #C%d", i+1)}); err != nil {
			b.Fatal(err)
		}
		rts += pb.st.RoundTrips() - before
		pb.drain()
	}
	b.ReportMetric(float64(rts)/float64(b.N), "roundtrips/msg")
	b.StopTimer()
	return pb
}

// BenchmarkRedeemRush is the shop's afternoon of 31 December: 兑换 after
// 兑换 for two households in turn, a minute apart. Reported: round trips
// per 兑换.
func BenchmarkRedeemRush(b *testing.B) {
	pb := examplePointsBot(b)
	pb.fund("QS-301", 1<<30)
	pb.fund("QS-302", 1<<30)
	pb.now = time.Date(2026, 12, 31, 14, 0, 0, 0, pb.now.Location())
	items := []string{"兑换 张三 香皂 1", "兑换 陈二 牙膏 1", "兑换 张三 毛巾 1", "兑换 陈二 洗洁精 1", "兑换 张三 酱油 1", "兑换 陈二 食用盐 1"}
	pb.say("周八", "兑换 陈二 卫生纸 1")
	pb.say("周八", "兑换 张三 卫生纸 1")
	ctx := context.Background()
	var rts int64
	b.ResetTimer()
	for i := range b.N {
		pb.now = pb.now.Add(time.Second)
		before := pb.st.RoundTrips()
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("r%d", i), At: pb.now, Chat: g3, From: "周八", Text: items[i%len(items)] + fmt.Sprintf(" 第%d份", i)}); err != nil {
			b.Fatal(err)
		}
		rts += pb.st.RoundTrips() - before
		pb.drain()
	}
	b.ReportMetric(float64(rts)/float64(b.N), "roundtrips/msg")
}
