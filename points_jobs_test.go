package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gridbot/village"
)

// replayOut replays a transcript on the points configuration and returns
// the texts sent, each as "to: text", and the state.
func replayOut(t *testing.T, input string) ([]string, state) {
	t.Helper()
	_, outs, st := replayConfig(t, pointsConfig(t, "pts"), redisOrMemory(t), []byte(input))
	var out []string
	for _, o := range outs {
		out = append(out, o.At+" "+o.To+": "+o.Text)
	}
	return out, st
}

// expectOut checks that some output line contains each of want.
func expectOut(t *testing.T, out []string, want ...string) {
	t.Helper()
	joined := strings.Join(out, "\n")
	for _, w := range want {
		if !strings.Contains(joined, w) {
			t.Errorf("output lacks %q:\n%s", w, joined)
		}
	}
}

// expectNoLine checks that no output line starting with prefix ("" for
// any) contains unwanted; what says what such a line would mean.
func expectNoLine(t *testing.T, out []string, prefix, unwanted, what string) {
	t.Helper()
	for _, l := range out {
		if strings.HasPrefix(l, prefix) && strings.Contains(l, unwanted) {
			t.Errorf("%s: %s", what, l)
		}
	}
}

// objectedAtYearEnd: #C1 (张三户 +20, 三组) is under objection at the
// year end.
const objectedAtYearEnd = `
{"at":"2026-11-02T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 20"}
{"at":"2026-11-02T09:01:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 陈二 志愿服务 10"}
{"at":"2026-11-02T09:02:00+08:00","chat":"青山村一组网格群","from":"赵六","text":"加分 唐国平 志愿服务 2"}
{"at":"2026-12-01T09:00:00+08:00"}
{"at":"2026-12-03T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"异议 #C1 张三没去"}
{"at":"2026-12-31T18:00:00+08:00"}
`

// TestYearEndObjectedPerHousehold: points under objection at the year
// end are left out of the archived total; the post says so for the
// household (「另有有异议待定的 N 分（未计入）」) and the archive keeps the
// figure per household (TestYearEndCorrectedBySettlement: settling clears it).
func TestYearEndObjectedPerHousehold(t *testing.T) {
	out, st := replayOut(t, objectedAtYearEnd+`
{"at":"2027-01-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"积分排行 2026"}
`)
	expectOut(t, out, "青山村三组网格群: 【2026年度积分排行】", "（10分/", "\n张三户另有有异议待定的 20 分（未计入）。\n积分荣誉户（暂定）：",
		"#C1 还有异议在核实，以上排行和荣誉户暂定", "青山村一组网格群: 【2026年度积分排行】")
	expectNoLine(t, out, "2026-12-31T18:00:00+08:00 青山村一组网格群", "另有有异议待定", "another grid hears of a household's objected points")
	expectOut(t, out, "2027-01-02T09:00:00+08:00 青山村三组网格群: 青山村2026年年终积分排行（暂定，按户均分）：",
		"您家2026年户总分 0 分。另有有异议待定的 20 分（未计入）。\n#C1 还有异议在核实")
	if len(st.Rankings) != 1 || !maps.Equal(st.Rankings[0].Objected, map[string]int{"QS-301": 20}) {
		t.Errorf("archive %+v, want QS-301's 20 objected points kept", st.Rankings)
	}
}

// TestYearEndCorrectedBySettlement: an objection still open at the year's
// end and upheld in January puts the household back into the archived
// ranking and honours; a December item revoked in January takes it out.
// Both tell every group and the township.
func TestYearEndCorrectedBySettlement(t *testing.T) {
	t.Run("upheld", func(t *testing.T) {
		out, st := replayOut(t, objectedAtYearEnd+`
{"at":"2027-01-03T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"维持 #C1"}
{"at":"2027-01-03T09:02:00+08:00","chat":"青山村三组网格群","from":"张三","text":"积分排行 2026"}
`)
		expectOut(t, out,
			"#C1 还有异议在核实，以上排行和荣誉户暂定",
			"青山村一组网格群: 【2026年度积分排行更正】青山村：经评分小组核实，2026年的一项积分维持原评分，2026年年终排行已按核实结果更正：",
			"青山村三组网格群: 【2026年度积分排行更正】青山村：经评分小组核实，本群公示的 #C1 维持原评分，",
			"青山镇网格工作群: 【2026年度积分排行更正】青山村：#C1 张三户·张三「参加志愿服务活动」经核实维持",
			"积分荣誉户更正为：张三户、陈二户、唐国平户（原为：陈二户、唐国平户）",
			"2027-01-03T09:02:00+08:00 青山村三组网格群: 青山村2026年年终积分排行（按户均分）：\n1. 张三户 户均 6.7 分（20分/3人）",
			"您家（张三户）排第 1 名")
		if len(st.Rankings) != 1 || !slices.Equal(st.Rankings[0].Honours, []string{"QS-301", "QS-302", "QS-105"}) || len(st.Rankings[0].Open) != 0 ||
			len(st.Rankings[0].Objected) != 0 {
			t.Errorf("archive %+v, want honours QS-301, QS-302, QS-105 and nothing open or objected", st.Rankings)
		}
		expectNoLine(t, out, "", "青山村二组网格群: 【2026年度积分排行更正】", "a grid that had no year-end post gets its correction")
	})
	t.Run("revoked", func(t *testing.T) {
		out, st := replayOut(t, inGrid3(
			[3]string{"2026-12-10T10:00", "赵六", "加分 张三 志愿服务 20"},
			[3]string{"2026-12-10T10:01", "赵六", "加分 陈二 志愿服务 10"},
			[3]string{"2026-12-31T18:00"},
			[3]string{"2027-01-01T09:00"},
			[3]string{"2027-01-02T10:00", "陈二", "异议 #C1 张三没去"},
			[3]string{"2027-01-02T10:01", "赵六", "撤销 #C1 核实没去"},
			[3]string{"2027-01-02T10:02", "陈二", "积分排行 2026"},
			[3]string{"2027-01-02T10:03", "陈二", "@网格小助手 各村积分 2026"}))
		expectOut(t, out,
			"2027-01-02T10:03:00+08:00 青山村三组网格群: 全镇2026年年终各村积分",
			"2026年还有积分在公示或待核实，以上暂定，确定后可能更正。",
			"积分荣誉户（暂定）：张三户、陈二户，祝贺！", "另有 2 项积分将于1月1日公示，荣誉户要等这些积分公示期满才最终确定；公示期内如有异议",
			"积分荣誉户更正为：陈二户（原为：张三户、陈二户）",
			// C2 is still in 公示: the archived ranking says it is provisional
			"2027-01-02T10:02:00+08:00 青山村三组网格群: 青山村2026年年终积分排行（暂定，按户均分）：\n1. 陈二户 户均 2.5 分（10分/4人）\n您家（陈二户）排第 1 名",
			"2026年还有积分在公示或待核实，以上排行和荣誉户暂定；都确定后会在群里说。")
		if len(st.Rankings) != 1 || !slices.Equal(st.Rankings[0].Honours, []string{"QS-302"}) {
			t.Errorf("archive %+v, want honours QS-302", st.Rankings)
		}
		expectNoLine(t, out, "2027-01-02T10:01:00+08:00 青山村一组网格群", "张三户·张三「", "another grid's group hears whose item was revoked")
	})
	// A deduction revoked after the year's end, of a household the
	// ranking did not show: the archive is corrected, and nothing is
	// posted, least of all the household's revoked deduction to every
	// group of the village.
	t.Run("unchanged", func(t *testing.T) {
		out, st := replayOut(t, inGrid3(
			[3]string{"2026-12-10T10:00", "赵六", "加分 张三 志愿服务 20"},
			[3]string{"2026-12-10T10:01", "赵六", "扣分 陈二 焚烧秸秆"},
			[3]string{"2026-12-31T18:00"},
			[3]string{"2027-01-01T09:00"},
			[3]string{"2027-01-02T10:00", "陈二", "异议 #C2 我没烧"},
			[3]string{"2027-01-02T10:01", "赵六", "撤销 #C2 核实是外村人所烧"}))
		expectNoLine(t, out, "", "积分排行更正", "a correction posted though the ranking shown did not change")
		if len(st.Rankings) != 1 || len(st.Rankings[0].Corrected) != 1 {
			t.Errorf("archive %+v, want C2's correction recorded", st.Rankings)
		}
	})
}

// TestHonoursSettledBySettlement: December's items, published on 1
// January, close their 公示 on the 8th with one still under objection;
// the scorer's 维持 (or 撤销) of it at 10:00 is the year's last, so the
// honours named 暂定 at the year's end are settled in its commit: the
// village and the township hear it at once, 积分排行 2026 no longer says
// 暂定, and the next day's finalise run says nothing more.
func TestHonoursSettledBySettlement(t *testing.T) {
	for _, tt := range []struct{ name, verb, want string }{
		{"upheld", "维持 #C2", "荣誉户最终确定：张三户、陈二户，和年终公布的暂定名单一样"},
		{"revoked", "撤销 #C2 核实那天不在村里", "荣誉户最终确定：张三户（年终暂定的是张三户、陈二户，已按核实结果更正）"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, st := replayOut(t, inGrid3(
				[3]string{"2026-12-03T09:00", "赵六", "加分 张三 拾金不昧 10"},
				[3]string{"2026-12-03T09:01", "赵六", "加分 陈二 拾金不昧 10"},
				[3]string{"2026-12-31T18:00"},
				[3]string{"2027-01-01T09:05", "李四", "异议 #C2 那天他不在村里"},
				[3]string{"2027-01-08T10:00", "赵六", tt.verb},
				[3]string{"2027-01-08T10:01", "张三", "积分排行 2026"},
				[3]string{"2027-01-09T09:30"}))
			expectOut(t, out,
				"【2026年积分荣誉户已确定】青山村2026年的积分都已公示期满、核实完毕，"+tt.want,
				"【2026年积分荣誉户已确定】各户积分都已公示期满、核实完毕：\n青山村荣誉户：张三户",
				"2027-01-08T10:01:00+08:00 青山村三组网格群: 青山村2026年年终积分排行（按户均分）")
			expectNoLine(t, out, "2027-01-08T10:01:00+08:00", "暂定", "the ranking still 暂定 after the year's last settlement")
			var told int
			for _, l := range out {
				if strings.HasPrefix(l, "2027-01-08T10:00:00+08:00 青山村三组网格群: ") && strings.Contains(l, "【2026年积分荣誉户已确定】") ||
					strings.HasPrefix(l, "2027-01-09") && strings.Contains(l, "荣誉户已确定") {
					told++
				}
			}
			if told != 1 {
				t.Errorf("三组 told %d times that the honours are settled, want once, at the settlement:\n%s", told, strings.Join(out, "\n"))
			}
			if len(st.Rankings) != 1 || st.Rankings[0].Settled != "2027-01-08T10:00:00+08:00" {
				t.Errorf("archive %+v, want settled at the settlement", st.Rankings)
			}
		})
	}
}

// TestDeductionRevokedWhileAnotherIsFrozen: 张三户's December award and
// deduction are both objected to on 1 January, and the deduction is
// revoked: the archived ranking takes the deduction out of 张三户's year
// total and nothing else. Before, it took the total from the household's
// account, where the award was frozen meanwhile, and told every group
// that 张三户 had lost its honour because its deduction was revoked.
func TestDeductionRevokedWhileAnotherIsFrozen(t *testing.T) {
	out, st := replayOut(t, inGrid3(
		[3]string{"2026-12-03T09:00", "赵六", "加分 张三 拾金不昧 10"},
		[3]string{"2026-12-03T09:01", "赵六", "扣分 张三 焚烧秸秆 村口田里"},
		[3]string{"2026-12-03T09:02", "赵六", "加分 陈二 拾金不昧 10"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2027-01-01T09:05", "李四", "异议 #C1 那天他不在村里"},
		[3]string{"2027-01-01T09:06", "张三", "异议 #C2 秸秆不是我烧的"},
		[3]string{"2027-01-01T09:07", "赵六", "撤销 #C2 核实是外村人所烧"}))
	expectNoLine(t, out, "", "积分荣誉户更正为：陈二户（", "张三户 lost its honour when its deduction was revoked")
	if len(st.Rankings) != 1 {
		t.Fatalf("archives %+v, want 2026's", st.Rankings)
	}
	// the award, objected to after the year end, is frozen out of the
	// archive as one open at the year end would be (shop64)
	if got := st.Rankings[0].Objected["QS-301"]; got != 10 {
		t.Errorf("张三户's frozen points %d, want the award's 10", got)
	}
	for _, s := range st.Rankings[0].Standings {
		if s.Household == "QS-301" && s.Total != 0 {
			t.Errorf("张三户's archived total %d, want 0 (the award frozen, no deduction)", s.Total)
		}
	}
}

// TestHonoursReorderedNotChanged: revoking 陈二户's big award in January
// puts 张三户 above it, but the same two households are honoured: the
// correction says the honours are unchanged and the settled post that
// they are as named 暂定, not "更正为：张三户、陈二户（原为：陈二户、张三户）",
// which reads to a villager as if someone lost the honour.
func TestHonoursReorderedNotChanged(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-12-03T09:00", "赵六", "加分 陈二 见义勇为 200 救了落水儿童"},
		[3]string{"2026-12-03T09:01", "赵六", "加分 陈二 拾金不昧 10"},
		[3]string{"2026-12-03T09:02", "赵六", "加分 张三 拾金不昧 10"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2027-01-01T09:05", "张三", "异议 #C1 救人的是他儿子"},
		[3]string{"2027-01-08T10:00", "赵六", "撤销 #C1 核实救人的是他儿子"}))
	expectOut(t, out, "1. 张三户 户均 3.3 分", "积分荣誉户不变：张三户、陈二户。", "荣誉户最终确定：张三户、陈二户，和年终公布的暂定名单一样")
	expectNoLine(t, out, "", "更正为", "the same honours told as corrected")
}

// inGrid3 is a transcript of messages in 三组's group: at (Beijing time,
// to the minute), from, text; a line without from only moves the clock.
func inGrid3(lines ...[3]string) string {
	var b strings.Builder
	for _, l := range lines {
		at := l[0] + ":00+08:00"
		if l[1] == "" {
			fmt.Fprintf(&b, "{\"at\":%q}\n", at)
			continue
		}
		fmt.Fprintf(&b, "{\"at\":%q,\"chat\":\"青山村三组网格群\",\"from\":%q,\"text\":%q}\n", at, l[1], l[2])
	}
	return b.String()
}

// TestClearingWarnedAfterReminder: points that become redeemable after
// the 1 December reminder are warned of the clearing in the 生效 post, and
// the reminder counts households whose points are still in 公示. The 公示,
// posted two hours late (the replay's clock jumps to 11:00), still closes
// at 09:00 on 8 December, when that day's finalise makes it final.
func TestClearingWarnedAfterReminder(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-11-02T09:00", "赵六", "加分 陈二 志愿服务 10"},
		[3]string{"2026-12-01T11:00"},
		[3]string{"2026-12-08T09:00"}))
	expectOut(t, out,
		"到12月8日 09:00止",
		"【积分清零提醒】本年没兑换的积分将于12月31日 18:00清零，请及时到积分超市兑换。\n另有 1 户的积分正在公示",
		"青山村三组网格群: 【积分生效】2026年11月公示期已满，无异议的 1 项已生效（共 +10 分）",
		"注意：没兑换的积分将于12月31日 18:00年终清零，刚生效的也一样，请在此之前兑换。")
	for _, o := range out {
		if strings.Contains(o, "【积分生效】") && !strings.Contains(o, "年终清零") {
			t.Errorf("生效 post after the reminder without the clearing date: %s", o)
		}
	}
}

// TestReminderLeavesOutDecemberApprovals: points approved on 1 December
// after that day's 公示 are published only on 1 January, after the
// clearing: the reminder does not count them as in 公示 or ask that they
// be redeemed before the clearing, but says they are not cleared.
func TestReminderLeavesOutDecemberApprovals(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-11-02T09:00", "赵六", "加分 陈二 志愿服务 10"},
		[3]string{"2026-12-01T09:30", "赵六", "加分 张三 志愿服务 10"},
		[3]string{"2026-12-01T11:00"}))
	expectOut(t, out,
		"另有 1 户的积分正在公示，生效后（群里会通知）也请在清零前兑换。\n另有 1 户的积分是12月1日以后审核通过的，清零后才公示，不会被清零，生效后照常可以兑换。")
	expectNoLine(t, out, "", "另有 2 户的积分正在公示", "the reminder counts points published after the clearing as in 公示")
}

// TestAllFrozenBatchAnnounced: when every item of a 公示 is frozen at its
// deadline the group still hears what happened, once.
func TestAllFrozenBatchAnnounced(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-03-02T09:00", "赵六", "加分 张三 志愿服务 10"},
		[3]string{"2026-03-02T09:01", "赵六", "加分 陈二 志愿服务 10"},
		[3]string{"2026-04-01T10:00"},
		[3]string{"2026-04-02T09:00", "王五", "异议 #C1 没去"},
		[3]string{"2026-04-02T09:01", "王五", "异议 #C2 也没去"},
		[3]string{"2026-04-12T10:00"}))
	expectOut(t, out, "青山村三组网格群: 【积分公示期满】2026年3月公示期已满，这次没有积分生效。\n#C1、#C2 有异议，评分小组核实后另行通知。")
	if n := strings.Count(strings.Join(out, "\n"), "有异议，评分小组核实后另行通知"); n != 1 {
		t.Errorf("the frozen items were announced %d times, want once:\n%s", n, strings.Join(out, "\n"))
	}
}

// TestUnredeemAfterYearEndRefused (QA round 4, N7): a redemption undone
// after the year-end clearing would bring back cleared points: refused,
// and nothing becomes redeemable in the new year.
func TestUnredeemAfterYearEndRefused(t *testing.T) {
	out, st := replayOut(t, inGrid3(
		[3]string{"2026-03-02T09:00", "赵六", "加分 张三 志愿服务 20"},
		[3]string{"2026-04-01T09:00"},
		[3]string{"2026-04-08T09:00"},
		[3]string{"2026-12-31T17:00", "周八", "兑换 张三 洗衣液 1"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2026-12-31T19:00", "周八", "撤销兑换 #L3"},
		[3]string{"2027-01-02T09:00", "张三", "我的积分"}))
	expectOut(t, out, "已兑换 #D1", "#D1 是2026年的兑换，2026年的积分年终已结算，不能撤销了", "张三户2027年还没有积分") // its 0 to spend is not said in the group
	for _, e := range st.Ledger {
		if e.Event == village.EventRefund {
			t.Errorf("refund booked after the year-end clearing: %+v", e)
		}
	}
}

// TestUpheldLateWarnsOfClearing (QA round 4, N12 and N11): an item upheld in
// December after its window becomes redeemable at once: the group hears
// of the clearing and the household is told privately. An item upheld
// within its window is not counted as 无异议 in the 生效 post.
func TestUpheldLateWarnsOfClearing(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-11-02T09:00", "赵六", "加分 张三 志愿服务 20"},
		[3]string{"2026-11-02T09:01", "赵六", "加分 陈二 志愿服务 10"},
		[3]string{"2026-11-02T09:02", "赵六", "加分 王五 志愿服务 10"},
		[3]string{"2026-12-01T11:00"},
		[3]string{"2026-12-03T09:00", "陈二", "异议 #C1 张三没去"},
		[3]string{"2026-12-03T09:01", "张三", "异议 #C3 王五没去"},
		[3]string{"2026-12-04T09:00", "赵六", "维持 #C3"},
		[3]string{"2026-12-08T09:00"},
		[3]string{"2026-12-20T09:30", "赵六", "维持 #C1"}))
	expectOut(t, out,
		"公示期已满，2 项已生效（其中 1 项有异议，经核实维持）",
		"#C1 经核实维持原评分：张三户·张三「参加志愿服务活动」+20分。公示期已过，现在生效。\n注意：没兑换的积分将于12月31日 18:00年终清零",
		"张三: 【积分通知】#C1「参加志愿服务活动」的异议经核实，维持原评分+20分，现在已生效，可以到积分超市兑换了。\n注意：没兑换的积分将于12月31日 18:00年终清零")
}

// TestAnnouncedBeforeReplies: what a points job announces while the bot
// catches up after downtime goes out before the reply to a message that
// acts on it — the outbox sends both in the order they happened, not the
// reply first: points that became final (【积分生效】) before the
// redemption that spends them, a 公示 list before the objection to one of
// its items.
func TestAnnouncedBeforeReplies(t *testing.T) {
	// 20 points for 张三 in March: published on April 1st, final on the 8th
	const award = `{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 20"}
`
	for _, tc := range []struct {
		name, input, first, then string
	}{{
		name: "final before a redemption",
		input: award + `{"at":"2026-04-01T09:00:00+08:00"}
{"at":"2026-04-09T10:00:00+08:00","chat":"青山村三组网格群","from":"周八","text":"兑换 张三 洗衣液 1"}`,
		first: "青山村三组网格群: 【积分生效】", then: "青山村三组网格群: 已兑换",
	}, {
		name: "公示 before an objection",
		input: award + `{"at":"2026-03-31T18:00:00+08:00"}
{"at":"2026-04-01T10:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"异议 #C1 那天他不在村里"}`,
		first: "青山村三组网格群: 【积分公示】", then: "青山村三组网格群: 已收到对 #C1",
	}, {
		// down from before the year-end run until after January's 公示:
		// the ranking that says the 公示 follows comes first
		name: "year-end ranking before January's 公示",
		input: `{"at":"2026-12-02T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 20"}
{"at":"2026-12-31T12:00:00+08:00"}
{"at":"2027-01-01T10:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我的积分"}`,
		first: "青山村三组网格群: 【2026年度积分排行】", then: "青山村三组网格群: 【积分公示】",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			out, _ := replayOut(t, tc.input)
			i := slices.IndexFunc(out, func(o string) bool { return strings.Contains(o, tc.first) })
			j := slices.IndexFunc(out, func(o string) bool { return strings.Contains(o, tc.then) })
			if i < 0 || j < 0 || i > j {
				t.Errorf("%q at %d, %q at %d; want both, in that order:\n%s", tc.first, i, tc.then, j, strings.Join(out, "\n"))
			}
		})
	}
}

// TestFinalRevokedWithinYear: a final item found wrong after its window
// (an 异议 too late to freeze it is passed to the scorer privately) is
// taken back by 撤销 while its year is open: the household is told, points
// already spent are owed; after the year-end run it can no longer be.
func TestFinalRevokedWithinYear(t *testing.T) {
	out, st := replayOut(t, inGrid3(
		[3]string{"2026-03-02T09:00", "赵六", "加分 陈二 义务劳动 6 修路"},
		[3]string{"2026-03-02T09:01", "赵六", "加分 张三 义务劳动 8 修路"},
		[3]string{"2026-04-01T09:00"},
		[3]string{"2026-04-08T09:00"},
		[3]string{"2026-04-09T09:00", "周八", "兑换 陈二 香皂 1"},
		[3]string{"2026-04-09T09:01", "张三", "异议 #C1"},
		[3]string{"2026-04-09T09:02", "张三", "异议 #C1 陈二那天没去修路"},
		[3]string{"2026-04-09T09:03", "赵六", "维持 #C1"},
		[3]string{"2026-04-09T09:04", "赵六", "撤销 #C1 核实陈二那天没去"},
		[3]string{"2026-04-09T09:05", "陈二", "我的积分"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2026-12-31T19:00", "赵六", "撤销 #C2 核实张三那天没去"},
		[3]string{"2026-12-31T19:01", "赵六", "维持 #C2"}))
	expectOut(t, out,
		"青山村三组网格群: #C1 的公示期已在4月8日 09:00结束，不能再提异议了。如确有问题，请写上理由再发",
		"青山村三组网格群: #C1 的公示期已在4月8日 09:00结束，不能再提异议了。您的意见已私信转给赵六核实",
		"赵六: 【积分反映】#C1 陈二户·陈二「参加义务劳动、集体劳动」+6分，公示期已过，张三反映：陈二那天没去修路\n请核实：确有问题回复「撤销 #C1 理由」",
		"赵六: #C1 现在是「已生效」，公示期已过、积分已经生效，不用再「维持」。",
		"青山村三组网格群: #C1 已撤销：陈二户·陈二「参加义务劳动、集体劳动」+6分不再计入。理由：核实陈二那天没去。已生效的积分收回。",
		"陈二: 【积分通知】#C1 陈二的「参加义务劳动、集体劳动」+6分经核实已撤销（核实陈二那天没去），已生效的积分收回；已经兑换掉的，差的 5 分从以后生效的积分里扣。",
		"可兑换：0 分（今年已兑换 5 分）。撤销的积分里有 5 分已经兑换掉了，从以后生效的积分里扣。",
		"#C2 现在是「已生效」，公示期已过、积分已经生效，2026年的积分年终已结算，不能再撤销了。",
		// not offered the 撤销 the year end no longer allows
		"赵六: #C2 现在是「已生效」，公示期已过、积分已经生效，2026年的积分年终已结算，不能再改了。")
	for _, h := range st.Households {
		if h.ID == "QS-302" && (h.Total != 0 || h.Redeemable != -5) {
			t.Errorf("陈二户 after the revocation: total %d, redeemable %d; want 0 and -5", h.Total, h.Redeemable)
		}
	}
	for _, c := range st.Claims {
		if c.ID == "C2" && c.Status != string(village.ClaimFinal) {
			t.Errorf("C2 is %s after a refused 撤销, want final", c.Status)
		}
	}
}

// TestYearEndSaysWhatIsCleared: the year-end post says that only points
// already final and not spent are cleared — December's, still in 公示 at
// the reset, are not, and can be spent once final — and goes only to the
// grids where someone has points. (The bot runs on 1 and 8 December: the
// 公示 and the 生效 come on time, and the points can be spent before the
// clearing.)
func TestYearEndSaysWhatIsCleared(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-11-02T09:00", "赵六", "加分 陈二 志愿服务 10"},
		[3]string{"2026-12-01T09:00"},
		[3]string{"2026-12-08T09:00"},
		[3]string{"2026-12-10T10:00", "赵六", "加分 张三 志愿服务 20"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2027-01-01T09:00"},
		[3]string{"2027-01-12T10:00"},
		[3]string{"2027-01-12T10:05", "张三", "我的积分"}))
	expectOut(t, out,
		"青山村三组网格群: 【2026年度积分排行】",
		"已经生效、还没兑换的积分已按规定清零；待公示的积分不清零，生效后照常可以兑换。",
		"青山村三组网格群: 【积分生效】2026年12月公示期已满，无异议的 1 项已生效（共 +20 分），可以到积分超市兑换了")
	for _, n := range []string{"今年未兑换的积分已按规定清零", "青山村一组网格群: 【2026年度积分排行】", "青山村二组网格群: 【2026年度积分排行】"} {
		expectNoLine(t, out, "", n, "output contains "+strconv.Quote(n))
	}
}

// TestNewYearTellsLastYear: early in a year, 我的积分 shows zeros; it also
// says where last year's points went (rank, honour, and privately what
// the year end cleared), and a deduction disputed in words is answered
// by where it stands: final in an open year, then closed at its end.
func TestNewYearTellsLastYear(t *testing.T) {
	out, _ := replayOut(t, `
{"at":"2026-11-02T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 20"}
{"at":"2026-11-02T09:01:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"扣分 陈二 焚烧秸秆"}
{"at":"2026-12-01T09:00:00+08:00"}
{"at":"2026-12-09T09:00:00+08:00"}
{"at":"2026-12-10T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"凭什么扣我分 我没烧"}
{"at":"2026-12-31T18:00:00+08:00"}
{"at":"2027-01-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我的积分怎么没了"}
{"at":"2027-01-02T09:02:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"凭什么扣我分"}
{"at":"2027-01-02T09:03:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"积分排行"}
{"at":"2027-01-02T09:04:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"异议 #C1 他那天没去"}
`)
	expectOut(t, out,
		"2027-01-02T09:04:00+08:00 青山村三组网格群: #C1 的公示期已在2026年12月8日 09:00结束，不能再提异议了。2026年的积分年终已结算，不能再改了；如仍有疑问，请找村委会当面反映。",
		"2026-12-10T09:00:00+08:00 青山村三组网格群: 陈二，#C2 的公示期已在12月8日 09:00结束，扣分已生效。确有问题请回复「异议 #C2 理由」，会转给评分人赵六核实",
		"2027-01-02T09:00:00+08:00 张三: 张三户2027年还没有积分；2026年已年终结算：户总分 20 分，全村第 1 名，积分荣誉户，发「积分排行 2026」可查去年的排行。\n",
		"2026年没兑换的 20 分已在年终清零。",
		"2027-01-02T09:00:00+08:00 青山村三组网格群: 张三户2027年还没有积分。\n张三，可兑换积分、2026年的结算已私信发给您",
		"2027-01-02T09:02:00+08:00 青山村三组网格群: 陈二，#C2 是2026年的扣分，年终已结算，不能再改了；如仍有疑问，请找村委会当面反映。",
		"2027-01-02T09:03:00+08:00 青山镇网格工作群: 全镇2027年积分排行（按户均分）：\n还没有哪一户得分。2026年的年终排行请发「积分排行 2026」。\n")
	expectNoLine(t, out, "2027-01-02T09:00:00+08:00 青山村三组网格群", "清零", "what was cleared is told in the group")
}

// TestNewYearLastYearProvisional: 我的积分 names last year's honour 暂定
// while 积分排行 2026 does (December's points in 公示), and plainly once
// the finalise run has settled the honours.
func TestNewYearLastYearProvisional(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-12-03T09:00", "赵六", "加分 张三 拾金不昧 10"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2027-01-02T09:00", "张三", "积分排行 2026"},
		[3]string{"2027-01-02T09:01", "张三", "我的积分"},
		[3]string{"2027-01-09T09:30", "张三", "我的积分"}))
	expectOut(t, out,
		"2027-01-02T09:00:00+08:00 青山村三组网格群: 青山村2026年年终积分排行（暂定，按户均分）",
		"2027-01-02T09:01:00+08:00 张三: 张三户2027年还没有积分；2026年已年终结算：户总分 10 分，全村第 1 名，积分荣誉户（暂定：还有积分在公示或待核实，都确定后会在群里说），",
		"2027-01-09T09:30:00+08:00 张三: 张三户2027年还没有积分；2026年已年终结算：户总分 10 分，全村第 1 名，积分荣誉户，")
	expectNoLine(t, out, "2027-01-09T09:30:00+08:00 张三: ", "暂定", "我的积分 says 暂定 after the honours were settled")
}

// TestRedeemAfterClearingSaysCleared: a redemption asked for after the
// year-end clearing is refused with the clearing as the reason (it said
// only that the points were short and that final points can be spent,
// which the household's were), privately with what was cleared.
func TestRedeemAfterClearingSaysCleared(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-11-02T09:00", "赵六", "加分 张三 志愿服务 20"},
		[3]string{"2026-12-01T09:00"},
		[3]string{"2026-12-08T09:00"},
		[3]string{"2026-12-31T17:00", "周八", "兑换 张三 香皂 1"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2026-12-31T18:06", "周八", "兑换 张三 香皂 1"},
		[3]string{"2027-01-04T10:00", "周八", "兑换 张三 香皂 1"}))
	// the 18:06 one is the 17:00 sale again: said first to be made (pts63);
	// the points it would take were cleared at 18:00, which is why it is
	// refused (「年终已结算」, pts89), said once; on 4 January a want of
	// points as any other day
	expectOut(t, out,
		"2026-12-31T18:06:00+08:00 青山村三组网格群: 张三户今天17:00已经兑换过香皂 1块，这条是同一次的话不用再发。\n如果是再换一次：年终已结算，没有兑换：香皂 1块要 5 分，张三户2026年没兑换的积分已在12月31日 18:00年终清零，现在的可兑换积分不够。还剩多少、能换什么已私信告诉您。\n以后生效的积分才能兑换；张三户的人发「我的积分」可查。",
		"2026-12-31T18:06:00+08:00 周八: 张三户今天17:00已经兑换过香皂 1块，这条是同一次的话不用再发。\n如果是再换一次：年终已结算，没有兑换：张三户2026年没兑换的 15 分已在12月31日 18:00年终清零，现在可兑换积分 0 分，香皂 1块要 5 分，还差 5 分。",
		"2027-01-04T10:00:00+08:00 周八: 积分不够，没有兑换：张三户可兑换积分 0 分（2026年没兑换的 15 分已在年终清零）")
	expectNoLine(t, out, "2026-12-31T18:06:00+08:00 青山村三组网格群", "15 分", "what was cleared is told in the group")
}

// TestDecidedAfterYearEndCountsWhenEarned: an approval on the evening of
// 31 December, after the year-end run archived and announced the ranking,
// of a claim made before it counts in the year it was earned (pts89,
// config.Points.EarnedPeriod), as December's approved points do: the
// archived 2026 ranking is corrected in the approval's commit and the
// groups hear of it, 积分排行 that evening (2027) does not have it, the
// 1 January 公示 lists it unmarked. A 加分 recorded after the run has no
// earlier claim: it counts in 2027 and the 公示 marks it so. (Before,
// the claim counted in 2027 with its deed of 2026.)
func TestDecidedAfterYearEndCountsWhenEarned(t *testing.T) {
	out, st := replayOut(t, inGrid3(
		[3]string{"2026-12-10T10:00", "赵六", "加分 陈二 志愿服务 10"},
		[3]string{"2026-12-31T17:30", "张三", "申请积分 今天参加了清理河道 证明人王五"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2026-12-31T19:00", "赵六", "同意 #C2"},
		[3]string{"2026-12-31T19:01", "赵六", "加分 王五 志愿服务 20"},
		[3]string{"2026-12-31T19:02", "张三", "积分排行"},
		[3]string{"2026-12-31T19:03", "张三", "我的积分"},
		[3]string{"2027-01-01T09:00"},
		[3]string{"2027-01-01T10:02", "张三", "积分排行 2026"}))
	expectOut(t, out,
		"2026-12-31T19:00:00+08:00 青山村三组网格群: #C2 已通过：张三户·张三「参加村庄环境卫生整治」+5分（计入2026年12月）。\n这项是2026年年终结算前申请的，按申请的年份计入2026年的排名，不清零。",
		"2026-12-31T19:02:00+08:00 青山村三组网格群: 【2026年度积分排行更正】青山村：本群 #C2 这项2026年申请的积分年终结算后才审核通过，按申请的年份计入2026年，2026年年终排行已更正：\n1. 陈二户 户均 2.5 分（10分/4人）\n2. 张三户 户均 1.7 分（5分/3人）",
		"2026-12-31T19:02:00+08:00 青山镇网格工作群: 【2026年度积分排行更正】青山村：#C2 张三户·张三「参加村庄环境卫生整治」2026年申请的积分",
		"2026-12-31T19:01:00+08:00 青山村三组网格群: 已记录 #C3：王五户·王五「参加志愿服务活动」+20分，评分人赵六（今年已年终结算，计入2027年）。",
		"2026-12-31T19:02:00+08:00 青山村三组网格群: 青山村2027年积分排行（按户均分）：\n1. 王五户 户均 6.7 分（20分/3人，含公示期未满的 20 分）\n您家2027年户总分 0 分",
		"2026-12-31T19:03:00+08:00 张三: 张三户2027年还没有积分；2026年已年终结算：户总分 5 分，全村第 2 名",
		"可兑换：0 分。\n待公示：5 分（已通过，计入2026年），明天（1月1日）在群里公示，7天没有异议就可以兑换。",
		"#C1 陈二户·陈二 参加志愿服务活动 +10分\n#C2 张三户·张三 参加村庄环境卫生整治 +5分\n#C3 王五户·王五 参加志愿服务活动 +20分（年终结算后审核，计入2027年）",
		// C1 and C2 are in 公示 until 8 January: the archived ranking is provisional
		"2027-01-01T10:02:00+08:00 青山村三组网格群: 青山村2026年年终积分排行（暂定，按户均分）：\n1. 陈二户 户均 2.5 分（10分/4人）\n2. 张三户 户均 1.7 分（5分/3人）")
	for _, c := range st.Claims {
		if want := map[string]string{"C2": "2026-12", "C3": "2027-01"}[c.ID]; want != "" && c.Period != want {
			t.Errorf("%s counts in %s, want %s", c.ID, c.Period, want)
		}
	}
}

// TestRedemptionAfterYearEndIsNextYears: with unspent points kept, a
// redemption on the evening of 31 December, after the year-end run, is
// the new year's: it can be taken back (撤销兑换) as any recent one (it
// was refused as of a closed year).
func TestRedemptionAfterYearEndIsNextYears(t *testing.T) {
	out, _ := transcriptConfig(t, exampleConfig(t, [2]string{"\n    unspent: clear\n", "\n    unspent: keep\n"}),
		`{"at":"2026-11-02T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 20"}`,
		`{"at":"2026-12-01T09:00:00+08:00"}`,
		`{"at":"2026-12-08T09:00:00+08:00"}`,
		`{"at":"2026-12-31T18:00:00+08:00"}`,
		`{"at":"2026-12-31T19:00:00+08:00","chat":"青山村三组网格群","from":"周八","text":"兑换 张三 香皂 1"}`,
		`{"at":"2026-12-31T19:05:00+08:00","chat":"青山村三组网格群","from":"周八","text":"撤销兑换 #L3 拿错了"}`,
	)
	expectOut(t, out, "12-31T19:00 青山村三组网格群 | 已兑换 #D1：张三户·张三 香皂 1块，用 5 分。", "12-31T19:05 青山村三组网格群 | 已撤销兑换 #D1")
}

// TestClosedYearWithNobodyScored: a correction that leaves an archived
// year with nobody scored, and that year's ranking asked for, say the
// year had none (it said 还没有, as of a year still running).
func TestClosedYearWithNobodyScored(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-12-10T10:00", "赵六", "加分 张三 志愿服务 20"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2027-01-01T09:00"},
		[3]string{"2027-01-01T09:03", "陈二", "异议 #C1 张三没去"},
		[3]string{"2027-01-01T09:04", "赵六", "撤销 #C1 核实没去"},
		[3]string{"2027-01-01T09:05", "陈二", "积分排行 2026"}))
	// the 撤销 of the year's last open item settles the year at once
	// (honours told settled, no longer 暂定)
	expectOut(t, out, "2026年年终排行已按核实结果更正：\n2026年没有哪一户得分。", "【2026年积分荣誉户已确定】", "青山村2026年年终积分排行（按户均分）：\n那年没有哪一户得分。")
	expectNoLine(t, out, "2027-01-01T09:0", "还没有哪一户得分", "a closed year said to have no scores yet")
}
