package scheduler

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestFollowupReachesTheReporterNotANamesake: the reminder and the closing
// note of a private report go to its reporter as "name·household" when a
// namesake lives in the same village, so no transport can pick the wrong 张三.
func TestFollowupReachesTheReporterNotANamesake(t *testing.T) {
	namesake := village.Person{Name: "张三", Village: "青山村", Household: "QS-399", Grid: "三组",
		UsesWeChat: true, Roles: []village.Role{village.RoleVillager}}
	f := newPointsFixture(t, namesake)
	ctx := context.Background()

	created := f.at("2026-03-02 09:00")
	rep := &village.Report{Village: "青山村", Grid: "三组", Type: village.General, Category: "其他",
		Status: village.StatusNew, Text: "我家门口水管漏了", CreatedAt: created, Source: "m1",
		History: []village.Entry{{At: created, By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
	rep.SetReporter(namesake, namesake.Name)
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "m1", Create: true, Report: rep}); err != nil {
		t.Fatal(err)
	}
	saved := storagetest.Must(f.st.Report(ctx, f.sc, "R1"))(t)
	if err := saved.Apply(village.ActResolve, "李四", f.at("2026-03-02 10:00"), "已修好"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "m2", Report: &saved}); err != nil {
		t.Fatal(err)
	}

	var got []string
	for _, day := range []string{"2026-03-06 10:00", "2026-03-09 10:00"} {
		for _, o := range f.run("followup", day) {
			to, _, _ := strings.Cut(o, ": ")
			got = append(got, to)
		}
	}
	to := "张三" + roster.HouseholdSep + "QS-399"
	if diff := cmp.Diff(got, []string{to, to}); diff != "" {
		t.Errorf("follow-up recipients (-got +want):\n%s", diff)
	}
}

// TestFollowupAsksTheOfficerWhereHeToldIt: the reminder of an emergency a
// township officer told in the office's chat (Report.ToldIn) asks him
// there, not with an @ in the grid's group he never reads; one he told
// privately, privately.
func TestFollowupAsksTheOfficerWhereHeToldIt(t *testing.T) {
	for _, tc := range []struct{ toldIn, want string }{
		{"青山镇网格工作群", "青山镇网格工作群: @孙七"},
		{village.ToldPrivately, "孙七: "},
	} {
		f := newPointsFixture(t)
		newEmergency(t, f, "孙七", "青山村三组后山着火了", func(r *village.Report) {
			r.ToldIn = tc.toldIn
			_ = r.Apply(village.ActResolve, "李四", f.at("2026-03-02 10:00"), "火已扑灭")
		})
		got := f.run("followup", "2026-03-06 10:00")
		if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) || !strings.Contains(got[0], "满意 #R1") {
			t.Errorf("told in %q: follow-up\n%s\nwant it to start %q", tc.toldIn, strings.Join(got, "\n"), tc.want)
		}
	}
}
