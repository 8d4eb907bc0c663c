package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestGridRelayPrivately: the group's forms of the grid's own 已转告
// (「赵六那边我告诉他了」, 「我跟陈二说了」) said privately count the
// household's 收到 as 「赵六家我告诉他了」 does, one round trip, no call
// logged; of an elder on his list (「我跟石德贵说了」) they are her call
// log 已通 that passed the notice on; kin alone is none (call75: only the
// 家/户 form was read privately, the rest became a report confirm-back).
func TestGridRelayPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 5, 16, 30, 0, 0, at.Location())
	expect(t, "no notice", c.private("王五", "赵六那边我告诉他了"), "王五: 最近两天没有发到赵六家所在网格的通知，没有记录。要记电话回访请发「回访 姓名 已通」。")
	c.office(notice70)
	got := c.costs(t, 1, "王五's word", bot.Message{Private: true, From: "王五", Text: "赵六那边我告诉他了"})
	expect(t, "王五's word", got, "王五: 已记下您转告了赵六，赵六户算收到通知 #N1，不用再催。")
	expect(t, "李四's word", c.private("李四", "我跟陈二说过了"), "李四: 已记下您转告了陈二，陈二户算收到通知 #N1，不用再催。")
	if calls := c.callsOf("赵六"); len(calls) != 0 {
		t.Errorf("calls of 赵六: %+v, want none", calls)
	}
	got = c.office("查 #N1")
	has(t, "查 #N1", got, "青山村三组：已收到 2/9 户")
	lacks(t, "查 #N1", got, "赵六户", "陈二户")
	lacks(t, "kin", c.private("王五", "我跟我妈说了"), "已记下", "我理解为")

	c = noticeList70(t)
	got = c.private("王五", "我跟石德贵说了")
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
