package handlers_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// beforeClaimCommit is a Store that, once, runs meanwhile just before the
// first commit that writes claim id: another replica's message handled
// between this one's reads and its commit.
type beforeClaimCommit struct {
	*storage.Store
	id        int
	meanwhile func()
}

func (s *beforeClaimCommit) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	for _, d := range ch.Docs {
		if s.meanwhile != nil && d.Kind == storage.ClaimKind && d.ID == s.id && d.Body != nil {
			run := s.meanwhile
			s.meanwhile = nil
			run()
			break
		}
	}
	return s.Store.Commit(ctx, ch)
}

// TestLastSettlementsOnTwoReplicas: the year-end post named the honours
// 暂定 while two December items were in 公示; both were objected to, and
// after the window closed the scorer's 维持 of each reaches a different
// replica at the same moment: each reads the other's still under
// objection. The one that commits second was decided on a read the first
// changed: it is refused, decided again, finds itself the year's last and
// tells the village once that the honours are settled (before: neither
// did, and the village waited for the next day's 9:00 run).
func TestLastSettlementsOnTwoReplicas(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg, dir := exampleVillage(t)
	loc := at.Location()
	hooked := &beforeClaimCommit{Store: storagetest.Open(t, srv.URL), id: 1}
	a := pointsBotOn(t, cfg, dir, hooked, hooked.Store)
	bst := storagetest.Open(t, srv.URL)
	b := pointsBotOn(t, cfg, dir, bst, bst)
	a.now = time.Date(2026, 12, 3, 9, 0, 0, 0, loc)
	has(t, "C1", a.say("赵六", "加分 张三 拾金不昧 10"), "#C1")
	has(t, "C2", a.say("赵六", "加分 陈二 拾金不昧 10"), "#C2")
	archiveProvisional(t, a.st, "QS-301", "QS-302")
	jan1 := time.Date(2027, 1, 1, 9, 0, 0, 0, loc)
	publishClaims(t, a.st, jan1, 1, 2)
	a.now = jan1
	has(t, "objection 1", a.say("李四", "异议 #C1 那天他不在村里"), "已收到对 #C1")
	has(t, "objection 2", a.say("李四", "异议 #C2 那天他也不在村里"), "已收到对 #C2")
	a.now = time.Date(2027, 1, 8, 10, 0, 0, 0, loc) // the window closed at 9:00
	b.now = a.now
	var out []string
	hooked.meanwhile = func() { out = b.sayID("b-settle", "赵六", "维持 #C2") }
	out = append(out, a.sayID("a-settle", "赵六", "维持 #C1")...)
	if hooked.meanwhile != nil {
		t.Fatal("the other replica's settlement did not run between this one's read and its commit")
	}
	all := strings.Join(out, "\n")
	for _, to := range []string{g3, "青山镇网格工作群"} {
		if n := len(slices.DeleteFunc(slices.Clone(out), func(l string) bool { return !strings.HasPrefix(l, to+": 【2026年积分荣誉户已确定】") })); n != 1 {
			t.Errorf("%s told %d times that the honours are settled, want once:\n%s", to, n, all)
		}
	}
	y, _, err := storage.Ranking(context.Background(), a.st, qs, "2026")
	if err != nil || y.Settled == "" {
		t.Errorf("archive %+v (%v), want settled", y, err)
	}
}

// archiveProvisional archives 2026's ranking of 三组 as the year-end run
// does while some of its points are in 公示: the households honoured, 暂定.
func archiveProvisional(t *testing.T, st *storage.Store, households ...string) {
	t.Helper()
	y := storage.YearRanking{Village: "青山村", Year: "2026", At: "2026-12-31T18:00:00+08:00",
		Honours: households, Tentative: households, Provisional: true, Publishing: true}
	for i, hh := range households {
		y.Standings = append(y.Standings, village.Standing{HouseholdInfo: village.HouseholdInfo{Village: "青山村", Household: hh,
			Grid: "三组", Participants: 4}, Total: 10, Average: 2.5, Rank: i + 1})
	}
	if _, err := st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: "year-end", Docs: []storage.Doc{storage.RankingDoc(y)}}); err != nil {
		t.Fatal(err)
	}
}
