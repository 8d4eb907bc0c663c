package handlers_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestConfirmBackTwoOneCommit: a 「1」 to two confirm-backs files both in
// one commit, one round trip (two on main): each told under its own
// number, each audited under its own reference, and photos sent next
// attach to the second (the item made last, as when each was a commit).
func TestConfirmBackTwoOneCommit(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "后山那个垃圾桶满了")
	c.say("陈二", "我家门口的路灯不亮了")
	got := c.costs(t, 1, "1 to both", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
	has(t, "first", got, "已登记 #R1", "后山那个垃圾桶满了")
	has(t, "second", got, "已登记 #R2", "我家门口的路灯不亮了")
	c.wantReports(2, "one 1 files both")
	log, err := c.st.AuditLog(context.Background(), village3)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, e := range log {
		if e.Action == "create" {
			refs = append(refs, e.Ref)
		}
	}
	if !slices.Equal(refs, []string{"R1", "R2"}) {
		t.Errorf("create audited under %v, want [R1 R2]", refs)
	}
	c.send(bot.Message{Chat: grid3, From: "陈二", Images: []string{"lamp.jpg"}})
	for _, rep := range c.reports() {
		if want := rep.ID == "R2"; slices.Contains(rep.Images, "lamp.jpg") != want {
			t.Errorf("%s images %v: the photo wanted on R2 alone", rep.ID, rep.Images)
		}
	}
	expect(t, "nothing waits any more", c.say("陈二", "1"))
}

// TestConfirmBackTwoAfterAnotherProcess: another process files a report
// in the grid between the questions and the 「1」: the joined commit,
// decided on this process's copy of the grid's open reports, is refused
// as stale and made again on them as stored; all three stand, nothing
// twice.
func TestConfirmBackTwoAfterAnotherProcess(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("陈二", "后山那个垃圾桶满了")
	a.say("陈二", "我家门口的路灯不亮了")
	has(t, "the other process files", b.say("张三", "上报 村口的桥栏杆断了"), "已登记 #R1")
	got := a.say("陈二", "1")
	has(t, "both filed after it", got, "已登记 #R2", "已登记 #R3")
	a.wantReports(3, "the other's and both")
	for _, rep := range a.reports() {
		if strings.Contains(rep.Text, "栏杆") != (rep.ID == "R1") {
			t.Errorf("%s: %q", rep.ID, rep.Text)
		}
	}
	expect(t, "nothing waits any more", a.say("陈二", "1"))
}

// TestConfirmBackTwoAlikeOneByOne: the second matter a duplicate of the
// first (told in other words) is decided on the first as filed: the two
// are not joined, and the second asks whether it is the same matter, as
// when each was filed on its own.
func TestConfirmBackTwoAlikeOneByOne(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "后山那个垃圾桶满了")
	c.say("陈二", "后山垃圾桶满了")
	got := c.say("陈二", "1")
	has(t, "first filed", got, "已登记 #R1")
	lacks(t, "second not filed apart", got, "#R2")
	has(t, "second asked", got, "您已经反映过 #R1（后山那个垃圾桶满了")
	c.wantReports(1, "the second asked as a duplicate")
}
