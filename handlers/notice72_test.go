package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestAwayNotReached: 王五's 「王奶奶去她女儿家住了 这个月不在村里」 says
// nobody reached her: the call is logged as her stay away, not 已通, her
// calls wait, and notice N1 it was to pass on is not counted as heard by
// her household; 查 #N1 shows why (「王奶奶户（不在家，王五说）」). One round
// trip. With 「电话打通了 通知说了」 it is 已通 and her household's 收到
// (notice72).
func TestAwayNotReached(t *testing.T) {
	stayNotReached(t, "王奶奶去她女儿家住了 这个月不在村里", "王五: 已记录：王奶奶 不在家（王五")
}

// TestGridOwnPassedOnInGroup: 「赵六那边我告诉他了」 from the grid's worker
// (or 「周八那边我告诉他了」 from its leader) in the group, of a household
// that uses WeChat, is that household's 收到 (call74; notice72 kept only
// his 已转告): one round trip, the chase list no longer names it. Of an
// elder without WeChat his word is still her call log (notice72).
func TestGridOwnPassedOnInGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 5, 16, 30, 0, 0, at.Location())
	c.office(notice70)
	c.now = c.now.Add(30 * time.Minute) // his word of telling comes after it had time (call99)
	// the first word after the notice reads what this process follows
	has(t, "李四's word", c.say("李四", "周八那边我告诉他了"), "已记下您转告了周八，周八户算收到通知 #N1")
	got := c.costs(t, 1, "王五's word", bot.Message{Chat: grid3, From: "王五", Text: "赵六那边我告诉他了"})
	expect(t, "王五's word", got, grid3+": @王五\u2005已记下您转告了赵六，赵六户算收到通知 #N1，不用再催。")
	has(t, "elder: the call log", c.say("王五", "王奶奶那边我告诉她了"), "已记录：王奶奶 已通")
	got = c.office("查 #N1")
	has(t, "查 #N1", got, "青山村三组：已收到 3/9 户")
	lacks(t, "查 #N1", got, "赵六户", "周八户", "王奶奶户")
}

// TestHospitalNotReached: 王五's 「王奶奶住院了」 alone says nobody reached
// her either: logged as her stay (未接通, not 已通), her calls wait, and
// notice N1 is not counted as heard by her household; 查 #N1 shows why.
// One round trip. 「王奶奶住院了 电话打通了 通知说了」 stays 已通 and 收到
// (hosp73).
func TestHospitalNotReached(t *testing.T) {
	stayNotReached(t, "王奶奶住院了", "王五: 已记录：王奶奶 未接通（王五", "王奶奶住院的事已记在这次回访里")
}

// stayNotReached checks 王五's private note of 王奶奶's stay, told alone:
// one round trip, her call not reached, away and paused, the reply having
// head, notice N1 not counted and 查 #N1 saying why; the note followed by
// 「电话打通了 通知说了」 is 已通 and her household's 收到.
func stayNotReached(t *testing.T, note string, head ...string) {
	t.Helper()
	c := noticeList70(t)
	got := c.costs(t, 1, note, bot.Message{Private: true, From: "王五", Text: note})
	has(t, note, got, append(head, "不算打通", "例行回访先停，", "通知 #N1 不算转告到，查通知时会写王奶奶不在家。")...)
	lacks(t, note, got, "已通", "已记为收到通知")
	k := c.lastCall("王奶奶")
	if k.Outcome != village.OutcomeMissed || k.Status != village.CallAway || k.AwayUntil.IsZero() {
		t.Errorf("%s: her call %+v, want not reached, away, paused", note, k)
	}
	has(t, "chase list", c.office("查 #N1"), "王奶奶户（不在家，王五说）")

	c = noticeList70(t)
	got = c.private("王五", note+" 电话打通了 通知说了")
	has(t, "reached", got, "王五: 已记录：王奶奶 已通", "已记为收到通知 #N1")
	if k := c.lastCall("王奶奶"); k.Outcome != village.OutcomeReached {
		t.Errorf("%s: her call %+v, want reached", note, k)
	}
	lacks(t, "reached: counted", c.office("查 #N1"), "王奶奶户")
}
