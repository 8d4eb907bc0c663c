package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/storage/storagetest"
)

// TestReplaySaysWhatIsWrongWithALine: a hand-written transcript's broken
// line stops the replay with its number and, in Chinese, how to write it;
// a line that still replays but is probably a mistake (a group the config
// does not have, a time earlier than the line before) is pointed out.
func TestReplaySaysWhatIsWrongWithALine(t *testing.T) {
	srv := storagetest.NeedServer(t)
	const good = `{"at":"2026-03-02T09:15:00+08:00","chat":"青山村三组网格群","from":"张三","text":"大家好"}` + "\n"
	for _, tc := range []struct {
		name, line string
		want       string // in the error, or in stderr when warn
		warn       bool
	}{
		{"not JSON", `at=2026-03-02 text=上报`, "第 2 行：不是一行 JSON", false},
		{"misspelt field", `{"at":"2026-03-02T09:16:00+08:00","chat":"青山村三组网格群","form":"张三","text":"x"}`, `第 2 行：不认得 "form" 这一项`, false},
		{"no at", `{"chat":"青山村三组网格群","from":"张三","text":"x"}`, "第 2 行：没有写 at", false},
		{"time without T", `{"at":"2026-03-02 09:16","chat":"青山村三组网格群","from":"张三","text":"x"}`, `第 2 行：at 的时间 "2026-03-02 09:16" 写法不对`, false},
		{"no speaker", `{"at":"2026-03-02T09:16:00+08:00","chat":"青山村三组网格群","text":"x"}`, "第 2 行：有 text 没有 from", false},
		{"no chat", `{"at":"2026-03-02T09:16:00+08:00","from":"张三","text":"x"}`, "第 2 行：有 text 没有 chat", false},
		{"photo without speaker", `{"at":"2026-03-02T09:16:00+08:00","chat":"青山村三组网格群","images":["a.jpg"]}`, "第 2 行：有 images 没有 from", false},
		{"misspelt kind", `{"at":"2026-03-02T09:16:00+08:00","kind":"privat","from":"张三","text":"x"}`, `第 2 行：kind 写的是 "privat"`, false},
		{"unknown group", `{"at":"2026-03-02T09:16:00+08:00","chat":"青山村3组网格群","from":"张三","text":"上报 路灯坏了"}`, "注意：第 2 行：配置里没有「青山村3组网格群」这个群", true},
		{"time going back", `{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"张三","text":"x"}`, "注意：第 2 行：时间 2026-03-02T09:10:00+08:00 比前面的行早", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), []string{"replay", "-redis", srv.URL}, strings.NewReader(good+tc.line+"\n"), &stdout, &stderr, discard())
			wantSaid(t, "replay", err, stderr.String(), !tc.warn, tc.want)
		})
	}
}

// TestReplayRosterFromWhereTheOperatorStands: -roster names a file from the
// current folder, as every other file on the command line (it was looked
// for next to the config, and with no -config not at all), and a
// -state-out that cannot be written says so in Chinese.
func TestReplayRosterFromWhereTheOperatorStands(t *testing.T) {
	srv := storagetest.NeedServer(t)
	roster, err := os.ReadFile("example/roster.csv")
	if err != nil {
		t.Fatal(err)
	}
	cfg := exampleConfig(t)
	t.Chdir(t.TempDir())
	if err := os.WriteFile("我的花名册.csv", roster, 0o644); err != nil {
		t.Fatal(err)
	}
	const line = `{"at":"2026-03-02T09:15:00+08:00","chat":"青山村三组网格群","from":"张三","text":"查 #R1"}` + "\n"
	for _, args := range [][]string{{"-roster", "我的花名册.csv"}, {"-config", cfg, "-roster", "我的花名册.csv"}} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), append([]string{"replay", "-redis", srv.URL}, args...), strings.NewReader(line), &stdout, &stderr, discard()); err != nil {
			t.Errorf("replay %v: %v", args, err)
		}
	}
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), []string{"replay", "-redis", srv.URL, "-state-out", filepath.Join("没有这个文件夹", "state.json")},
		strings.NewReader(line), &stdout, &stderr, discard())
	if want := "不能写 -state-out 的文件"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("-state-out into a missing folder: err = %v, want %q", err, want)
	}
}

// TestReplayRefusesTheBotsRedis: -redis naming the Redis the config's bot
// uses (however the URL is written) is refused before anything is read or
// written: made-up messages would become real reports and move the real
// bot's scheduled jobs to simulated time.
func TestReplayRefusesTheBotsRedis(t *testing.T) {
	b, err := os.ReadFile("config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(t.TempDir(), "我的配置.yaml")
	withURL := strings.Replace(string(b), "\n  url: \"\"\n", "\n  url: redis://127.0.0.1:6399/0\n", 1)
	if err := os.WriteFile(cfg, []byte(withURL), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"replay", "-config", cfg, "-redis", "redis://:secret@localhost:6399"},
		{"sandbox", "-config", cfg, "-addr", "127.0.0.1:0", "-redis", "redis://127.0.0.1:6399/0"},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr, discard())
		if want := "就是配置里机器人正在用的 Redis"; err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "请换一个库（如 redis://127.0.0.1:6399/15）") {
			// another database of the bot's server, which runs: not 6379's
			t.Errorf("%s -redis the bot's Redis: err = %v, want %q and another database of that server to use", args[0], err, want)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("the password is shown: %v", err)
		}
	}
}

func TestSameRedis(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"redis://127.0.0.1:6379/0", "redis://localhost", true},
		{"redis://:pw@127.0.0.1:6379/0", "redis://127.0.0.1:6379", true},
		{"redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/15", false},
		{"redis://127.0.0.1:6379/0", "redis://127.0.0.1:6380/0", false},
		{"unix:///run/redis/redis.sock", "unix:///run/redis//redis.sock?db=0", true},
		{"unix:///run/redis/redis.sock", "unix:///run/redis/redis.sock?db=2", false},
	} {
		if got := sameRedis(tc.a, tc.b); got != tc.same {
			t.Errorf("sameRedis(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

// TestReplayEndingAtNightShowsWhatIsHeld: a transcript that ends in the
// quiet hours still shows what it leaves held for the morning (a private
// report passed to the leader, a notice written at night), each line
// marked held_until with when it goes out; what went out at once is not
// marked.
func TestReplayEndingAtNightShowsWhatIsHeld(t *testing.T) {
	srv := storagetest.NeedServer(t)
	in := `{"at":"2026-03-02T22:30:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"通知 三组 明天上午停水"}
{"at":"2026-03-02T22:40:00+08:00","kind":"private","from":"张三","text":"上报 隔壁家狗天天叫 吵得睡不着"}
`
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"replay", "-redis", srv.URL}, strings.NewReader(in), &stdout, &stderr, discard()); err != nil {
		t.Fatalf("replay: %v\n%s", err, stderr.String())
	}
	var held, sent []string
	for line := range strings.Lines(stdout.String()) {
		var o struct {
			At, To, Text string
			HeldUntil    string `json:"held_until"`
		}
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatal(err)
		}
		if o.HeldUntil == "" {
			sent = append(sent, o.To)
			continue
		}
		if o.At != "2026-03-02T22:40:00+08:00" {
			t.Errorf("a held line is stamped %s, want the transcript's end", o.At)
		}
		held = append(held, o.HeldUntil+" "+o.To+": "+strings.SplitN(o.Text, "\n", 2)[0])
	}
	want := []string{
		"2026-03-03T07:00:00+08:00 李四: 【私信反映】张三 反映 #R1（调解事项）：隔壁家狗天天叫 吵得睡不着",
		"2026-03-03T07:00:00+08:00 郑十: 【私信反映·调解】张三 反映 #R1：隔壁家狗天天叫 吵得睡不着",
		"2026-03-03T07:15:00+08:00 青山村三组网格群: 【通知】明天上午停水",
		"2026-03-03T07:15:00+08:00 孙七: 您3月2日 22:30写的通知 #N1「明天上午停水」已发到 1 个群。各群回复情况可发「查 #N1」看。",
	}
	if diff := cmp.Diff(want, held); diff != "" {
		t.Errorf("held (-want +got):\n%s\nsent: %q\n%s", diff, sent, stdout.String())
	}
}

// TestSimulatedCommandsSayDataIsInMemoryInChinese: sandbox and replay
// without -redis tell the operator on the terminal, in Chinese, that what
// they do is lost at exit and which flag keeps it (the log's line is
// English); with -redis they say nothing of it.
func TestSimulatedCommandsSayDataIsInMemoryInChinese(t *testing.T) {
	srv := storagetest.NeedServer(t)
	t.Setenv("TMPDIR", t.TempDir()) // the sandbox's log file (sandboxLog)
	const line = `{"at":"2026-03-02T09:15:00+08:00","chat":"青山村三组网格群","from":"张三","text":"大家好"}` + "\n"
	cancelled, cancel := context.WithCancel(context.Background())
	cancel() // the sandbox stops as soon as it has started
	for _, tc := range []struct {
		args []string
		ctx  context.Context
		note bool
	}{
		{[]string{"replay"}, context.Background(), true},
		{[]string{"sandbox", "-addr", "127.0.0.1:0"}, cancelled, true},
		{[]string{"replay", "-redis", srv.URL}, context.Background(), false},
	} {
		var stdout, stderr bytes.Buffer
		if err := run(tc.ctx, tc.args, strings.NewReader(line), &stdout, &stderr, discard()); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		got := stderr.String()
		says := strings.Contains(got, "数据只放在内存里，关掉就没了") && strings.Contains(got, "要保留请加 -redis redis://127.0.0.1:6379/15")
		if says != tc.note {
			t.Errorf("%v: stderr\n%s\nsays data is in memory only: %v, want %v", tc.args, got, says, tc.note)
		}
		if strings.Contains(got, "memory") {
			t.Errorf("%v: stderr is English:\n%s", tc.args, got)
		}
	}
}

// TestReplaySaysALineIsTooLong: a line past what replay reads stops it
// with the line's number, in Chinese (it was bufio's "token too long").
func TestReplaySaysALineIsTooLong(t *testing.T) {
	srv := storagetest.NeedServer(t)
	const good = `{"at":"2026-03-02T09:15:00+08:00","chat":"青山村三组网格群","from":"张三","text":"大家好"}` + "\n"
	long := `{"at":"2026-03-02T09:16:00+08:00","chat":"青山村三组网格群","from":"张三","text":"` + strings.Repeat("路灯", 1<<20) + `"}` + "\n"
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"replay", "-redis", srv.URL}, strings.NewReader(good+long), &stdout, &stderr, discard())
	if want := "第 2 行太长（超过 4 MB）"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("a 6 MB line: err = %v, want %q", err, want)
	}
}
