package main

import (
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/storage/storagetest"
)

// TestReplayOutreach runs a month of the example village on simulated time:
// the scheduled jobs (digests, SLA chase, emergency watchdog, notices and
// their follow-up, phone calls to elders, coverage) and the commands that
// answer them.
func TestReplayOutreach(t *testing.T) {
	srv := storagetest.StartServer(t)
	url := ""
	if srv != nil {
		url = srv.URL
	}
	outs, st := replayFile(t, url, "testdata/outreach.jsonl")
	type check struct {
		name, to, substr string
		atLeast, atMost  int
	}
	checks := []check{
		{"evening digest of grid 三组", "青山村三组网格群", "【今日小结】三组 3月2日", 1, 1},
		{"morning digest to the township", "青山镇网格工作群", "【早报】3月3日", 1, 1},
		{"overdue reminder to the handler", "青山村三组网格群", "@李四\u2005#R1（一般事项）已过期限", 1, 1},
		{"township escalation of the overdue item", "青山镇网格工作群", "【超期上报】青山村三组 #R1", 1, 1},
		{"paused item is not chased", "青山村三组网格群", "#R3（调解事项）已过期限", 0, 0},
		{"watchdog re-alerts the duty chat until someone acts", "青山镇应急值班群", "【紧急·无人确认】青山村三组 #R2", 2, 2},
		{"watchdog re-alerts the grid", "青山村三组网格群", "紧急情况 #R2 已过", 2, 2},
		{"notice broadcast", "青山村一组网格群", "【通知】明天上午9点在村委会开会", 1, 1},
		{"notice follow-up: the elder's call of the day passes it on", "王五", "王奶奶（13900000001）、石德贵（13900000031）、白凤兰（13900000053）的回访电话还没打：请今天之内打，打的时候把这条通知一起转告", 1, 1},
		{"weekly call reminder to 王五 for 王奶奶", "王五", "13900000001（关爱等级：高，每周一次）", 2, 10},
		{"one message lists the worker's calls of the day", "王五", "【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶", 1, 10},
		{"missed call retried the next day", "王五", "王奶奶 13900000001（上次没打通 1 次，再打一次）", 1, 1},
		{"two misses go to the grid leader", "李四", "【请上门看看】王奶奶", 1, 1},
		{"the visit's note becomes a report, told privately as the visit was logged", "李四", "王奶奶反映的「屋顶漏雨了，下雨天漏得厉害」已登记 #R4", 1, 1},
		{"the private visit's note is not posted in the group", "青山村三组网格群", "屋顶漏雨了", 0, 0},
		{"monthly coverage to the township", "青山镇网格工作群", "【上月电话回访】2026年3月", 1, 1},
	}
	for _, c := range checks {
		if n := len(findOut(outs, c.to, c.substr)); n < c.atLeast || n > c.atMost {
			t.Errorf("%s: %d messages to %s containing %q, want %d..%d", c.name, n, c.to, c.substr, c.atLeast, c.atMost)
		}
	}
	if hits := findOut(outs, "青山镇应急值班群", "【紧急·无人确认】青山村三组 #R2"); len(hits) > 0 && hits[0].At != "2026-03-02T09:30:00+08:00" {
		t.Errorf("first re-alert at %s, want with the first line after 09:25", hits[0].At)
	}
	for _, o := range outs {
		if strings.Contains(o.Text, "【今日小结】") && (o.At < "2026-03-02T07:00" || strings.HasSuffix(o.At[:13], "T22") || strings.HasSuffix(o.At[:13], "T23")) {
			t.Errorf("digest posted in quiet hours: %+v", o)
		}
	}

	// State: the report made from the call, the calls and the notice's answers.
	var r4 *struct{ reporter, recorder string }
	for _, r := range st.Reports {
		if r.ID == "R4" {
			r4 = &struct{ reporter, recorder string }{r.Reporter, r.Recorder}
		}
	}
	if r4 == nil || r4.reporter != "王奶奶" || r4.recorder != "李四" {
		t.Errorf("R4 = %+v, want reported by 王奶奶 and recorded by 李四", r4)
	}
	var grandma []string
	for _, c := range st.Calls {
		if c.Person == "王奶奶" {
			grandma = append(grandma, string(c.Status)+"/"+c.Outcome)
		}
	}
	// The visit closes the task the misses escalated: none is left pending a visit.
	want := []string{"reached/上门", "reached/已通"}
	if !containsAll(grandma, want) || slices.ContainsFunc(grandma, func(s string) bool { return strings.HasPrefix(s, "escalated") }) {
		t.Errorf("王奶奶's calls = %v, want %v", grandma, want)
	}
	if len(st.Notices) != 1 {
		t.Fatalf("notices = %d, want 1", len(st.Notices))
	}
	n := st.Notices[0]
	if !containsAll(n.Acknowledged, []string{"青山村/QS-301", "青山村/QS-302"}) || !n.FollowedUp {
		t.Errorf("notice N1 acknowledged by %v (followed up %v), want 张三's and 陈二's households", n.Acknowledged, n.FollowedUp)
	}
	if slices.Contains(n.Acknowledged, "青山村/QS-303") {
		t.Errorf("李四's household never answered but is counted: %v", n.Acknowledged)
	}

	// The township's files: the calls and the notice's answers, exported.
	if srv == nil {
		return
	}
	export := func(what string) string {
		t.Helper()
		var stdout, stderr strings.Builder
		args := []string{"export", "-config", "config.example.yaml", "-redis", srv.URL, "-what", what, "-format", "csv"}
		if err := run(t.Context(), args, nil, &stdout, &stderr, discard()); err != nil {
			t.Fatalf("export %s: %v\n%s", what, err, stderr.String())
		}
		return stdout.String()
	}
	if got := export("calls"); len(nonEmptyLines(got)) != len(st.Calls)+1 || !strings.Contains(got, ",王奶奶,13900000001,高,") {
		t.Errorf("calls export: want a header and %d calls, 王奶奶's among them:\n%s", len(st.Calls), got)
	}
	got := export("notices")
	if !strings.Contains(got, "\nN1,2026-03-0") || !strings.Contains(got, fmt.Sprintf(",%d,%d,", len(n.Acknowledged), len(n.Pending))) {
		t.Errorf("notices export: want N1 with %d households answered and %d not:\n%s", len(n.Acknowledged), len(n.Pending), got)
	}
}

func containsAll(xs, want []string) bool {
	for _, w := range want {
		if !slices.Contains(xs, w) {
			return false
		}
	}
	return true
}

func TestJobsListing(t *testing.T) {
	var stdout, stderr strings.Builder
	err := run(t.Context(), []string{"jobs", "-at", "2026-03-02T09:00:00+08:00"}, nil, &stdout, &stderr, discard())
	if err != nil {
		t.Fatalf("jobs: %v\n%s", err, stderr.String())
	}
	var lines []string
	for _, l := range strings.Split(stdout.String(), "\n") {
		lines = append(lines, strings.Join(strings.Fields(l), " "))
	}
	for _, want := range []string{
		"evening_digest 晚间小结 0 20 * * * 2026-03-02 20:00 周一",
		"calls 电话回访清单 0 8 * * * 2026-03-03 08:00 周二",
		"coverage 回访覆盖率 0 9 1 * * 2026-04-01 09:00 周三",
	} {
		if !slices.Contains(lines, want) {
			t.Errorf("jobs output lacks %q:\n%s", want, stdout.String())
		}
	}
	table, footer, _ := strings.Cut(stdout.String(), "\n\n")
	if want := "时间按配置里的 time_zone（Asia/Shanghai）算，从 2026-03-02 09:00 周一 算起。\n" + jobsHint + "\n"; footer != want {
		t.Errorf("jobs footer = %q, want %q: the server's clock may be on UTC", footer, want)
	}
	// every job says what it does
	for _, l := range strings.Split(table, "\n")[1:] {
		l = strings.Join(strings.Fields(l), " ")
		if f := strings.Fields(l); len(f) > 0 && (len(f) < 2 || f[1][0] < utf8.RuneSelf) {
			t.Errorf("job without a label: %q", l)
		}
	}
	// the columns line up on the screen, under the Chinese header
	out := strings.Split(stdout.String(), "\n")
	at := func(line, col string) int { return cells(line[:strings.Index(line, col)]) }
	if len(out) < 2 || at(out[0], "做什么") != at(out[1], "晚间小结") || at(out[0], "时间表") != at(out[1], "0 20 * * *") || at(out[0], "下次运行") != at(out[1], "2026-03-02") {
		t.Errorf("columns do not line up:\n%s", stdout.String())
	}
}

// TestJobsAtAsTheTableWritesIt: -at takes a time as the table shows it
// ("2026-03-02 09:00"), or a day, in the config's time zone, not only
// RFC 3339; what it cannot read it says how to write.
func TestJobsAtAsTheTableWritesIt(t *testing.T) {
	for at, from := range map[string]string{"2026-03-02 09:00": "2026-03-02 09:00 周一", "2026-03-02": "2026-03-02 00:00 周一",
		"2026-03-02T09:00:00+08:00": "2026-03-02 09:00 周一"} {
		var stdout, stderr strings.Builder
		if err := run(t.Context(), []string{"jobs", "-at", at}, nil, &stdout, &stderr, discard()); err != nil {
			t.Errorf("jobs -at %q: %v", at, err)
			continue
		}
		if want := "从 " + from + " 算起"; !strings.Contains(stdout.String(), want) {
			t.Errorf("jobs -at %q: output lacks %q:\n%s", at, want, stdout.String())
		}
	}
	var stdout, stderr strings.Builder
	err := run(t.Context(), []string{"jobs", "-at", "3月2日"}, nil, &stdout, &stderr, discard())
	if err == nil || !strings.Contains(err.Error(), "2026-03-02 09:00") {
		t.Errorf("jobs -at 3月2日: err = %v, want how to write it", err)
	}
}

func TestColumns(t *testing.T) {
	got := columns([][]string{{"任务", "时间表", "下次运行"}, {"calls", "0 8 * * *", "不再运行"}, {"积分公示（月）", "x", "y"}})
	want := "任务            时间表     下次运行\n" +
		"calls           0 8 * * *  不再运行\n" +
		"积分公示（月）  x          y\n"
	if got != want {
		t.Errorf("columns:\n%s\nwant\n%s", got, want)
	}
}

// TestJobsTouchNoRedis: listing the schedule reads only the config: it
// needs no Redis (the bot's may be down) and warns of no in-process store.
func TestJobsTouchNoRedis(t *testing.T) {
	for name, cfg := range map[string]string{
		"no redis.url":      exampleConfig(t),
		"the bot's is down": exampleConfig(t, [2]string{"\n  url: \"\"", "\n  url: redis://127.0.0.1:1/0"}),
	} {
		var stdout, stderr, logs strings.Builder
		log := slog.New(slog.NewTextHandler(&logs, nil))
		if err := run(t.Context(), []string{"jobs", "-config", cfg}, nil, &stdout, &stderr, log); err != nil {
			t.Fatalf("%s: jobs: %v\n%s", name, err, stderr.String())
		}
		if !strings.Contains(stdout.String(), "evening_digest") {
			t.Errorf("%s: jobs listed no evening_digest:\n%s", name, stdout.String())
		}
		if strings.Contains(logs.String(), "level=WARN") || strings.Contains(logs.String(), "level=ERROR") {
			t.Errorf("%s: jobs logged a warning:\n%s", name, logs.String())
		}
	}
}
