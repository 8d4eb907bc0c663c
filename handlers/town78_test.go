package handlers_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/storage"
)

// TestTownshipBatchNamesTheVillage: in a township of two villages, both
// numbering from #R1, the office's 确认 of two items answers with one
// reply that names their village (accept.many, batch.go), and its hints
// too; the officer's reply written as shown is read, each number in the
// village written before it (「确认 青山村 #R2 石桥村 #R2」).
func TestTownshipBatchNamesTheVillage(t *testing.T) {
	c := twoVillagesUp(t)

	got := c.inSQ(officeChat, "孙七", "确认 石桥村 #R1 #R2")
	posts := townshipPosts(got)
	if !strings.Contains(posts, "石桥村 #R1") || !strings.Contains(posts, "#R2") {
		t.Errorf("the office's 确认 of two:\n%s", posts)
	}
	for _, line := range strings.Split(posts, "\n") {
		if i := strings.Index(line, "#R"); i >= 0 && !strings.Contains(line[:i], "石桥村") {
			t.Errorf("a bare number to the office: %q\n%s", line, posts)
		}
	}
	for _, id := range []string{"R1", "R2"} {
		rep, err := c.st.Report(context.Background(), storage.VillageScope("石桥村"), id)
		if err != nil || !slices.Contains(rep.Handlers, "孙七") {
			t.Errorf("石桥村's %s: handlers %v (%v), want 孙七", id, rep.Handlers, err)
		}
	}

	// each number in the village written before it: 青山村's R2, 石桥村's
	// R1 (not 青山村's R1, which the text's first village would give)
	got = c.inSQ(officeChat, "孙七", "进展 青山村 #R2 石桥村 #R1 已联系水利站")
	has(t, "进展 of two villages", got, "青山村 #R2", "石桥村 #R1")
	lacks(t, "进展 of two villages", got, "在几个村都有", "：石桥村")
	for _, ref := range [][2]string{{"青山村", "R2"}, {"石桥村", "R1"}} {
		rep, err := c.st.Report(context.Background(), storage.VillageScope(ref[0]), ref[1])
		if err != nil || !strings.Contains(rep.History[len(rep.History)-1].Note, "水利站") {
			t.Errorf("%s's %s lacks the 进展: %+v (%v)", ref[0], ref[1], rep.History[len(rep.History)-1], err)
		}
	}
	if rep := c.reports()[0]; rep.ID == "R1" && strings.Contains(rep.History[len(rep.History)-1].Note, "水利站") {
		t.Errorf("青山村's R1 took the 进展")
	}
}

// twoVillagesUp is a township of two villages with two items each: 青山村's
// #R1 taken on by 李四, its #R2 and 石桥村's #R1 #R2 sent up to the township.
func twoVillagesUp(t *testing.T) *chat {
	t.Helper()
	c := stoneBridge(t)
	const sq = "石桥村一组网格群"
	c.say("张三", "上报 村口路灯坏了")
	c.say("张三", "上报 水渠堵了")
	c.say("李四", "确认 #R1 #R2")
	c.say("李四", "上报镇 #R2 水渠要水利站来疏通")
	c.inSQ(sq, "石大山", "上报 桥栏杆断了")
	c.inSQ(sq, "石大山", "上报 桥下河道有垃圾")
	c.inSQ(sq, "石大山", "上报镇 #R1 桥归交通部门管")
	c.inSQ(sq, "石大山", "上报镇 #R2 河道归水利站")
	return c
}
