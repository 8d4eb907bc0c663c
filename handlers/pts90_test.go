package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// TestDecemberPointsYearAnswered (pts90): 「12月的分怎么算」 in December and
// 「12月份加的分算今年还是明年」 in January are answered with the rule
// pts89 built: December's points count in that year, a claim made before
// the 12-31 18:00 clearing counts there when approved later, the clearing
// leaves December's approvals. Before, neither got an answer.
func TestDecemberPointsYearAnswered(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 10, 10, 0, 0, 0, b.now.Location())
	got := b.say("张三", "12月的分怎么算")
	has(t, "December's question", got, "2026年12月的积分都算2026年", "12月31日", "18:00年终结算前提的申请",
		"不会在年终清零", "结算后提的申请计入2027年", "发「我的积分」")
	b.now = time.Date(2027, 1, 5, 10, 0, 0, 0, b.now.Location())
	got = b.say("陈二", "12月份加的分算今年还是明年")
	has(t, "January's question", got, "2026年12月的积分都算2026年", "没有在年终清零", "按申请的年份计入2026年")
}

// TestRecordNamingDecemberDayCountsThen (pts90): a scorer's 加分 after the
// year-end clearing that names a December day (「… 12月28日」) counts in
// 2026, the year of the deed, as a claim made then does (pts89): its
// period is 2026-12, the archived 2026 ranking grows and is 暂定, the
// reply and the correction say so. One naming no day, or a day of the new
// year, stays 2027's. Before, all counted in 2027.
func TestRecordNamingDecemberDayCountsThen(t *testing.T) {
	b := examplePointsBot(t)
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	got := b.say("赵六", "加分 张三 参加治安巡防 12月28日夜里")
	got = append(got, b.held()...)
	has(t, "the record", got, "已记录 #C1", "年终结算后补记，按那一天计入2026年的排名", "【2026年度积分排行更正】", "的积分年终结算后才补记，按那一天计入2026年")
	lacks(t, "the record", got, "\x01")
	b.say("赵六", "加分 陈二 参加治安巡防")
	b.say("赵六", "加分 陈二 参加治安巡防 1月2日 再记一次")
	ctx := context.Background()
	periods := map[string]string{}
	approved, err := storage.Claims(ctx, b.st, qs, storage.ClaimIndex(village.ClaimApproved))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range approved {
		periods[c.ID] = c.Period
	}
	if periods["C1"] != "2026-12" || periods["C2"] != "2027-01" || periods["C3"] != "2027-01" {
		t.Errorf("periods %v, want C1 2026-12, C2 and C3 2027-01", periods)
	}
	arch, ok, err := storage.Ranking(ctx, b.st, qs, "2026")
	if err != nil || !ok {
		t.Fatalf("archive: %v %v", ok, err)
	}
	for _, s := range arch.Standings {
		if s.Household == "QS-301" && s.Total <= 15 {
			t.Errorf("张三户's archived 2026 total %d, want more than 15", s.Total)
		}
	}
	if !arch.Provisional {
		t.Errorf("archive not 暂定 after a late record")
	}
}

// BenchmarkRecordDecemberDay is 赵六's 加分 on 3 January naming a December
// day (counted in 2026, the archive corrected); BenchmarkRecordAfterClearing
// the same 加分 naming no day (2027's, no archive): the two compare what
// the earned year costs. Reported: round trips per record.
func BenchmarkRecordDecemberDay(b *testing.B) { benchRecords(b, " 12月28日") }

func BenchmarkRecordAfterClearing(b *testing.B) { benchRecords(b, "") }

// benchRecords has 赵六 record b.N 加分 on 3 January, each line ending
// with day, a day apart, with the 2026 archive in place.
func benchRecords(b *testing.B, day string) {
	pb := examplePointsBot(b)
	archive2026(b, pb)
	pb.now = time.Date(2027, 1, 3, 10, 0, 0, 0, pb.now.Location())
	items := []string{"JF01 见义勇为", "JF04 县级表彰"} // no cap
	names := []string{"张三", "陈二"}
	ctx := context.Background()
	var rts int64
	b.ResetTimer()
	for i := range b.N {
		pb.now = pb.now.Add(24 * time.Hour) // a day apart: no same-day question
		text := fmt.Sprintf("加分 %s %s%s", names[i%len(names)], items[i%len(items)], day)
		before := pb.st.RoundTrips()
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("r%d", i), At: pb.now, Chat: g3, From: "赵六", Text: text}); err != nil {
			b.Fatal(err)
		}
		rts += pb.st.RoundTrips() - before
		if out := strings.Join(pb.drain(), "\n"); !strings.Contains(out, "已记录 #") {
			b.Fatalf("record %d not made: %s", i, out)
		}
	}
	b.ReportMetric(float64(rts)/float64(b.N), "roundtrips/msg")
}
