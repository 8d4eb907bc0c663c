package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// correctionsIn are the ranking corrections among got, by chat.
func correctionsIn(got []string) map[string][]string {
	out := map[string][]string{}
	for _, m := range got {
		if chat, text, ok := strings.Cut(m, ": "); ok && strings.Contains(text, "年度积分排行更正】") {
			out[chat] = append(out[chat], text)
		}
	}
	return out
}

// TestLateReviewsOneCorrection: a scorer approving three of December's
// late claims one after another in January, a minute apart, corrects the
// archived 2026 ranking three times; the group and the office hear one
// 【年度积分排行更正】 each, naming the three items, the ranking said once
// (pts96). Before, three posts within a minute, each the whole ranking.
// A review after the post went is a post of its own.
func TestLateReviewsOneCorrection(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 28, 10, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 今天帮五保户王奶奶打扫院子 证明人 王五")
	b.say("陈二", "申请积分 今天帮五保户王奶奶挑水 证明人 王五")
	b.say("刘芳", "申请积分 今天帮五保户王奶奶打扫院子 证明人 王五")
	b.say("胡秀芝", "申请积分 今天帮五保户王奶奶挑水 证明人 王五")
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	var got []string
	for _, c := range []string{"#C1", "#C2", "#C3"} {
		replies := b.say("赵六", "同意 "+c)
		has(t, "the approval of "+c, replies, c+" 已通过")
		if n := len(correctionsIn(replies)); n != 0 {
			t.Errorf("同意 %s: %d corrections at once, want them held: %q", c, n, replies)
		}
		got = append(got, replies...)
	}
	got = append(got, b.held()...)
	fixes := correctionsIn(got)
	for _, chat := range []string{g3, "青山镇网格工作群"} {
		if len(fixes[chat]) != 1 {
			t.Fatalf("%s: %d corrections, want one for the three reviews: %q", chat, len(fixes[chat]), fixes[chat])
		}
	}
	has(t, "the group's correction", fixes[g3], "本群 #C1、#C2、#C3 这 3 项2026年申请的积分年终结算后才审核通过", "2026年年终排行已更正：\n1. ")
	has(t, "the office's correction", fixes["青山镇网格工作群"], "#C1 张三户·张三「", "」、#C2 陈二户·陈二「", "」、#C3 张三户·刘芳「", "」这 3 项2026年申请的积分")
	if n := strings.Count(fixes[g3][0], "户均"); n != 2 {
		t.Errorf("the ranking said %d times over two households, want once: %s", n, fixes[g3][0])
	}

	// the post went: a later review is told on its own
	b.now = b.now.Add(10 * time.Minute)
	later := append(b.say("赵六", "同意 #C4"), b.held()...)
	fixes = correctionsIn(later)
	has(t, "the later correction", fixes[g3], "本群 #C4 这项2026年申请的积分")
	lacks(t, "the later correction", fixes[g3], "#C1", "#C3")
}

// TestLateReviewBurstBounded: reviews a minute and a half apart keep the
// post held (each moves it two minutes on), but not past correctionSpan
// (10 minutes) after the first: the village is not kept waiting by a
// scorer reviewing all morning. The post names the items reviewed until
// then; the next review starts a post of its own.
func TestLateReviewBurstBounded(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 28, 10, 0, 0, 0, b.now.Location())
	for i, who := range []string{"张三", "陈二", "刘芳", "胡秀芝"} {
		b.say(who, fmt.Sprintf("申请积分 12月%d日帮五保户王奶奶打扫院子 证明人 王五", 20+i))
		b.say(who, fmt.Sprintf("申请积分 12月%d日帮五保户王奶奶挑水 证明人 王五", 24+i))
	}
	archive2026(t, b)
	b.now = time.Date(2027, 1, 3, 10, 0, 0, 0, b.now.Location())
	var got []string
	posted := -1
	for i := range 8 {
		got = append(got, b.say("赵六", fmt.Sprintf("同意 #C%d", i+1))...)
		if posted < 0 && len(correctionsIn(got)[g3]) > 0 {
			posted = i
		}
		b.now = b.now.Add(30 * time.Second) // with say's minute: 1.5 apart
	}
	got = append(got, b.held()...)
	has(t, "the approvals", got, "#C8 已通过")
	if posted != 7 {
		t.Fatalf("the first correction went after review %d, want after the 7th (10 minutes after the first): %q", posted+1, got)
	}
	fixes := correctionsIn(got)[g3]
	if len(fixes) != 2 {
		t.Fatalf("%d corrections, want the burst's and the 8th's: %q", len(fixes), fixes)
	}
	has(t, "the burst", fixes[:1], "本群 #C1、#C2、#C3、#C4、#C5、#C6、#C7 这 7 项")
	has(t, "the next", fixes[1:], "本群 #C8 这项")
}

// TestRejectForPhotoWhileAwaited: 张三's claim needing a photo was told
// 「照片…24小时内都行」; 赵六's 「驳回 #C1 没有照片」 a minute later is asked
// (「照片还可以在24小时内补…要等等吗？…回「1」」), nothing rejected; his
// 「1」 rejects it. The photo coming instead is attached to the claim still
// pending. Past the 24 hours, or another reason, rejects at once (pts96).
func TestRejectForPhotoWhileAwaited(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "the claim", b.say("张三", "申请积分 打扫院子 有照片"), "24小时内都行")
	got := b.say("赵六", "驳回 #C1 没有照片")
	has(t, "asked", got, "#C1 张三户·张三「", "的照片还可以在24小时内补", "要等等吗？", "现在就驳回请回「1」")
	lacks(t, "asked", got, "没有通过")
	if c := b.claim("C1"); c.Status != village.ClaimPending {
		t.Fatalf("C1 %s after the question, want pending", c.Status)
	}
	got = b.say("赵六", "1")
	has(t, "the 1", got, "没有通过")
	if c := b.claim("C1"); c.Status != village.ClaimRejected || c.Reason != "没有照片" {
		t.Fatalf("C1 %s %q after 「1」, want rejected for 没有照片", c.Status, c.Reason)
	}

	// another reason, or the wait over: at once
	b.say("陈二", "申请积分 打扫院子 有照片")
	has(t, "another reason", b.say("赵六", "驳回 #C2 不是公共区域"), "没有通过")
	b.say("刘芳", "申请积分 打扫院子 有照片")
	b.now = b.now.Add(25 * time.Hour)
	has(t, "after the wait", b.say("赵六", "驳回 #C3 没有照片"), "没有通过")
}

// TestCappedRejectionStatus: 查 #C4 of a claim rejected because its
// yearly cap was full says that cap (the item, 30 分 a year, this year)
// and when to claim again, to the claimant and to the scorer, not 「补齐
// 材料后可以重新申请」 nor the scorer's 「加分」 that the cap would refuse
// (pts96). The cap is kept on the claim: 查 reads no account.
func TestCappedRejectionStatus(t *testing.T) {
	b := fourFinds(t, 2027, time.January, 3)
	b.say("赵六", "驳回 #C4 已达上限")
	if c := b.claim("C4"); c.CapFull != "year" {
		t.Fatalf("C4 cap %q, want year", c.CapFull)
	}
	b.now = b.now.AddDate(0, 1, 0) // a month on: 今年 still
	for _, who := range []string{"张三", "赵六"} {
		got := b.say(who, "查 #C4")
		has(t, who+"'s 查", got, "此项今年已到上限（每年最多 30 分），2028年1月1日起可以再申请。")
		lacks(t, who+"'s 查", got, "补齐材料", "直接记上")
	}
}
