package handlers_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/storage"
)

// TestTownshipSameNumberTwoVillages: the office's 「进展 青山村 #R1 石桥村
// #R1」 and 「确认 青山村 #R2 石桥村 #R2」 are two items each, one of each
// village (town79), not one (allRefs took the number once).
func TestTownshipSameNumberTwoVillages(t *testing.T) {
	c := twoVillagesUp(t)
	c.say("李四", "上报镇 #R1 要供电所来修")

	got := c.inSQ(officeChat, "孙七", "进展 青山村 #R1 石桥村 #R1 已联系相关部门")
	has(t, "进展 of one number in two villages", got, "青山村 #R1", "石桥村 #R1")
	for _, v := range []string{"青山村", "石桥村"} {
		rep, err := c.st.Report(context.Background(), storage.VillageScope(v), "R1")
		if err != nil || !strings.Contains(rep.History[len(rep.History)-1].Note, "相关部门") {
			t.Errorf("%s's R1 lacks the 进展: %+v (%v)", v, rep.History[len(rep.History)-1], err)
		}
	}

	c.inSQ(officeChat, "孙七", "确认 石桥村 #R2 青山村 #R2")
	for _, v := range []string{"青山村", "石桥村"} {
		rep, err := c.st.Report(context.Background(), storage.VillageScope(v), "R2")
		if err != nil || !slices.Contains(rep.Handlers, "孙七") {
			t.Errorf("%s's R2: handlers %v (%v), want 孙七", v, rep.Handlers, err)
		}
	}
}
