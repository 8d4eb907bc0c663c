package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestGridRelayPrivately: the group's forms of the grid's own 已转告 said
// privately (「我跟陈二说过了」 from the leader; 「赵六那边我告诉他了」 is
// TestGridOwnPassedOnPrivately's) count the household's 收到 as 「陈二家我
// 告诉他了」 does; of an elder on his list (「我跟石德贵说了」) they are her
// call log 已通 that passed the notice on; kin alone is none (call75: only
// the 家/户 form was read privately, the rest became a report
// confirm-back or the help text).
func TestGridRelayPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 5, 16, 30, 0, 0, at.Location())
	c.office(notice70)
	c.now = c.now.Add(30 * time.Minute) // his word of telling comes after it had time (call99)
	expect(t, "李四's word", c.private("李四", "我跟陈二说过了"), "李四: 已记下您转告了陈二，陈二户算收到通知 #N1，不用再催。")
	lacks(t, "查 #N1", c.office("查 #N1"), "陈二户")
	lacks(t, "kin", c.private("王五", "我跟我妈说了"), "已记下", "我理解为")

	c = noticeList70(t)
	got := c.private("王五", "我跟石德贵说了")
	has(t, "elder", got, "王五: 已记录：石德贵 已通", "已记为收到通知 #N1")
	if k := c.lastCall("石德贵"); k.Outcome != village.OutcomeReached {
		t.Errorf("石德贵's call %+v, want reached", k)
	}
	lacks(t, "elder: counted", c.office("查 #N1"), "石德贵户")
}

// TestAtHospitalAlone: 「王奶奶在医院」, and the same with 回访 and no
// outcome word, is read as 「王奶奶住院了」 is (hosp73): nobody spoken to,
// not reached, her calls paused, the notice not passed on. Both readings
// of 在医院 (a stay, a visit) say she was not reached; the stay is what
// the grid's other notes of a hospital mean (call74), and the reply says
// it was read so. Before call75 the one was not understood, the other
// asked for the command's form.
func TestAtHospitalAlone(t *testing.T) {
	for _, note := range []string{"王奶奶在医院", "回访 王奶奶 在医院", "回访 王奶奶 住院了"} {
		stayNotReached(t, note, "王五: 已记录：王奶奶 未接通（王五", "王奶奶住院的事已记在这次回访里")
	}
}

// TestCallNoteWithoutOutcome: 「回访 白凤兰 身体挺好的」 names no outcome
// word; it is 已通, as 「白凤兰身体挺好的」 is (call75).
func TestCallNoteWithoutOutcome(t *testing.T) {
	c := noticeList70(t)
	has(t, "well", c.private("王五", "回访 白凤兰 身体挺好的"), "王五: 已记录：白凤兰 已通")
	if k := c.lastCall("白凤兰"); k.Outcome != village.OutcomeReached {
		t.Errorf("白凤兰's call %+v, want reached", k)
	}
}

// TestFollowupCallHeard: a call the notice follow-up put on 王五's list
// (no call list reminded him of it) is his to log in his own words:
// 「白凤兰挺好的 通知也跟她说了」 is 已通 and her household's 收到, 「王奶奶在
// 医院」 her stay, as for a call a list named (call75: both were read as
// news of her, not a call, and answered with the help text).
func TestFollowupCallHeard(t *testing.T) {
	c := noticeCalls(t, false)
	has(t, "well", c.private("王五", "白凤兰挺好的 通知也跟她说了"), "王五: 已记录：白凤兰 已通", "已记为收到通知 #N1")
	has(t, "in hospital", c.private("王五", "王奶奶在医院"), "王五: 已记录：王奶奶 未接通（王五", "王奶奶住院的事已记在这次回访里",
		"通知 #N1 不算转告到")
	if k := c.lastCall("王奶奶"); k.Status != village.CallAway {
		t.Errorf("王奶奶's call %+v, want away", k)
	}
}

// TestVisitPhoneTroubleRelayed: 李四's visit note telling why the calls
// got no answer and that he passed the notice on (「上门 挺好的 手机没电了
// 体检也跟她说了」) files no matter: the phone's trouble is no need of
// hers, with a relay word or without (call75: 「手机没电了」 became #R1).
func TestVisitPhoneTroubleRelayed(t *testing.T) {
	c := noticeList70(t)
	got := c.private("李四", "回访 王奶奶 上门 挺好的 手机没电了 防火会也跟她说了")
	has(t, "visit", got, "李四: 已记录：王奶奶 上门", "已记为收到通知 #N1")
	lacks(t, "visit", got, "#R1", "反映")
}
