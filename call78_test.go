package main

import (
	"strings"
	"testing"
)

// TestReplayStandInNamed (call78): 王五 says privately 「我这周不在 王五的电话
// 请马红梅打」 (a worker of another grid): 马红梅 hears she stands in; till
// Sunday his 08:00 lists, the notice follow-up's calls and the same-day
// retry of a call she missed go to her, not to him nor to his leader; she
// logs his elder's call (under her name); on Monday his list is his again.
func TestReplayStandInNamed(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-01T20:30:00+08:00"}`,
			`{"at":"2026-03-02T07:00:00+08:00","kind":"private","from":"王五","text":"我这周不在 王五的电话请马红梅打"}`,
			`{"at":"2026-03-02T08:05:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 青山村三组网格群 3月6日上午9点在村卫生室免费体检，请带身份证"}`,
			`{"at":"2026-03-03T08:05:00+08:00"}`,
			`{"at":"2026-03-03T09:20:00+08:00"}`,
			`{"at":"2026-03-03T09:30:00+08:00","kind":"private","from":"马红梅","text":"回访 王奶奶 未接通"}`,
			`{"at":"2026-03-03T12:00:00+08:00"}`,
			`{"at":"2026-03-03T15:00:00+08:00"}`,
			`{"at":"2026-03-03T15:30:00+08:00","kind":"private","from":"马红梅","text":"回访 王奶奶 已通 已转告"}`,
			`{"at":"2026-03-09T08:05:00+08:00"}`,
		},
		want: []string{
			"03-02T07:00 马红梅 | 【代打电话】王五说：「我这周不在 王五的电话请马红梅打」。到3月8日",
			"03-02T07:00 王五 | 好的，您先忙。已告诉网格长李四，这几天由马红梅代打",
			"03-02T08:05 马红梅 | 【代打电话】王五到3月8日不能打电话",
			"马红梅 | 【电话回访】王奶奶09:30没打通，请现在再打一次",
			"03-03T15:30 马红梅 | 已记录：王奶奶 已通（马红梅，",
			"03-03T09:20 马红梅 | 【通知未回复】#N1「3月6日上午9点在村卫生室免费体检，请带身份证」（3月2日发）\n三组还有 9 户没回复收到：",
			// call79: his households too; those of the elders he phones are his
			// calls, not named again (call97); the list he got at 08:05 carries
			// the notice on their calls already (call100)
			"雷志明户（王五不在，由您代为提醒和代打），另有 3 户的老人在您今天的电话回访清单上（清单已写了这条通知）。",
			"03-09T08:05 王五 | 【电话回访】",
		},
		never: []string{"由王五再打", "王五 | 【电话回访】王奶奶09:30没打通"},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if line < "03-09" && (strings.Contains(line, " 王五 | 【电话回访】") || strings.Contains(line, " 李四 | 【代打电话】")) {
			t.Errorf("a call of 王五's went to him or his leader while 马红梅 stands in: %s", line)
		}
		if line >= "03-09" && strings.Contains(line, "【代打电话】") {
			t.Errorf("a list went to the stand-in after 王五's last day: %s", line)
		}
	}
	if !slicesContainsAll(got, "03-03T08:05 马红梅 | ", "王奶奶", "每位都要转告3月2日的通知") {
		t.Errorf("王奶奶's call passing the notice on did not go to 马红梅:\n%s", strings.Join(got, "\n"))
	}
}

// slicesContainsAll reports whether some line of got has every one of subs.
func slicesContainsAll(got []string, subs ...string) bool {
	for _, line := range got {
		all := true
		for _, s := range subs {
			all = all && strings.Contains(line, s)
		}
		if all {
			return true
		}
	}
	return false
}

// TestReplayLeaderNamesStandIn (call78): the leader's 「王五请假到3月4日 电话由
// 马红梅打」 in the group: 马红梅 and 王五 hear it; the lists go to her until
// 3月4日, then to 王五 again.
func TestReplayLeaderNamesStandIn(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-01T20:30:00+08:00","chat":"青山村三组网格群","from":"李四","text":"王五请假到3月4日 电话由马红梅打"}`,
			`{"at":"2026-03-02T08:05:00+08:00"}`,
			`{"at":"2026-03-05T08:05:00+08:00"}`,
		},
		want: []string{
			"03-01T20:30 马红梅 | 【代打电话】李四说：「王五请假到3月4日 电话由马红梅打」。到3月4日",
			"03-01T20:30 王五 | 网格长李四告诉我：「王五请假到3月4日 电话由马红梅打」。到3月4日，您每天的电话清单改发给马红梅",
			"已记下王五到3月4日不能打电话。这期间王五每天的电话清单改发给马红梅。",
			"03-02T08:05 马红梅 | 【代打电话】王五到3月4日不能打电话",
			"03-05T08:05 王五 | 【电话回访】",
		},
		never: []string{"李四 | 【代打电话】"},
	}
	rc.check(t)
}
