package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"gridbot/village"
)

// transcriptConfig replays lines (JSONL) of the village in the config
// file cfg on a private redis-server and returns each output as
// "MM-DDTHH:MM to | text".
func transcriptConfig(t *testing.T, cfg string, lines ...string) ([]string, state) {
	t.Helper()
	_, outs, st := replayConfig(t, cfg, redisOrMemory(t), []byte(strings.Join(lines, "\n")+"\n"))
	got := make([]string, len(outs))
	for i, o := range outs {
		got[i] = o.At[5:16] + " " + o.To + " | " + o.Text
	}
	return got, st
}

// replayCase is a transcript with what its output must and must not contain.
type replayCase struct {
	name  string
	lines []string
	want  []string // each a substring of some output line ("MM-DDTHH:MM to | text")
	never []string // substrings no output line may contain
	count map[string]int
	// config replaces text of config.example.yaml (see exampleConfig).
	config [][2]string
}

// businessDays turns sla.business_days on in a replayCase's config.
var businessDays = [2]string{"\n  business_days: false\n", "\n  business_days: true\n"}

func (rc replayCase) check(t *testing.T) ([]string, state) {
	t.Helper()
	cfg := "config.example.yaml"
	if len(rc.config) > 0 {
		cfg = exampleConfig(t, rc.config...)
	}
	got, st := transcriptConfig(t, cfg, rc.lines...)
	all := strings.Join(got, "\n")
	for _, w := range rc.want {
		if !strings.Contains(all, w) {
			t.Errorf("no output contains %q", w)
		}
	}
	for _, n := range rc.never {
		if strings.Contains(all, n) {
			t.Errorf("an output contains %q", n)
		}
	}
	for sub, n := range rc.count {
		if c := strings.Count(all, sub); c != n {
			t.Errorf("%d outputs contain %q, want %d", c, sub, n)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", all)
	}
	return got, st
}

// TestReplayQuietHours: what comes due, or is caught up, in quiet hours
// waits or is dropped, judged by when it would be sent; an ordinary 通知
// written at night goes out in the morning, an urgent one at once.
func TestReplayQuietHours(t *testing.T) {
	for _, rc := range []replayCase{{
		name: "a restart at night catches up no digest and no reminder",
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-02T19:00:00+08:00"}`,
			`{"at":"2026-03-03T23:30:00+08:00"}`,
		},
		never: []string{"03-03T23:30"}, // no digest, overdue reminder, call list or follow-up at night
	}, {
		name: "an ordinary notice at night is held until the morning; the officer is told",
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T22:30:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 全镇 下周三上午开会"}`,
			`{"at":"2026-03-02T23:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"收到"}`,
			`{"at":"2026-03-03T07:20:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N1"}`,
		},
		want: []string{
			"03-02T22:30 青山镇网格工作群 | 现在是夜间（21:00–07:00），为免打扰各户，通知 #N1（下周三即3月11日）先存着，明天07:15发到 3 个群",
			"03-03T07:20 青山村三组网格群 | 【通知】下周三上午开会\n——孙七（3月2日 22:30 发，夜间没有打扰大家，现在发出）\n请每户看到后回复「收到」。（#N1）",
			"青山村三组：已收到 0/9 户", // a 收到 before it was posted answers nothing
		},
		never: []string{"03-02T22:30 青山村", "03-02T23:00 青山村"},
		count: map[string]int{"【通知】下周三上午开会": 3},
	}, {
		name: "an urgent notice at night goes out at once",
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T22:30:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"紧急通知 三组 今晚有暴雨，低洼处人员请转移"}`,
		},
		want: []string{"03-02T22:30 青山村三组网格群 | 【紧急通知】今晚有暴雨"},
	}, {
		name: "an urgent notice's workers are told at night, its summary waits for the morning",
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T22:30:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"紧急通知 三组 今晚有暴雨，低洼处人员请转移"}`,
			`{"at":"2026-03-02T23:20:00+08:00"}`,
			`{"at":"2026-03-02T23:40:00+08:00","chat":"青山村三组网格群","from":"张三","text":"收到"}`,
			`{"at":"2026-03-03T07:20:00+08:00"}`,
			`{"at":"2026-03-03T08:20:00+08:00"}`,
		},
		want: []string{"各网格收到了几户，明天07:15会发到镇网格工作群。", "03-02T23:20 王五 | 【通知未回复】#N1",
			"03-03T07:20 青山镇网格工作群 | 【通知回复】#N1「3月2日晚上有暴雨，低洼处人员请转移」（3月2日 22:30发出）已收到 1/9 户"},
		never: []string{"03-02T23:20 青山镇网格工作群", "03-03T08:20 青山镇网格工作群"},
		count: map[string]int{"【通知回复】": 1},
	}} {
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}

// TestReplayArrivalAfterANightOfAlarms: a worker's "到了 …" answers an
// emergency the watchdog kept re-posting all night, though it was filed
// more than six hours before: he takes it on and the re-posts stop.
func TestReplayArrivalAfterANightOfAlarms(t *testing.T) {
	lines := []string{`{"at":"2026-03-02T07:00:00+08:00"}`,
		`{"at":"2026-03-02T21:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"着火了 村东头冒黑烟 快来人"}`}
	for h := 22; h <= 27; h++ {
		lines = append(lines, fmt.Sprintf(`{"at":"2026-03-0%dT%02d:00:00+08:00"}`, 2+h/24, h%24))
	}
	lines = append(lines, `{"at":"2026-03-03T04:10:00+08:00","chat":"青山村三组网格群","from":"王五","text":"到了，是有人烧秸秆，已经灭了"}`,
		`{"at":"2026-03-03T06:30:00+08:00"}`)
	rc := replayCase{
		lines: lines,
		// re-posted hourly to 3 hours, then every 4 (scheduler's realertEvery)
		want: []string{"03-03T00:00 青山镇应急值班群 | 【紧急·无人确认】青山村三组 #R1 已过3小时仍无人确认",
			"03-03T04:10 青山镇应急值班群 | 【青山村三组】#R1（突发事件）王五 "},
		never: []string{"03-03T01:", "03-03T02:", "03-03T03:", "03-03T05:", "03-03T06:"},
	}
	rc.check(t)
}

// TestReplayMissedCalls: after two missed calls the grid leader is asked to
// visit, and asked again every morning until someone logs a call or the
// visit; the worker's list says once, the morning after, that a visit is
// pending instead of starting a fresh routine call.
func TestReplayMissedCalls(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T08:05:00+08:00"}`,
			`{"at":"2026-03-02T10:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 没人接"}`,
			`{"at":"2026-03-03T08:05:00+08:00"}`,
			`{"at":"2026-03-03T10:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 关机"}`,
			`{"at":"2026-03-04T08:05:00+08:00"}`,
			`{"at":"2026-03-05T08:05:00+08:00"}`,
			`{"at":"2026-03-05T15:00:00+08:00","kind":"private","from":"李四","text":"回访 王奶奶 上门 人没事，挺好的"}`,
			`{"at":"2026-03-06T08:05:00+08:00"}`,
			`{"at":"2026-03-07T08:05:00+08:00"}`,
		},
		want: []string{
			"03-03T10:00 李四 | 【请上门看看】王奶奶（13900000001）已连续 2 次电话没接通。",
			"03-04T08:05 李四 | 【请上门看看·还没回复】王奶奶（13900000001）3月3日已连续 2 次电话没接通，还没有人上门回复。",
			"03-05T08:05 李四 | 【请上门看看·还没回复】王奶奶",
			"03-04T08:05 王五 | 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶 13900000001（已连续 2 次没打通，已请网格长上门，还没有回复；能打通也请再打）",
			"03-05T15:00 李四 | 已记录：王奶奶 上门",
		},
		// the worker hears of the pending visit once (worker40), the
		// leader every morning until it is logged
		never: []string{"03-06T08:05 李四", "03-07T08:05 李四", "03-04T08:05 王五 | 【电话回访】请今天给王奶奶", "03-05T08:05 王五 | 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶"},
	}
	_, st := rc.check(t)
	for _, c := range st.Calls {
		if c.Person == "王奶奶" && c.Pending() {
			t.Errorf("王奶奶's task %s is still %s after the visit", c.ID, c.Status)
		}
	}
}

// TestReplayUnreachedVisit: a visit the grid leader was asked for and never
// logged is not chased daily forever: the leader is asked again
// outreach.visit_reminders times (default 2), one morning each, then the
// township office hears once that the elder could not be reached, the
// task is closed as 联系不上 and nobody is asked about it again; the next
// routine call comes a care interval later and tells the worker she was
// not reached (no ordinary call).
func TestReplayUnreachedVisit(t *testing.T) {
	lines := []string{
		`{"at":"2026-03-02T07:00:00+08:00"}`,
		`{"at":"2026-03-02T08:05:00+08:00"}`,
		`{"at":"2026-03-02T10:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 没人接"}`,
		`{"at":"2026-03-03T08:05:00+08:00"}`,
		`{"at":"2026-03-03T10:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 关机"}`,
	}
	for d := 4; d <= 13; d++ {
		lines = append(lines, fmt.Sprintf(`{"at":"2026-03-%02dT08:05:00+08:00"}`, d))
	}
	lines = append(lines, `{"at":"2026-04-01T09:10:00+08:00"}`)
	rc := replayCase{
		lines: lines,
		want: []string{
			"03-03T10:00 李四 | 【请上门看看】王奶奶（13900000001）已连续 2 次电话没接通。\n请安排人上门，看完回复「回访 王奶奶 上门 情况」。3 天后还没有回复的，会报到镇里核实老人是否平安。", // the first ask says when the township hears
			"03-04T08:05 李四 | 【请上门看看·还没回复】王奶奶",
			"03-05T08:05 李四 | 【请上门看看·还没回复】王奶奶",
			"已经去过的，也请回复一下。明天早上还没有回复，会报到镇里。", // the last ask says what comes next
			"03-06T08:05 青山镇网格工作群 | 【联系不上】青山村三组 王奶奶（13900000001）3月3日已连续 2 次电话没接通，请网格长上门后又提醒了 2 次，一直没有回复。\n网格长：李四 13900000004\n请镇里督促网格长尽快核实老人是否平安。",
			"03-06T08:05 李四 | 王奶奶（13900000001）一直没有上门回复，已报到镇里；请尽快核实老人是否平安，看过后回复「回访 王奶奶 上门 情况」。",
			"青山村三组：0/3 人（0%），打了没接通：王奶奶（联系不上，已报镇；王五负责）；没打：石德贵、白凤兰（王五负责）", // the month's coverage says it again
			// the next routine call tells the worker she was not reached
			"\n3. 王奶奶 13900000001（关爱等级：高，每周一次）——3月6日已报镇联系不上（电话没打通，也没人上门回复），这次请务必联系上，打不通就上门看看；例行问候",
		},
		never: []string{"03-06T08:05 李四 | 【请上门看看", "03-07T08:05 李四", "03-08T08:05 李四", "03-12T08:05 李四"},
		// the worker's list names her as a pending visit once, the morning
		// after the second miss (worker40); the leader is asked twice
		count: map[string]int{"【请上门看看·还没回复】王奶奶": 2, "王奶奶 13900000001（已连续 2 次没打通": 1, "【联系不上】": 1, "明天早上还没有回复，会报到镇里": 1},
	}
	_, st := rc.check(t)
	var got []string
	for _, c := range st.Calls {
		if c.Person == "王奶奶" {
			got = append(got, string(c.Status)+" "+c.Due.Format("01-02"))
		}
	}
	// weekly (高): the next routine call a week after the task was closed
	// (and, not made, the next after it)
	if want := []string{"unreached 03-02", "unmade 03-13", "open 04-01"}; !slices.Equal(got, want) {
		t.Errorf("王奶奶's tasks: %q, want %q", got, want)
	}
}

// TestReplayRelayedNotices: a call note confirming a relayed notice is no
// report on the elder's behalf, and it counts as the household's 收到; a
// call passes on a notice till the day it names (Friday's: Thursday's list
// too, notice51), dated, and not once the household answered (a notice
// that says 明天 for less: see village.Notice.Relayed).
func TestReplayRelayedNotices(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 已通 已转告停水"}`,
			`{"at":"2026-03-02T09:01:00+08:00","kind":"private","from":"王五","text":"回访 石德贵 已通 他说知道停电了"}`,
			`{"at":"2026-03-02T10:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 周五上午停水，请提前储水"}`,
			`{"at":"2026-03-02T10:30:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 已通 已转告，但是她说屋顶漏雨了"}`,
			`{"at":"2026-03-02T11:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N1"}`,
			`{"at":"2026-03-03T10:20:00+08:00"}`,
			`{"at":"2026-03-04T08:05:00+08:00"}`,
			`{"at":"2026-03-05T08:05:00+08:00"}`,
		},
		want: []string{
			"03-02T09:00 王五 | 已记录：王奶奶 已通（王五，3月2日 09:00）。",
			"03-02T10:30 王五 | 已记录：王奶奶 已通（王五，3月2日 10:30）。\n王奶奶户已记为收到通知 #N1。",
			"03-02T10:30 李四 | 【私信反映】王奶奶（王五代报）反映 #R1（一般事项·安全隐患）：屋顶漏雨了",
			"青山村三组：已收到 1/9 户",
			"转告3月2日的通知：周五上午停水，请提前储水",
		},
		never: []string{
			"王奶奶反映：已转告停水", "石德贵反映", "03-02T09:00 青山村三组网格群", "03-02T09:01 青山村三组网格群",
			"03-02T10:30 青山村三组网格群", // a call logged in private is reported privately
			"03-05T08:05 王五 | 【电话回访】今天请给这 3 位", "王奶奶（13900000001），请电话转告",
		},
	}
	all, _ := rc.check(t)
	if !slices.ContainsFunc(all, func(o string) bool {
		return strings.HasPrefix(o, "03-05T08:05 王五") && strings.Contains(o, "转告3月2日的通知：周五上午停水")
	}) {
		t.Errorf("Thursday's list does not pass on Friday's water cut:\n%s", strings.Join(all, "\n"))
	}
	for _, o := range all {
		if strings.HasPrefix(o, "03-04T08:05 王五") && strings.Contains(o, "王奶奶") && strings.Contains(o, "转告") {
			t.Errorf("the notice passed on to a household that answered: %q", o)
		}
	}
}

// TestReplayFollowupAsksTheRecorder: the follow-up after 办结 of an item
// recorded for an elder without WeChat (a call note, 代报) asks the worker
// who recorded it, privately, instead of @-mentioning the elder.
func TestReplayFollowupAsksTheRecorder(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T08:55:00+08:00"}`,
			`{"at":"2026-03-02T09:20:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 已通 她说家里自来水管冻裂了，一直漏水"}`,
			`{"at":"2026-03-02T09:25:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-02T09:30:00+08:00","chat":"青山村三组网格群","from":"李四","text":"办结 #R1 已换水管"}`,
			`{"at":"2026-03-05T10:05:00+08:00"}`,
			`{"at":"2026-03-05T10:10:00+08:00","kind":"private","from":"王五","text":"满意 #R1"}`,
		},
		want:  []string{"03-05T10:05 王五 | #R1 是您替王奶奶登记的，已办结几天了：家里自来水管冻裂了，一直漏水\n请问问王奶奶问题解决了吗：解决了回复「满意 #R1」"},
		never: []string{"@王奶奶\u2005#R1 已办结几天了", "已自动结案"}, // the 办结 reply itself is the handlers' (fixed there)
	}
	_, st := rc.check(t)
	if len(st.Reports) != 1 || st.Reports[0].Status != "closed" {
		t.Errorf("R1 after 王五's 满意: %+v", st.Reports)
	}
}

// TestReplayOverdueTexts: an item still 待受理 is to be 确认ed; an
// unconfirmed emergency is left to the watchdog and never filed twice; a
// private report's escalation says nothing of the group and its reporter
// hears of it privately.
func TestReplayOverdueTexts(t *testing.T) {
	for _, rc := range []replayCase{{
		name: "a private report nobody accepts",
		lines: []string{
			`{"at":"2026-03-02T08:55:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","kind":"private","from":"陈二","text":"上报 村口垃圾堆了好几天没人收"}`,
			`{"at":"2026-03-03T10:05:00+08:00"}`, // the reminder, on time
			`{"at":"2026-03-04T18:05:00+08:00"}`,
		},
		want: []string{
			"李四 | #R1（一般事项）已过期限",
			"请尽快受理：回复「确认 #R1」",
			"李四 | #R1 超期没人受理，已村级备案并上报到镇里协调，报告人已私信告知。",
			"陈二 | 您反映的 #R1（村口垃圾堆了好几天没人收）过了期限还没办好，已村级备案并上报到镇里协调，有进展会私信告诉您。",
		},
		never: []string{"李四 | @李四", "在群里告诉大家"},
	}, {
		name: "a mediation nobody accepts",
		lines: []string{
			`{"at":"2026-03-02T08:55:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 调解 陈二家的猪拱了我家菜地 他不认账"}`,
			`{"at":"2026-03-03T10:05:00+08:00"}`,
			`{"at":"2026-03-04T18:05:00+08:00"}`,
		},
		// its news reaches its parties privately (handlers: hush)
		want:  []string{"青山村三组网格群 | #R1 超期没人受理，已村级备案并上报到镇里协调，有进展会私信告诉当事人。"},
		never: []string{"在群里告诉大家"},
	}, {
		name: "an emergency nobody confirms",
		lines: []string{
			`{"at":"2026-03-02T08:55:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"快来人 后山着火了，烟很大"}`,
			`{"at":"2026-03-03T18:05:00+08:00"}`,
		},
		want:  []string{"【紧急·无人确认】"},
		never: []string{"已过期限", "等待 #R1", "【超期上报】"},
	}} {
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}

// TestReplayClockJump: a jump of simulated time (the sandbox's +7天, a
// replay line weeks later) runs each digest and reminder job once, for the
// latest occurrence: no group gets a pile of digests, no worker a pile of
// identical call lists.
func TestReplayClockJump(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 调解 隔壁装修天天很吵"}`,
			`{"at":"2026-03-02T21:00:00+08:00"}`,
			`{"at":"2026-03-31T20:30:00+08:00"}`,
		},
		count: map[string]int{"03-31T20:30 青山村三组网格群 | 【今日小结】": 1, "03-31T20:30 青山镇网格工作群 | 【早报】": 0, // 08:30 news at 20:30: skipped
			"03-31T20:30 王五 | 【电话回访】": 0}, // "please phone today" at bedtime: tomorrow's run says it
	}
	rc.check(t)
}

// TestReplayUnloggedCalls: a worker who logs no call gets one list a day
// at most, the calls not logged marked 已拖N天 and listed before the new
// ones; a list of only overdue 重点 or 一般 calls comes every 3 or 7 days,
// not daily; the grid leader hears privately of each call left unlogged
// (高 after 3 days, 重点 after 7, 一般 after 14), naming the worker, once
// per care interval; once the leader was told, a call alone brings the
// worker its list only as often as tell_leader_after (高 3 days, 重点 7),
// not every remind_again on and on.
func TestReplayUnloggedCalls(t *testing.T) {
	lines := []string{`{"at":"2026-03-02T07:00:00+08:00"}`}
	for d := 2; d <= 17; d++ {
		lines = append(lines, fmt.Sprintf(`{"at":"2026-03-%02dT08:05:00+08:00"}`, d),
			fmt.Sprintf(`{"at":"2026-03-%02dT08:10:00+08:00"}`, d)) // a second look the same morning sends nothing again
	}
	rc := replayCase{
		lines: lines,
		want: []string{
			"03-02T08:05 王五 | 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶 13900000001（关爱等级：高，每周一次）",
			"03-03T08:05 王五 | 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶 13900000001（关爱等级：高，每周一次；已拖1天）",
			"03-05T08:05 李四 | 【电话回访·没打】王五负责的王奶奶，电话还没有打（或没打通后没再打）：13900000001（关爱等级：高，每周一次；已拖3天）\n请问问王五",
			"03-09T08:05 李四 | 【电话回访·没打】王五负责的白凤兰，电话还没有打（或没打通后没再打）：",
			"03-12T08:05 李四 | 【电话回访·没打】王五负责的王奶奶，电话还没有打（或没打通后没再打）：", // a week later: the next weekly call missed
			"03-09T08:05 刘建国 | 【电话回访·没打】马红梅负责的高秀英，电话还没有打（或没打通后没再打）：",
			"03-16T08:05 刘建国 | 【电话回访·没打】何志强负责的这 3 位，电话还没有打（或没打通后没再打）：\n1. 徐玉珍 13800001054（关爱等级：一般，每季度一次；已拖14天）",
			"03-16T08:05 何志强 | 【电话回访】今天请给这 3 位打个电话：\n1. 徐玉珍 13800001054（关爱等级：一般，每季度一次；已拖14天）",
		},
		never: []string{"08:10 "},
		count: map[string]int{
			"王五 | 【电话回访】":     12, // a 高 call overdue: daily until the leader hears (5th), then every 3 days (8th); each weekly task anew
			"马红梅 | 【电话回访】":    4,  // 重点 only: 2, 5, 8 March, the leader told on the 9th, then the 15th
			"何志强 | 【电话回访】":    3,  // 一般 only: 2, 9, 16 March
			"李四 | 【电话回访·没打】":  4,  // 王奶奶 on the 5th and 12th, 白凤兰 on the 9th, 石德贵 on the 16th
			"刘建国 | 【电话回访·没打】": 2,
		},
	}
	rc.check(t)
}

// TestReplayThirdRound: what a third round of testing found — a plain 收到
// answers the notice posted last (a notice held over the night goes out
// after an urgent one written later); a call note that confirms a relay
// and tells a problem still files the problem.
func TestReplayThirdRound(t *testing.T) {
	for _, rc := range []replayCase{{
		name: "收到 answers every notice of the group still followed up, the one held overnight too",
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T22:30:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 明天上午停水"}`,
			`{"at":"2026-03-02T22:40:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"紧急通知 三组 今晚有大风，注意关好门窗"}`,
			`{"at":"2026-03-03T07:30:00+08:00","chat":"青山村三组网格群","from":"张三","text":"收到"}`,
			`{"at":"2026-03-03T07:40:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N1"}`,
			`{"at":"2026-03-03T07:41:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N2"}`,
		},
		want: []string{"03-03T07:40 青山镇网格工作群 | #N1", "青山村三组：已收到 1/9 户", "03-03T07:41 青山镇网格工作群 | #N2",
			"孙七 | 您3月2日 22:30写的通知 #N1「明天上午停水」已发到 1 个群。各群回复情况可发「查 #N1」看。"},
		count: map[string]int{"青山村三组：已收到 1/9 户": 2, "青山村三组：已收到 0/9 户": 0},
	}, {
		name: "a relay note that tells a problem files it",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 已通 已转告。她家屋顶漏雨了"}`,
		},
		want: []string{"已登记 #R1", "屋顶漏雨"},
	}, {
		name: "a follow-up sent late after downtime still leaves the reporter the whole time",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"办结 #R1 换好了"}`,
			`{"at":"2026-03-09T10:30:00+08:00"}`,
			`{"at":"2026-03-10T10:30:00+08:00"}`,
			`{"at":"2026-03-12T10:30:00+08:00"}`,
		},
		want:  []string{"03-12T10:30 青山村三组网格群 | #R1 办结后一直没有收到答复，已自动结案"},
		never: []string{"03-10T10:30 青山村三组网格群 | #R1 办结后"},
	}, {
		name: "a late 办结 stays late after a reopening",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-07T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"办结 #R1 换好了"}`,
			`{"at":"2026-03-08T09:10:00+08:00","chat":"青山村三组网格群","from":"张三","text":"未解决 #R1 又坏了"}`,
			`{"at":"2026-03-09T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"办结 #R1 换了线"}`,
			`{"at":"2026-04-01T10:00:00+08:00"}`,
		},
		want: []string{"青山村三组：新反映 1，办结 1（按期 0，其中 1 件重新打开过）"},
	}, {
		name: "the leader asked to visit hears when someone got through",
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 未接通"}`,
			`{"at":"2026-03-03T09:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 未接通"}`,
			`{"at":"2026-03-03T15:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 已通 身体挺好"}`,
		},
		want: []string{"李四 | 【请上门看看】王奶奶", "03-03T15:00 李四 | 王奶奶已经联系上了（王五：已通），之前请您上门的那次不用再去了。"},
	}} {
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}

// TestReplayLapsedNoticeCalls: a phone task made only to pass on a notice
// is no call of the day once the notice is too old to pass on: elders
// reached that morning are not put on the next days' lists as routine
// calls.
func TestReplayLapsedNoticeCalls(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T08:10:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 已通 身体挺好"}`,
			`{"at":"2026-03-02T08:11:00+08:00","kind":"private","from":"王五","text":"回访 石德贵 已通 身体挺好"}`,
			`{"at":"2026-03-02T08:12:00+08:00","kind":"private","from":"王五","text":"回访 白凤兰 已通 身体挺好"}`,
			`{"at":"2026-03-02T16:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"紧急通知 三组 今晚有暴雨，低洼处人员请转移"}`,
			`{"at":"2026-03-02T17:20:00+08:00"}`,
			`{"at":"2026-03-03T08:05:00+08:00"}`,
			`{"at":"2026-03-04T08:05:00+08:00"}`,
		},
		want:  []string{"03-02T17:20 王五 | 【通知未回复】#N1", "石德贵（13900000031）"},
		never: []string{"03-03T08:05 王五", "03-04T08:05 王五"},
	}
	_, st := rc.check(t)
	var got []village.CallStatus
	for _, c := range st.Calls {
		if c.Person == "石德贵" {
			got = append(got, c.Status)
		}
	}
	if want := []village.CallStatus{village.CallReached, village.CallLapsed}; !slices.Equal(got, want) {
		t.Errorf("石德贵's call tasks: %v, want %v (the notice task closed as lapsed)", got, want)
	}
}

// TestReplayStaleNoticesCreditNothing: a call logged after a notice it
// was to pass on went stale (too old to pass on) does not mark that notice
// as the household's 收到: a task made only for the notice is closed as
// lapsed and the call is a call of its own; a routine task drops the
// notice at the next day's reminder.
func TestReplayStaleNoticesCreditNothing(t *testing.T) {
	for _, tc := range []struct {
		replayCase
		person string // whose tasks must all be closed at the end
	}{{person: "石德贵", replayCase: replayCase{
		name: "a lapsed notice task",
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T08:11:00+08:00","kind":"private","from":"王五","text":"回访 石德贵 已通 身体挺好"}`,
			`{"at":"2026-03-02T16:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"紧急通知 三组 今晚有暴雨，低洼处人员请转移"}`,
			`{"at":"2026-03-02T17:20:00+08:00"}`,
			`{"at":"2026-03-03T08:05:00+08:00"}`,
			`{"at":"2026-03-10T10:00:00+08:00","kind":"private","from":"王五","text":"回访 石德贵 已通 身体挺好"}`,
			`{"at":"2026-03-10T10:05:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N1"}`,
		},
		want:  []string{"03-02T17:20 王五 | 【通知未回复】#N1", "石德贵（13900000031）", "03-10T10:00 王五 | 已记录：石德贵 已通"},
		never: []string{"石德贵户已记为收到通知", "已收到 1/"},
	}}, {person: "王奶奶", replayCase: replayCase{
		name: "a routine task that also carried the notice",
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T08:05:00+08:00"}`,
			`{"at":"2026-03-02T16:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"紧急通知 三组 今晚有暴雨，低洼处人员请转移"}`,
			`{"at":"2026-03-02T17:20:00+08:00"}`,
			`{"at":"2026-03-03T08:05:00+08:00"}`,
			`{"at":"2026-03-03T10:00:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 已通 身体挺好"}`,
			`{"at":"2026-03-03T10:05:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N1"}`,
		},
		want:  []string{"03-02T17:20 王五 | 【通知未回复】#N1", "03-03T10:00 王五 | 已记录：王奶奶 已通"},
		never: []string{"王奶奶户已记为收到通知", "已收到 1/"},
	}}} {
		t.Run(tc.name, func(t *testing.T) {
			_, st := tc.check(t)
			for _, c := range st.Calls {
				if c.Person == tc.person && c.Pending() {
					t.Errorf("%s's task %s (%s, notices %v) is still pending", c.Person, c.ID, c.Status, c.NoticeIDs())
				}
			}
		})
	}
}

// TestReplayLateMorningDigest: a morning digest caught up after downtime
// shows the items as they stand when it is posted — the same moment the
// overdue reminders go out — and says it is late and of when.
func TestReplayLateMorningDigest(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-02T20:30:00+08:00"}`,
			`{"at":"2026-03-03T10:30:00+08:00"}`,
		},
		want: []string{
			"03-03T10:30 青山镇网格工作群 | 【早报】3月3日 全镇未办结 1 件\n（原定08:30发，机器人当时没在运行，10:30补发；下面是10:30的情况）\n",
			"超期：\n#R1 青山村三组 一般事项 村口路灯不亮了",
			"03-03T10:30 青山村三组网格群 | @李四\u2005#R1（一般事项）已过期限",
		},
		never: []string{"03-02T20:30 青山村三组网格群 | 【今日小结】三组 3月2日\n（"}, // on time: no note
	}
	rc.check(t)
}

// TestReplayCallsCaughtUp: call reminders caught up after downtime. A
// restart early in the morning after yesterday's reminders were missed
// sends the workers one list, at today's run, not yesterday's list and
// then today's half an hour apart. Reminders caught up in the evening (the
// bot was down all day) are not sent at 20:00 asking for a call "today":
// the next morning's list comes as usual.
func TestReplayCallsCaughtUp(t *testing.T) {
	for _, rc := range []replayCase{{
		name: "the next morning",
		lines: []string{
			`{"at":"2026-03-01T07:00:00+08:00"}`,
			`{"at":"2026-03-01T08:05:00+08:00"}`,
			`{"at":"2026-03-02T07:50:00+08:00"}`,
			`{"at":"2026-03-03T07:30:00+08:00"}`,
			`{"at":"2026-03-03T08:05:00+08:00"}`,
		},
		want:  []string{"03-03T08:05 王五 | 【电话回访】今天请给这 3 位打个电话"},
		count: map[string]int{"03-03T07:30 王五 | ": 0, "03-03T08:05 王五 | 【电话回访】": 1},
	}, {
		name: "in the evening",
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T20:00:00+08:00"}`,
			`{"at":"2026-03-03T08:05:00+08:00"}`,
		},
		want:  []string{"03-03T08:05 王五 | 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶 13900000001（关爱等级：高，每周一次）"},
		count: map[string]int{"03-02T20:00 王五": 0, "王五 | 【电话回访】": 1},
	}} {
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}

// TestReplayEveningDigestMostOverdueFirst: among a grid's overdue items
// the evening digest lists the most overdue first (an emergency past its
// deadline two days before an item that came in earlier).
func TestReplayEveningDigestMostOverdueFirst(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-02T09:01:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"快来人 后山着火了，烟很大"}`,
			`{"at":"2026-03-02T09:11:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R2"}`,
			`{"at":"2026-03-05T19:00:00+08:00"}`,
			`{"at":"2026-03-05T20:10:00+08:00"}`,
		},
		want: []string{"其中超期 2 件。\n#R2 已受理 快来人 后山着火了，烟很大（李四，超期2天）\n#R1 已受理 村口路灯不亮了（李四，超期11小时）\n"},
	}
	rc.check(t)
}

// TestReplayPromisedDate: a leader's 「预计4月30日前办结」 in a 进展 note is
// the item's deadline: no reminder and no filing with the township before
// the end of 30 April; the reminder comes the next morning. On 30 November
// 「3月6日前」 is next March.
func TestReplayPromisedDate(t *testing.T) {
	for _, rc := range []replayCase{{
		name: "no reminder before the promised day ends",
		lines: []string{
			`{"at":"2026-04-20T07:00:00+08:00"}`,
			`{"at":"2026-04-20T11:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村东头水渠堵了，下雨就淹地"}`,
			`{"at":"2026-04-20T11:20:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-04-21T14:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"进展 #R1 已联系挖机，预计4月30日前办结"}`,
			`{"at":"2026-04-30T18:30:00+08:00"}`,
			`{"at":"2026-05-01T09:30:00+08:00"}`,
		},
		want: []string{"05-01T09:30 青山村三组网格群 | @李四\u2005#R1（一般事项）已过承诺的期限昨天23:59，还是「处理中」。"},
		// every April occurrence runs before the line of 30 April 18:30
		never: []string{"04-30T18:30 青山村三组网格群 | @李四", "【超期上报】"},
	}, {
		// On 30 November 3月6日 is next March (TestPromiseIn): three months
		// past the SLA's 3 December, far beyond sla.promise_limit.
		name: "a day too far is refused: the item is chased and filed as before",
		lines: []string{
			`{"at":"2026-11-30T07:00:00+08:00"}`,
			`{"at":"2026-11-30T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村东头水渠堵了，下雨就淹地"}`,
			`{"at":"2026-11-30T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-11-30T09:20:00+08:00","chat":"青山村三组网格群","from":"李四","text":"进展 #R1 要等开春化冻，预计3月6日前办结"}`,
			`{"at":"2026-12-10T10:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"查 #R1"}`,
			`{"at":"2026-12-11T11:00:00+08:00"}`,
		},
		want: []string{"办结期限最多只能延到12月10日（规定期限12月3日后7天），2027年3月6日太晚了，期限没有改，还是12月3日。\n要更长时间的，请发「上报镇 #R1 原因」",
			"12-10T10:00 青山村三组网格群 | @李四\u2005#R1（一般事项）已过期限12月3日", "【超期上报】青山村三组 #R1", "反映，期限12月3日，超期8天没办结"},
		never: []string{"办结期限改为3月6日", "承诺"},
	}, {
		name: "the township judges by the SLA and sees the promise and its 改期",
		lines: []string{
			`{"at":"2026-04-20T07:00:00+08:00"}`,
			`{"at":"2026-04-20T11:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村东头水渠堵了，下雨就淹地"}`,
			`{"at":"2026-04-20T11:20:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-04-21T14:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"进展 #R1 已联系挖机，预计4月28日前办结"}`,
			`{"at":"2026-04-24T08:45:00+08:00"}`,
			`{"at":"2026-04-25T10:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"进展 #R1 挖机坏了，预计4月30日前办结"}`,
			`{"at":"2026-04-26T08:45:00+08:00"}`,
			`{"at":"2026-04-29T16:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"办结 #R1 已疏通"}`,
			`{"at":"2026-05-01T10:00:00+08:00"}`,
		},
		want: []string{
			"【早报】4月24日 全镇未办结 1 件",
			"\n#R1 青山村三组 一般事项 村东头水渠堵了，下雨就淹地（处理中，李四（13900000004）负责，期限昨天11:20，超期21小时，承诺4月28日前）\n",
			"\n#R1 青山村三组 一般事项 村东头水渠堵了，下雨就淹地（处理中，李四（13900000004）负责，期限4月23日，超期2天，承诺4月30日前，改期1次）\n",
			"办结期限从4月28日改期到4月30日当天24点前",
			"青山村三组：新反映 1，办结 1（按期 0）",
			"按期办结率 0%",
		},
		never: []string{"已过承诺的期限", "【超期上报】"},
	}, {
		name: "a promised day missed: reminded, then filed with the promise in the post",
		lines: []string{
			`{"at":"2026-04-20T07:00:00+08:00"}`,
			`{"at":"2026-04-20T11:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村东头水渠堵了，下雨就淹地"}`,
			`{"at":"2026-04-20T11:20:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-04-21T14:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"进展 #R1 已联系挖机，预计4月28日前办结"}`,
			`{"at":"2026-04-29T09:30:00+08:00"}`,
			`{"at":"2026-04-30T10:30:00+08:00"}`,
		},
		want: []string{"04-29T09:30 青山村三组网格群 | @李四\u2005#R1（一般事项）已过承诺的期限昨天23:59",
			"04-30T10:30 青山镇网格工作群 | 【超期上报】青山村三组 #R1", "反映，期限4月23日（承诺4月28日前），超期6天没办结"},
	}} {
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}

// TestReplayEscalatedNotNightly: an item filed with the township is the
// township's (its morning digest lists it): the grid's evening digest says
// so, does not count it overdue, and is not posted again night after night
// for it alone.
func TestReplayEscalatedNotNightly(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-03T10:05:00+08:00"}`,
			`{"at":"2026-03-04T10:05:00+08:00"}`,
			`{"at":"2026-03-04T20:05:00+08:00"}`,
			`{"at":"2026-03-05T20:05:00+08:00"}`,
			`{"at":"2026-03-06T20:05:00+08:00"}`,
		},
		want: []string{
			"03-04T10:05 青山镇网格工作群 | 【超期上报】青山村三组 #R1", // a day after the reminder went out at 10:05
			"03-04T20:05 青山村三组网格群 | 【今日小结】三组 3月4日\n新反映 0 件，办结 0 件，未办结 1 件，其中已上报镇 1 件（等镇里接手）。",
		},
		never: []string{"03-05T20:05 青山村三组网格群", "03-06T20:05 青山村三组网格群"},
	}
	rc.check(t)
}

// aprilClaims are two points claims of 三组 approved in April: #C1
// (张三, 8 points) and #C2 (陈二, 5 points), published on 1 May.
var aprilClaims = []string{
	`{"at":"2026-04-20T16:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"申请积分 今天把院子和房前屋后打扫干净了，拍了照片"}`,
	`{"at":"2026-04-20T16:10:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"同意 #C1 8"}`,
	`{"at":"2026-04-21T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"申请积分 参加村里清理河道 证明人 王五"}`,
	`{"at":"2026-04-21T09:10:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"同意 #C2 5"}`,
}

// TestReplayObjectionInThePublicityHour: an objection a minute before the
// 公示 freezes nothing (the objector is told when to object); one in the
// minute of the list freezes the item with the list already out.
func TestReplayObjectionInThePublicityHour(t *testing.T) {
	rc := replayCase{
		lines: append(append([]string{`{"at":"2026-04-20T07:00:00+08:00"}`}, aprilClaims...),
			`{"at":"2026-05-01T08:59:00+08:00","chat":"青山村三组网格群","from":"张三","text":"异议 #C2 那天他没去"}`,
			`{"at":"2026-05-01T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"异议 #C1 他家院子根本没打扫"}`),
		// A minute before the 公示 nothing is frozen yet (QA round 5): the
		// reason goes to the scorer, the list shows C2 plainly, and the
		// objector is reminded privately that now he may object (QA points3).
		want: []string{"05-01T08:59 青山村三组网格群 | 已把您对 #C2 的意见私信转给评分小组赵六核实",
			"05-01T08:59 赵六 | 【积分反映】#C2 陈二户·陈二「参加村庄环境卫生整治」+5分，已通过、还没有公示，张三反映：那天他没去",
			"05-01T09:00 张三 | 【积分提醒】#C2「参加村庄环境卫生整治」今天已在群里公示。您公示前提的意见评分小组已收到；如仍有意见，请在5月8日 09:00前回复「异议 #C2 理由」",
			"05-01T09:00 青山村三组网格群 | 【积分公示】青山村三组 2026年4月\n#C1 张三户·张三 庭院整洁、房前屋后干净 +8分\n#C2 陈二户·陈二 参加村庄环境卫生整治 +5分\n",
			"05-01T09:00 青山村三组网格群 | 已收到对 #C1"},
		never: []string{"有异议，核实中"},
		count: map[string]int{"【积分公示】": 1},
	}
	rc.check(t)
}

// TestReplayWeekendDeadline: with business days, an item reported on a
// Saturday counts from Monday 00:00, and its deadline is the end of its
// last working day, out of the quiet hours (night82: 20:59:59, read
// 21:00): the reminder says it passed yesterday at 21:00, never "today
// 00:00".
func TestReplayWeekendDeadline(t *testing.T) {
	for _, rc := range []replayCase{{
		name: "not accepted: the accept deadline ends with Monday",
		lines: []string{
			`{"at":"2026-03-07T07:00:00+08:00"}`,
			`{"at":"2026-03-07T10:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-10T09:30:00+08:00"}`,
		},
		want:  []string{"03-10T09:30 青山村三组网格群 | @李四\u2005#R1（一般事项）已过期限昨天21:00，还是「待受理」。"},
		never: []string{"00:00"},
	}, {
		name: "accepted on Saturday: 3 working days end with Wednesday",
		lines: []string{
			`{"at":"2026-03-07T07:00:00+08:00"}`,
			`{"at":"2026-03-07T10:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-07T10:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-12T09:30:00+08:00"}`,
		},
		want:  []string{"预计3月11日前办结", "03-12T09:30 青山村三组网格群 | @李四\u2005#R1（一般事项）已过期限昨天21:00，还是「已受理」。"},
		never: []string{"00:00"},
	}} {
		rc.config = [][2]string{businessDays}
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}

// TestReplayPublicityWindowOffDays: with business days, a 公示 objection
// window that would run out on a day off (3 days from 1 May is 4 May, in
// the 劳动节 holidays) runs to the end of the next working day, and the
// post says so; the points become final after it. The post itself goes
// out on the holiday: villagers are at home. With business days off, as
// the SLA, the window is plain clock time.
func TestReplayPublicityWindowOffDays(t *testing.T) {
	window := [2]string{"\n    window: 7d\n", "\n    window: 3d\n"}
	lines := append(append([]string{`{"at":"2026-04-20T07:00:00+08:00"}`}, aprilClaims...),
		`{"at":"2026-05-01T09:00:00+08:00"}`,
		`{"at":"2026-05-04T10:00:00+08:00"}`,
		`{"at":"2026-05-05T10:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"异议 #C2 那天他没去"}`,
		`{"at":"2026-05-06T10:00:00+08:00"}`,
		`{"at":"2026-05-07T10:00:00+08:00"}`)
	for _, rc := range []replayCase{{
		name:   "business days: the window runs to the end of 6 May",
		config: [][2]string{businessDays, window},
		lines:  lines,
		want: []string{"05-01T09:00 青山村三组网格群 | 【积分公示】青山村三组 2026年4月\n",
			"公示3天，到5月6日 23:59止（5月4日是休息日，顺延到下一个工作日结束）。",
			"05-05T10:00 青山村三组网格群 | 已收到对 #C2",
			"05-07T10:00 青山村三组网格群 | 【积分生效】"},
		count: map[string]int{"【积分生效】": 1},
	}, {
		name:   "clock time: the window ends on 4 May",
		config: [][2]string{window},
		lines:  lines,
		want:   []string{"公示3天，到5月4日 09:00止。", "05-04T10:00 青山村三组网格群 | 【积分生效】"},
		never:  []string{"顺延"},
	}} {
		t.Run(rc.name, func(t *testing.T) { rc.check(t) })
	}
}

// TestReplayOneAckTwoNotices: a household that read two notices and said
// 收到 once is not chased for the older one: the follow-up neither lists
// it nor phones its elder to pass that notice on. The two notices' follow-
// ups, due in the same run, reach the worker in one message.
func TestReplayOneAckTwoNotices(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 周三上午停水，请提前储水"}`,
			`{"at":"2026-03-02T10:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 周四下午3点在村委会开会"}`,
			`{"at":"2026-03-02T10:30:00+08:00","chat":"青山村三组网格群","from":"熊秀英","text":"收到"}`,
			`{"at":"2026-03-03T11:00:00+08:00"}`,
		},
		want: []string{"王五 | 【通知未回复】这 2 条通知还有人没回复收到：\n1. #N1「周三上午停水", "\n2. #N2「周四下午3点",
			"\n2. #N2「周四下午3点在村委会开会」（3月2日发）：三组还有 8 户，同上。\n",
			// the elders' calls on the morning list carry both (call100)
			"，另有 2 户的老人在您今天的电话回访清单上（清单已写了这条通知）。"},
		never: []string{"石德贵户", "石德贵（13900000031）"},
		count: map[string]int{"王五 | 【通知未回复】": 1},
	}
	rc.check(t)
}

// TestReplayTwoNoticesOneMessage: the follow-ups of two notices due in one
// run reach each worker as one message listing each notice's households
// that have not answered it: here a household answered only the first.
// Thursday's meeting, posted on Monday, is passed on by phone till then
// (notice51): the calls are asked for by Wednesday, the day before (notice55).
func TestReplayTwoNoticesOneMessage(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 周三上午停水，请提前储水"}`,
			`{"at":"2026-03-02T09:30:00+08:00","chat":"青山村三组网格群","from":"熊秀英","text":"收到"}`,
			`{"at":"2026-03-02T10:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 周四下午3点在村委会开会"}`,
			`{"at":"2026-03-03T11:00:00+08:00"}`,
		},
		want: []string{"王五 | 【通知未回复】这 2 条通知还有人没回复收到：\n1. #N1「周三上午停水",
			"\n2. #N2「周四下午3点在村委会开会」（3月2日发）：三组还有 9 户，", "雷志明户，另有 3 户的老人在您今天的电话回访清单上（清单已写了这条通知）。",
			// the morning list put both on the elders' calls (call100)
			"1. 王奶奶 13900000001（关爱等级：高，每周一次）——例行问候：身体怎么样，生活上有没有困难；转告3月2日的通知：周三上午停水，请提前储水；转告3月2日的通知：周四下午3点在村委会开会\n",
			// 熊秀英's household answered the first: 石德贵's call carries the second only
			"2. 石德贵 13900000031（关爱等级：一般，每季度一次）——例行问候：身体怎么样，生活上有没有困难；转告3月2日的通知：周四下午3点在村委会开会\n"},
		// the households of the elders phoned are their calls, not named
		// among those to remind too (call97)
		never: []string{"同上", "石德贵户"},
		count: map[string]int{"王五 | 【通知未回复】": 1},
	}
	rc.check(t)
}

// TestReplayNoticeSummary: when a notice's follow-up runs, whoever sent it
// hears once how many households answered, per grid, and that the workers
// chase the rest: a township officer's notice in the township office chat
// (one line for all grids, not one per grid), a grid leader's privately.
// Counted as 查 #N counts; percentages round half up (3/23 is 13%); the
// households of the grids' leaders and workers are not counted (village.Informed).
func TestReplayNoticeSummary(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 全镇 周三上午停水，请提前储水"}`,
			`{"at":"2026-03-02T09:30:00+08:00","chat":"青山村三组网格群","from":"熊秀英","text":"收到"}`,
			`{"at":"2026-03-02T09:31:00+08:00","chat":"青山村三组网格群","from":"张三","text":"收到"}`,
			`{"at":"2026-03-02T09:32:00+08:00","chat":"青山村一组网格群","from":"罗翠芬","text":"收到"}`,
			`{"at":"2026-03-02T11:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"通知 全村 今晚7点在村委会看电影"}`,
			`{"at":"2026-03-03T12:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"查 #N1"}`,
			`{"at":"2026-03-04T12:00:00+08:00"}`,
		},
		want: []string{
			"03-03T12:00 青山镇网格工作群 | 【通知回复】#N1「周三上午停水，请提前储水」（3月2日 09:00发出）已收到 3/23 户（13%）：青山村一组 1/7、二组 0/7、三组 2/9。\n" +
				"没回的 20 户已私信告诉各网格员，正在群里提醒、上门或给不用微信的人打电话转告；发「查 #N1」看还有哪几户没回。",
			"03-03T12:00 李四 | 【通知回复】#N2「3月2日晚上7点在村委会看电影」（3月2日 11:00发出）已收到 0/23 户（0%）",
			"青山村一组：已收到 1/7 户", "青山村三组：已收到 2/9 户", // 查 #N1 agrees
		},
		count: map[string]int{"【通知回复】#N1": 1, "【通知回复】#N2": 1},
		never: []string{"青山镇网格工作群 | 【通知回复】#N2"},
	}
	rc.check(t)
}

// TestReplayUnmadeCallsExpire: a routine call the worker never logs does
// not stay open for ever (「已拖267天」 after a year): once it waited a
// whole care interval it is closed as not made, and the next one is
// opened, so the list says the last one was missed and this one is due;
// the grid leader hears of each new one after tell_leader_after, and the
// month's coverage counts the person as not reached.
func TestReplayUnmadeCallsExpire(t *testing.T) {
	lines := []string{`{"at":"2026-03-02T07:00:00+08:00"}`}
	for d := 2; d <= 31; d++ {
		lines = append(lines, fmt.Sprintf(`{"at":"2026-03-%02dT08:05:00+08:00"}`, d))
	}
	lines = append(lines, `{"at":"2026-04-01T09:05:00+08:00"}`)
	rc := replayCase{
		lines: lines,
		want: []string{
			"03-09T08:05 王五 | 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶 13900000001（关爱等级：高，每周一次；上次的没打，这次的也该打了）",
			"03-10T08:05 王五 | 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶 13900000001（关爱等级：高，每周一次；已拖1天；上次的没打，这次的也该打了）",
			"03-16T08:05 王五 | 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶 13900000001（关爱等级：高，每周一次；已连续2次没打，这次的也该打了）",
			"03-12T08:05 李四 | 【电话回访·没打】王五负责的王奶奶，电话还没有打（或没打通后没再打）：13900000001（关爱等级：高，每周一次；已拖3天；之前还有1次没打）",
			"04-01T09:05 青山镇网格工作群 | 【上月电话回访】2026年3月",
			"青山村三组：0/3 人（0%），没打：王奶奶、石德贵、白凤兰（王五负责）",
		},
		count: map[string]int{
			"李四 | 【电话回访·没打】": 6, // 王奶奶 3 days after each weekly task, 白凤兰 on the 9th, 石德贵 on the 16th
		},
	}
	for d := 7; d <= 30; d++ { // no task of a weekly call waits a week
		rc.never = append(rc.never, fmt.Sprintf("王奶奶 13900000001（关爱等级：高，每周一次；已拖%d天", d))
	}
	_, st := rc.check(t)
	var got []village.CallStatus
	for _, c := range st.Calls {
		if c.Person == "王奶奶" {
			got = append(got, c.Status)
		}
	}
	want := []village.CallStatus{village.CallUnmade, village.CallUnmade, village.CallUnmade, village.CallUnmade, village.CallOpen}
	if !slices.Equal(got, want) {
		t.Errorf("王奶奶's call tasks: %v, want %v (each week's closed as not made, the next one opened)", got, want)
	}
}

// TestReplayLapsedNoticeCallMakesWay: when a task made only to pass on a
// notice has nothing left to say on the very morning the person's routine
// call comes due, the routine call takes the task's place: the person has
// one pending task, not the routine one plus a silent one left open.
func TestReplayLapsedNoticeCallMakesWay(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T08:10:00+08:00","kind":"private","from":"王五","text":"回访 王奶奶 已通 身体挺好"}`,
			`{"at":"2026-03-08T16:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"紧急通知 三组 今晚有暴雨，低洼处人员请转移"}`,
			`{"at":"2026-03-08T17:20:00+08:00"}`,
			`{"at":"2026-03-09T08:05:00+08:00"}`,
		},
		want: []string{"03-08T17:20 王五 | 【通知未回复】#N1", "03-09T08:0"},
	}
	_, st := rc.check(t)
	var pending []string
	for _, c := range st.Calls {
		if c.Person == "王奶奶" && c.Pending() {
			pending = append(pending, c.ID+" "+c.Topic)
		}
	}
	if len(pending) != 1 {
		t.Errorf("王奶奶 has pending call tasks %q, want one: the routine call in the notice task's place", pending)
	}
}

// TestReplayStaleReminderOnceOnCatchUp: a bot down from April to July
// catches up three 公示 occurrences: April's items are listed (each
// month's list still goes out), but the reviewer hears of the claim
// still waiting for him once, from the latest occurrence, not once per
// missed month.
func TestReplayStaleReminderOnceOnCatchUp(t *testing.T) {
	rc := replayCase{
		lines: append(append([]string{`{"at":"2026-04-20T07:00:00+08:00"}`}, aprilClaims...),
			`{"at":"2026-04-22T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"申请积分 参加村里义务劳动 修路"}`,
			`{"at":"2026-07-01T10:00:00+08:00"}`),
		want: []string{"07-01T10:00 青山村三组网格群 | 【积分公示】青山村三组 2026年4月\n#C1",
			"07-01T10:00 赵六 | 【积分待审核】青山村上月及以前提的积分申请，还有 1 项等您审核：\n#C3"},
		count: map[string]int{"【积分公示】": 1, "赵六 | 【积分待审核】": 1},
	}
	rc.check(t)
}

// TestReplayWatchdogWholeMinutes: a fire reported at 19:30 and some
// seconds is re-alerted at the 19:45 tick, 15 minutes by the times the
// chats show, and every 15 minutes after, each alert saying the minutes a
// reader counts from the report's time (not 19 at 19:50).
func TestReplayWatchdogWholeMinutes(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T19:00:00+08:00"}`,
			`{"at":"2026-03-02T19:30:20+08:00","chat":"青山村三组网格群","from":"熊秀英","text":"快来人 石德贵家厨房着火了"}`,
			`{"at":"2026-03-02T19:45:00+08:00"}`, // a line per tick: the watchdog runs its latest due tick only
			`{"at":"2026-03-02T19:50:00+08:00"}`,
			`{"at":"2026-03-02T19:55:00+08:00"}`,
			`{"at":"2026-03-02T20:00:00+08:00"}`,
			`{"at":"2026-03-02T20:05:00+08:00"}`,
			`{"at":"2026-03-02T20:09:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-02T21:00:00+08:00"}`,
		},
		want: []string{
			"03-02T19:45 青山镇应急值班群 | 【紧急·无人确认】青山村三组 #R1 已过15分钟仍无人确认",
			"03-02T19:45 青山村三组网格群 | @李四\u2005@王五\u2005紧急情况 #R1 已过15分钟还没人确认",
			"03-02T20:00 青山镇应急值班群 | 【紧急·无人确认】青山村三组 #R1 已过30分钟仍无人确认",
		},
		never: []string{"19分钟", "34分钟"},
		count: map[string]int{"【紧急·无人确认】": 2},
	}
	rc.check(t)
}

// TestReplayAutoCloseNotNews: an item resolved days ago and closed today
// for want of an answer is in no line of the evening digest: its closing
// alone posts no digest (the group would get the same open list again).
func TestReplayAutoCloseNotNews(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-02T09:05:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"上报 后面水沟堵了，一下雨就漫到路上"}`,
			`{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-02T15:00:00+08:00","chat":"青山村三组网格群","from":"李四","text":"办结 #R1 换了灯泡"}`,
			`{"at":"2026-03-03T10:05:00+08:00"}`,
			`{"at":"2026-03-04T10:05:00+08:00"}`, // R2 goes to the township, a day after its reminder
			`{"at":"2026-03-06T10:05:00+08:00"}`, // 张三 is asked
			`{"at":"2026-03-09T10:05:00+08:00"}`,
			`{"at":"2026-03-09T20:05:00+08:00"}`,
		},
		want: []string{
			"03-04T10:05 青山镇网格工作群 | 【超期上报】青山村三组 #R2",
			"03-09T10:05 青山村三组网格群 | #R1 办结后一直没有收到答复，已自动结案",
		},
		never: []string{"03-09T20:05 青山村三组网格群 | 【今日小结】"},
	}
	rc.check(t)
}

// TestReplayOfficeDigestQuietMorning: the office's 早报 after a day when
// nothing happened (no step on any item, no deadline passed) is one line
// with the count and the overdue numbers, not the same long list again;
// the morning after something changed it is in full.
func TestReplayOfficeDigestQuietMorning(t *testing.T) {
	lines := []string{
		`{"at":"2026-03-02T07:00:00+08:00"}`,
		`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"上报 后面水沟堵了，一下雨就漫到路上"}`,
	}
	for d := 3; d <= 12; d++ {
		for _, hm := range []string{"08:35", "12:05", "19:05"} {
			lines = append(lines, fmt.Sprintf(`{"at":"2026-03-%02dT%s:00+08:00"}`, d, hm))
		}
	}
	lines = append(lines, `{"at":"2026-03-12T10:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"进展 #R1 已联系挖机，周五来"}`,
		`{"at":"2026-03-13T08:35:00+08:00"}`)
	rc := replayCase{
		lines: lines,
		want: []string{
			"03-03T08:35 青山镇网格工作群 | 【早报】3月3日 全镇未办结 1 件\n在本群发「待办」", // R1 is new
			"03-06T08:35 青山镇网格工作群 | 【早报】3月6日 全镇未办结 1 件，近一天没有新情况；超期 1 件：青山村三组 #R1；镇里还没人接手的，接手回复「确认 #R1」。\n在本群发「待办」看详情。",
			"03-13T08:35 青山镇网格工作群 | 【早报】3月13日 全镇未办结 1 件\n超期：", // 孙七's 进展
		},
		never: []string{"03-12T08:35 青山镇网格工作群 | 【早报】3月12日 全镇未办结 1 件\n"},
	}
	rc.check(t)
}

// TestReplayMediationScheduledPosts: what the scheduled jobs post in the
// grid group about a mediation (the evening digest, the follow-up of its
// 办结) carries no note of how it went, and asks its reporter to say 未解决
// privately, as the 办结 line does; a private item is not in the digest.
func TestReplayMediationScheduledPosts(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T08:55:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 调解 陈二家的猪拱了我家菜地 他不认账"}`,
			`{"at":"2026-03-02T09:05:00+08:00","kind":"private","from":"张三","text":"上报 我怀疑隔壁雷志明家偷偷在河里电鱼 别说是我说的"}`,
			`{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-02T09:20:00+08:00","chat":"青山村三组网格群","from":"李四","text":"进展 #R1 陈二答应赔两百块"}`,
			`{"at":"2026-03-02T20:05:00+08:00"}`,
			`{"at":"2026-03-03T09:30:00+08:00","kind":"private","from":"李四","text":"办结 #R1 陈二赔了两百块"}`,
			`{"at":"2026-03-06T10:05:00+08:00"}`,
		},
		want: []string{"03-02T20:05 青山村三组网格群 | 【今日小结】三组", "#R1 处理中 陈二家的猪拱了我家菜地",
			"03-06T10:05 青山村三组网格群 | @张三\u2005#R1 已办结几天了：陈二家的猪拱了我家菜地 他不认账\n问题解决了吗？解决了回复「满意 #R1」，没解决请私信我「未解决 #R1 原因」。"},
		never: []string{"青山村三组网格群 | #R1 进展已记录"},
	}
	got, _ := rc.check(t)
	for _, o := range got {
		if strings.Contains(o, "青山村三组网格群 | ") && (strings.Contains(o, "两百") || strings.Contains(o, "电鱼")) {
			t.Errorf("the group hears a hidden note: %q", o)
		}
	}
}

// TestReplayCadresElderHearsTheNotice: 朱有田 (no WeChat, of 网格员
// 朱大勇's household, looked after by 杨春花) is told of a notice by
// phone though 朱大勇 answered 收到 in the group: the follow-up asks
// 杨春花 to pass it on in the call she still has to make, the next list
// carries it, and her logged call answers it for him, so the list after
// that does not.
func TestReplayCadresElderHearsTheNotice(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 二组 周五上午9点在村卫生室接种流感疫苗，请带身份证"}`,
			`{"at":"2026-03-02T09:20:00+08:00","chat":"青山村二组网格群","from":"朱大勇","text":"收到"}`,
			`{"at":"2026-03-02T20:00:00+08:00"}`,
			`{"at":"2026-03-03T07:00:00+08:00"}`,
			`{"at":"2026-03-03T10:20:00+08:00"}`,
			`{"at":"2026-03-03T20:00:00+08:00"}`,
			`{"at":"2026-03-04T07:00:00+08:00"}`,
			`{"at":"2026-03-04T08:05:00+08:00"}`,
			`{"at":"2026-03-04T09:00:00+08:00","kind":"private","from":"杨春花","text":"朱有田打通了 已转告 身体挺好"}`,
			`{"at":"2026-03-04T20:00:00+08:00"}`,
			`{"at":"2026-03-05T07:00:00+08:00"}`,
			`{"at":"2026-03-05T08:05:00+08:00"}`,
		},
		want: []string{
			"杨春花 | 【通知未回复】#N1",
			// the morning list carries it on both calls (call100)
			"03-03T10:20 杨春花 | 【电话回访】今天请给这 2 位打个电话：\n1. 朱有田 13800002034",
			"另有 1 户的老人在您今天的电话回访清单上（清单已写了这条通知）",
			"03-04T08:05 杨春花 | 【电话回访】",
			"朱有田 13800002034（关爱等级：一般，每季度一次；已拖2天）\n2. 程金花",
			"\n每位的事由：例行问候：身体怎么样，生活上有没有困难\n每位都要转告3月2日的通知：周五上午9点",
		},
		never: []string{
			"03-05T08:05 杨春花 | 【电话回访】今天请给这 2 位", // reached yesterday: nothing left for 朱有田
			"朱大勇户、", // the household is not chased
		},
	}
	rc.check(t)
}

// TestReplayCadresElderToldBeforeTheFollowup: a call that passed the
// notice on to 朱有田 (of a cadre's household) before the follow-up ran
// answers it for him: the follow-up does not ask for it again.
func TestReplayCadresElderToldBeforeTheFollowup(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 二组 周五上午9点在村卫生室接种流感疫苗，请带身份证"}`,
			`{"at":"2026-03-02T09:20:00+08:00","chat":"青山村二组网格群","from":"朱大勇","text":"收到"}`,
			`{"at":"2026-03-02T15:00:00+08:00","kind":"private","from":"杨春花","text":"朱有田打通了 已转告打疫苗的事 身体挺好"}`,
			`{"at":"2026-03-02T20:00:00+08:00"}`,
			`{"at":"2026-03-03T07:00:00+08:00"}`,
			`{"at":"2026-03-03T09:20:00+08:00"}`,
		},
		want:  []string{"杨春花 | 【通知未回复】#N1", "另有 1 户的老人在您今天的电话回访清单上（清单已写了这条通知）"},
		never: []string{"朱有田（13800002034）"},
	}
	rc.check(t)
}

// TestReplayReturnedUntaken: an item the overdue job sent up to the
// township before its grid leader ever took it on (超期没人受理), sent
// back by an officer (退回), is new again: its leader is @-asked to 确认
// it, with the officer's note, on a fresh deadline to accept it, and the
// overdue chase starts over from that deadline; not 处理中, which nobody
// took on.
func TestReplayReturnedUntaken(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T08:55:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯坏了好几天了"}`,
			`{"at":"2026-03-03T10:05:00+08:00"}`, // past the deadline to accept it: reminded
			`{"at":"2026-03-04T10:05:00+08:00"}`, // a day later: filed with the township
			`{"at":"2026-03-04T11:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"退回 #R1 路灯归村里管，请网格长安排电工"}`,
			`{"at":"2026-03-05T12:05:00+08:00"}`, // the new deadline to accept it passed: reminded
		},
		want: []string{
			"青山镇网格工作群 | 【超期上报】青山村三组 #R1",
			"青山镇网格工作群 | #R1 已退回村里：路灯归村里管，请网格长安排电工。\n网格还没人受理过，已请网格长李四先受理，受理期限明天11:00",
			"青山村三组网格群 | #R1 已退回村里（镇里孙七）：路灯归村里管，请网格长安排电工。\n@李四\u2005这件事还没人受理过，请网格长先受理：回复「确认 #R1」，受理期限明天11:00",
			"03-05T12:05 青山村三组网格群 | @李四\u2005#R1（一般事项）已过期限",
		},
		never: []string{"请网格接着办"},
	}
	_, st := rc.check(t)
	if len(st.Reports) != 1 {
		t.Fatalf("%d reports, want 1", len(st.Reports))
	}
	r := st.Reports[0]
	if r.Status != village.StatusNew || r.Overdue != 1 || len(r.History) < 3 || r.History[2].To != village.StatusNew {
		t.Errorf("sent back untaken: status %s, overdue %d, history %+v; want new, reminded once", r.Status, r.Overdue, r.History)
	}
}
