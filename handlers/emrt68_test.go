package handlers_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestEmergencyPhotoOneTrip: its reporter's photo right after an alarm is
// attached on this process's copy of his evidence key (what the alarm's
// commit kept): the attach, the duty chat's 【突发补充·照片】 and the
// group's reply are one commit, no read first; a second photo too.
func TestEmergencyPhotoOneTrip(t *testing.T) {
	c := oldWangOnFire(t)
	expectLike(t, "reporter's photo", c.costs(t, 1, "photo", bot.Message{Chat: grid3, From: "张三", Images: []string{"a.jpg"}}),
		like{start: dutyChat + ": 【突发补充·照片】青山村三组 #R1（待受理）\n张三（13900000003）发来现场照片1张", has: "照片在青山村三组网格群"},
		like{start: grid3 + ": 已把照片附到 #R1"})
	silent(t, "second photo", c.costs(t, 1, "second photo", bot.Message{Chat: grid3, From: "张三", Images: []string{"b.jpg"}}))
	if got := c.reports()[0].Images; !slices.Equal(got, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("R1 images %q, want [a.jpg b.jpg]", got)
	}
}

// TestPhotoOnStaleEvidenceCopy: process a kept 张三's alarm as his last
// item; he then files another through process b. His photo, handled by
// a, is decided on a's copy (#R1), which Redis no longer holds: that
// attach is refused, nothing is written, and the photo goes to #R2 as
// stored, once; #R1 gets none, and the duty chat hears nothing.
func TestPhotoOnStaleEvidenceCopy(t *testing.T) {
	a, b, _ := twoProcessesOn(t)
	has(t, "alarm on a", a.say("张三", "快来人 老王家着火了"), dutyChat+": 【突发事件】青山村三组 #R1")
	b.now = a.now
	has(t, "report on b", b.say("张三", "上报 村口路灯不亮了"), grid3+": 已登记 #R2")
	a.now = b.now
	got := a.send(bot.Message{Chat: grid3, From: "张三", Images: []string{"a.jpg"}})
	expect(t, "photo on a", got, grid3+": 已把照片附到 #R2")
	reps := a.reports()
	if len(reps) != 2 || len(reps[0].Images) != 0 || !slices.Equal(reps[1].Images, []string{"a.jpg"}) {
		t.Fatalf("reports %+v, want R1 with no image and R2 with a.jpg", reps)
	}
	// the copy was forgotten: the next photo is matched as stored too
	silent(t, "next photo on a", a.send(bot.Message{Chat: grid3, From: "张三", Images: []string{"b.jpg"}}))
	if got := a.reports()[1].Images; !slices.Equal(got, []string{"a.jpg", "b.jpg"}) {
		t.Errorf("R2 images %q, want [a.jpg b.jpg]", got)
	}
}

// TestMeTooAfterAssentStarted: on a process started as every one is (its
// copy of the questions waiting complete), a neighbour's 「是啊 我家那边
// 也是」 reads no question first: the follow is its one commit.
func TestMeTooAfterAssentStarted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	if err := c.st.LoadScripts(context.Background()); err != nil {
		t.Fatal(err)
	}
	expect(t, "report", c.say("张三", "我家门口的下水道堵了，臭得很，好几天了"), grid3+": 已登记 #R1")
	got := c.costs(t, 1, "me too", bot.Message{Chat: grid3, From: "陈二", Text: "是啊 我家那边也是"})
	expect(t, "me too", got, grid3+": 陈二家也是这样，已记到 #R1（我家门口的下水道堵了，臭得很，好几天了），现在共 2 人反映")
	if got := c.reports()[0].Followers; !slices.Equal(got, []string{"陈二"}) {
		t.Errorf("R1 followers %q, want [陈二]", got)
	}
}

// TestNeighbourNotDoneOnStaleCopy: 李四's 办结 went through process b;
// process a still follows #R1 as accepted. 陈二's 「我家门口的还没通呢」 to
// a is decided on that copy (no item of his: no read), and the commit
// that would keep his words on #R1 is refused: read again, #R1 is
// resolved, and its handler is asked to look, as one process would.
func TestNeighbourNotDoneOnStaleCopy(t *testing.T) {
	a, b, _ := twoProcessesOn(t)
	a.accepted("张三", "上报 我家门口的下水道堵了，臭得很")
	expect(t, "me too", a.say("陈二", "我家那边也是"), grid3+": 陈二家也是这样，已记到 #R1")
	b.now = a.now.Add(24 * time.Hour)
	has(t, "resolved on b", b.say("李四", "办结 #R1 已经疏通"), "#R1 已办结")
	a.now = b.now
	has(t, "not done on a", a.say("陈二", "我家门口的还没通呢"), "@李四\u2005请去看看：确实没办好，请回「未解决 #R1 情况」")
	rep := a.reports()[0]
	if rep.Status != village.StatusResolved {
		t.Errorf("R1 %s, want resolved", rep.Status)
	}
}
