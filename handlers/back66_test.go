package handlers_test

import (
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// callOf is the last call logged to person in 青山村.
func callOf(t *testing.T, c *chat, person string) village.Call {
	t.Helper()
	calls, err := c.st.Calls(t.Context(), village3, storage.CallsAll)
	if err != nil {
		t.Fatal(err)
	}
	var last village.Call
	for _, x := range calls {
		if x.Person == person && !x.LoggedAt.Before(last.LoggedAt) {
			last = x
		}
	}
	return last
}

// TestMissedButInHospital: 「没打通 住院了」 is no call that got through:
// it stays 未接通, closed as away (no try tomorrow, no visit asked) with
// her calls paused till the day named (下周回来: next Monday). A guess
// (「听说住院了」) is a plain miss and asks who said it; the family's word
// sent after it the same day pauses her calls.
func TestMissedButInHospital(t *testing.T) {
	c := newChat(t, understand.Rules{}) // Monday 2 March
	got := c.private("王五", "回访 王奶奶 没打通 住院了 下周回来")
	has(t, "not reached, paused", got, "已记录：王奶奶 未接通", "（没和王奶奶本人通上话，不算打通），明天不用再打", "3月9日起再提醒您打")
	lacks(t, "no retry", got, "已通", "会提醒您再打；")
	if x := callOf(t, c, "王奶奶"); x.Status != village.CallAway || x.Outcome != village.OutcomeMissed || x.AwayUntil.Day() != 9 {
		t.Errorf("王奶奶's call %+v, want closed as away, missed, till 9 March", x)
	}

	got = c.private("王五", "回访 石德贵 未接通 听说住院了")
	has(t, "a guess", got, "石德贵 未接通（第 1 次）", "明天", "「听说住院了」还不确定，回访先不停", "「回访 石德贵 未接通 家里人说住院了」")
	if x := callOf(t, c, "石德贵"); x.Status != village.CallOpen || !x.AwayUntil.IsZero() {
		t.Errorf("石德贵's call %+v, want open, not paused", x)
	}
	got = c.private("王五", "回访 石德贵 未接通 他儿子说他住院了 15号出院")
	has(t, "the family's word", got, "石德贵住院的事已记在这次回访里", "3月15日起再提醒您打")
	lacks(t, "not a repeat", got, "一天打不通只算一次")
	if x := callOf(t, c, "石德贵"); x.Status != village.CallAway || x.Misses != 1 || x.AwayUntil.Day() != 15 {
		t.Errorf("石德贵's call %+v, want closed as away, one miss, till 15 March", x)
	}
}

// TestLeaderListsSayWhoIsAway: while 王五 is away, 李四's 待办 and 回访
// say so, 回访 lists 王五's open call as his to make (代王五打), and the
// month's coverage notes 王五's absence beside his elders.
func TestLeaderListsSayWhoIsAway(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	lacks(t, "not away yet", c.private("李四", "待办"), "不在，王五的回访电话")
	c.private("李四", "王五请假到下周一")
	has(t, "待办", c.private("李四", "待办"), "王五到3月9日不在，王五的回访电话在您这里。")
	has(t, "回访", c.private("李四", "回访"), "王奶奶 13900000001（代王五打，", "王五到3月9日不在，王五的回访电话在您这里。")
	has(t, "coverage", c.private("李四", "回访覆盖率多少"), "王五负责，王五3月2日至3月9日请假，李四代打，")
	c.now = c.now.Add(24 * time.Hour)
	c.private("李四", "王五回来了")
	lacks(t, "back", c.private("李四", "待办"), "不在，王五的回访电话")
	has(t, "the month still says it", c.private("李四", "回访覆盖率多少"), "王五负责，王五3月2日请假，李四代打，")
}
