package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// TestSettlementOfAnUnrankedHousehold: an objection still open at the
// year end, of a household the archived ranking does not list (off the
// roster by then), is settled in January: the archive no longer names it
// open nor keeps its objected points, and, the year's last open item, the
// honours named 暂定 are settled at once. Before, the archive kept both,
// and the year stayed 暂定 with 「另有有异议待定的 N 分」 for good.
func TestSettlementOfAnUnrankedHousehold(t *testing.T) {
	b := examplePointsBot(t)
	ctx := context.Background()
	b.say("赵六", "加分 张三 志愿服务 20")
	publishClaims(t, b.st, b.now, 1)
	b.say("陈二", "异议 #C1 张三没去")
	// the year end of 2026 ranked 陈二户 only
	y := storage.YearRanking{Village: "青山村", Year: "2026", At: "2026-12-31T18:00:00+08:00",
		Standings: []village.Standing{{HouseholdInfo: village.HouseholdInfo{Village: "青山村", Household: "QS-302", Grid: "三组", Head: "陈二", Participants: 4},
			Rank: 1, Total: 10, Average: 2.5}},
		Honours: []string{"QS-302"}, Open: []string{"C1"}, Objected: map[string]int{"QS-301": 20},
		Provisional: true, Tentative: []string{"QS-302"}}
	if _, err := b.st.Commit(ctx, storage.Change{Scope: qs, MsgID: "yearend", Docs: []storage.Doc{storage.RankingDoc(y)}}); err != nil {
		t.Fatal(err)
	}
	b.now = time.Date(2027, 1, 3, 9, 0, 0, 0, b.now.Location())
	got := b.say("赵六", "维持 #C1")
	has(t, "the year settled", got, "荣誉户最终确定")
	arch, ok, err := storage.Ranking(ctx, b.st, qs, "2026")
	if err != nil || !ok {
		t.Fatalf("archive: %v %v", ok, err)
	}
	if len(arch.Open) != 0 || len(arch.Objected) != 0 || arch.Pending() {
		t.Errorf("archive open %v, objected %v, pending %v; want none open, none objected, settled", arch.Open, arch.Objected, arch.Pending())
	}
	lacks(t, "the archived ranking", b.say("陈二", "积分排行 2026"), "暂定", "#C1 还有异议")
}
