package handlers_test

import (
	"testing"
	"time"
)

// fourFinds is the example bot with four 拾金不昧 claims of 张三's (#C1–#C4,
// one a day from the day after from), the item capped at 30 a year: the
// first three approved at 10 fill the cap, the fourth still pending.
func fourFinds(t *testing.T, from time.Time) *pointsBot {
	t.Helper()
	b := examplePointsBot(t)
	b.now = from
	for _, deed := range []string{"捡到钱包交还失主", "捡到手机还给了失主", "捡到一袋化肥送回给老李家", "捡到身份证交到村委会"} {
		b.now = b.now.Add(24 * time.Hour)
		has(t, "claimed", b.say("张三", "申请积分 拾金不昧 "+deed+" 证明人 王五"), "已登记积分申请")
	}
	for _, id := range []string{"#C1", "#C2", "#C3"} {
		has(t, "approved", b.say("赵六", "同意 "+id+" 10"), id+" 已通过")
	}
	return b
}

// TestClosedYearCapRestarts (pts93): a claim of December rejected in
// January for the closed year's full cap says that year's cap is full
// and this year's claims count again: not 「明年可以再申请」, the new year
// having begun. 同意 names the year of the cap too. Before, the rejection
// read the cap of January (empty) and asked for papers.
func TestClosedYearCapRestarts(t *testing.T) {
	b := fourFinds(t, time.Date(2026, 12, 20, 10, 0, 0, 0, time.Local))
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	has(t, "approving over the cap", b.say("赵六", "同意 #C4 10"), "「拾金不昧」张三2026年上限30分，已经给满了，请「驳回 #C4 已达上限」。")
	got := b.say("赵六", "驳回 #C4 已达上限")
	has(t, "closed year's cap", got, "这项是2026年申请的，2026年的年终排行不变。",
		"此项2026年已到上限（每年最多 30 分），上限每年重新算，2027年的可以照常申请。")
	lacks(t, "closed year's cap", got, "明年", "补齐材料", "今年")
}

// TestThisYearCapSaysWhen (pts93): a January claim rejected for this
// year's full cap says the day the cap restarts, with its year.
func TestThisYearCapSaysWhen(t *testing.T) {
	b := fourFinds(t, time.Date(2027, 1, 3, 10, 0, 0, 0, time.Local))
	got := b.say("赵六", "驳回 #C4 已达上限")
	has(t, "this year's cap", got, "此项今年已到上限（每年最多 30 分），2028年1月1日起可以再申请。")
	lacks(t, "this year's cap", got, "明年", "补齐材料", "年终排行")
}
