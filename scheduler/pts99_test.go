package scheduler

import (
	"context"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestPointsLastCall: a week before the clearing, each household with
// points to redeem hears privately how many, until when and from whom
// (its head; the balance never goes to a group), and the scorer the
// claims still waiting for him, this month's too (pts99: before, the
// group's post on 1 December was the only word, and a household that
// missed it lost its points unawares). After the clearing it says nothing.
func TestPointsLastCall(t *testing.T) {
	f := newPointsFixture(t)
	f.record("QS-301", "刘芳", "三组", 10, "2026-10-10 10:00") // a member's points: the head hears
	f.record("QS-302", "陈二", "三组", 6, "2026-10-11 10:00")
	f.run("points_publicity", "2026-11-01 09:00")
	f.run("points_finalise", "2026-11-08 09:00")
	f.submit("QS-310", "雷志明", "三组", "2026-12-20 09:00")
	f.record("QS-311", "金大海", "三组", 8, "2026-11-10 10:00")
	f.run("points_publicity", "2026-12-01 09:00")
	f.object("C4", "2026-12-02 10:00")
	out := f.run("points_last_call", "2026-12-24 10:00")
	if len(out) != 4 {
		t.Fatalf("%d messages, want 张三, 陈二 and 赵六's two:\n%s", len(out), strings.Join(out, "\n"))
	}
	holdsEach(t, "the objection", out[3], "赵六: 【异议待核实】青山村还有 1 项有异议的积分等您核实：\n#C4 金大海户·金大海「参加义务劳动、集体劳动」+8分",
		"12月31日 18:00年终结算时还没核实的，不计入年终排行", "「维持 #C4」或「撤销 #C4 理由」")
	holdsEach(t, "张三户", out[0], "张三: 【积分清零提醒】张三户还有 10 分可以兑换，12月31日 18:00年终结算时清零，请在那之前到积分超市找周八兑换")
	holdsEach(t, "陈二户", out[1], "陈二: 【积分清零提醒】陈二户还有 6 分可以兑换")
	holdsEach(t, "the scorer", out[2], "赵六: 【积分待审核】青山村还有 1 项积分申请等您审核：\n#C3 雷志明户·雷志明", "12月31日 18:00年终结算")
	if n := countIn(out, "网格群"); n != 0 {
		t.Errorf("%d group posts, want none", n)
	}
	if out := f.runLate("points_last_call", "2026-12-24 10:00", "2027-01-01 09:00", 1); len(out) != 0 {
		t.Errorf("after the clearing: %q", out)
	}
}

// object freezes claim ref by an objection at at, as 异议 does.
func (f *pointsFixture) object(ref, at string) {
	f.t.Helper()
	ctx := context.Background()
	cs, err := storage.Claims(ctx, f.st, f.sc, storage.ClaimIndex(village.ClaimApproved))
	if err != nil {
		f.t.Fatal(err)
	}
	for _, c := range cs {
		if c.ID != ref {
			continue
		}
		from, err := c.Apply(village.ClaimObject, "陈二", f.at(at), "他没去")
		if err != nil {
			f.t.Fatal(err)
		}
		cd, err := storage.ClaimDoc(c, from)
		if err != nil {
			f.t.Fatal(err)
		}
		if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "obj-" + ref, Docs: []storage.Doc{cd}}); err != nil {
			f.t.Fatal(err)
		}
		return
	}
	f.t.Fatalf("no approved %s", ref)
}
