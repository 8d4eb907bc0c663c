package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/storage/storagetest"
)

// TestKilledMidReplayLosesNothing kills the bot (SIGKILL) in the middle of a
// replay and runs it again on the same Redis: no acknowledged report is
// lost and no outbound message is sent twice. Whatever a killed sender had
// claimed but not confirmed is reported as of unknown outcome, never re-sent.
func TestKilledMidReplayLosesNothing(t *testing.T) {
	srv := storagetest.NeedServer(t)
	bin := buildBinary(t)
	for _, killAfter := range []int{1, 5, 9, 14, 19, 23, 30, 37, 44} {
		t.Run("after "+strconv.Itoa(killAfter)+" lines", func(t *testing.T) {
			replayKilledAndAgain(t, bin, srv.URL, "kill"+strconv.Itoa(killAfter), killAfter, func(cmd *exec.Cmd) { _ = cmd.Process.Kill() }, nil)
		})
	}
}

// TestRedisKilledMidReplayLosesNothing kills redis-server (SIGKILL, AOF
// with appendfsync always, as the README asks) in the middle of a replay,
// starts it again on the same AOF and replays the same messages (the same
// ids, as WeChat sends them again): every change acknowledged before the
// crash is there, none is made twice, no message is sent twice.
func TestRedisKilledMidReplayLosesNothing(t *testing.T) {
	bin := buildBinary(t)
	for _, killAfter := range []int{5, 23, 44} {
		t.Run("after "+strconv.Itoa(killAfter)+" lines", func(t *testing.T) {
			srv := storagetest.NeedServer(t)
			replayKilledAndAgain(t, bin, srv.URL, "redis"+strconv.Itoa(killAfter), killAfter,
				func(*exec.Cmd) { srv.Kill() }, func() { srv.Restart(t) })
		})
	}
}

// buildBinary is gridbot built for the crash tests: once per run of the
// package's tests, which all run the same binary (a build is seconds of
// a busy machine's time).
func buildBinary(t *testing.T) string {
	t.Helper()
	bin, err := crashBinary.get()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// crashBinary is the binary buildBinary built; TestMain removes it.
var crashBinary binaryBuild

// binaryBuild builds gridbot into a temporary directory at its first get.
type binaryBuild struct {
	once sync.Once
	dir  string
	bin  string
	err  error
}

func (b *binaryBuild) get() (string, error) {
	b.once.Do(func() {
		if b.dir, b.err = os.MkdirTemp("", "gridbot-crash-"); b.err != nil {
			return
		}
		b.bin = filepath.Join(b.dir, "gridbot")
		if out, err := exec.Command("go", "build", "-o", b.bin, ".").CombinedOutput(); err != nil {
			b.err = fmt.Errorf("build: %w\n%s", err, out)
		}
	})
	return b.bin, b.err
}

// remove removes what get built, if anything.
func (b *binaryBuild) remove() {
	if b.dir != "" {
		_ = os.RemoveAll(b.dir)
	}
}

// replayKilledAndAgain replays testdata/example.jsonl on the Redis at url
// (keys under prefix), calls crash once killAfter output lines have
// appeared, then restart (when not nil), and replays the whole input
// again: together the two runs must send what one clean run
// sends (testdata/example.golden.jsonl), none twice, at most the one
// message in flight at the crash missing and then reported as of unknown
// outcome, and leave the reports as a clean run does.
func replayKilledAndAgain(t *testing.T, bin, url, prefix string, killAfter int, crash func(*exec.Cmd), restart func()) {
	t.Helper()
	input := storagetest.Must(os.ReadFile("testdata/example.jsonl"))(t)
	golden := storagetest.Must(os.ReadFile("testdata/example.golden.jsonl"))(t)
	want := nonEmptyLines(string(golden))
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	writeConfigWithPrefix(t, cfg, prefix)
	args := []string{"replay", "-config", cfg, "-redis", url}

	// First run: crashed once killAfter output lines have appeared. Its
	// input stays open short of the last line, so it cannot finish before
	// the crash however fast it runs.
	cmd := exec.Command(bin, args...)
	stdin := storagetest.Must(cmd.StdinPipe())(t)
	stdout := storagetest.Must(cmd.StdoutPipe())(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		_, _ = stdin.Write(input[:bytes.LastIndexByte(bytes.TrimRight(input, "\n"), '\n')+1])
	}()
	stuck := time.AfterFunc(2*time.Minute, func() { _ = cmd.Process.Kill() }) // a guard, not a measure
	var raw []string
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		raw = append(raw, sc.Text())
		if len(raw) == killAfter {
			crash(cmd)
			_ = stdin.Close() // a replay that lost its Redis runs to its end
		}
	}
	_ = cmd.Wait()
	// With Redis down the bot says so directly: what the village reads
	// meanwhile, not what a clean run sends.
	raw = slices.DeleteFunc(raw, func(l string) bool { return strings.Contains(l, "系统暂时出了故障") })
	first := nonEmptyLines(strings.Join(raw, "\n"))
	if !stuck.Stop() {
		t.Fatalf("the input short of its last line gave %d lines, fewer than %d", len(first), killAfter)
	}
	if len(first) < killAfter {
		t.Fatalf("the first run gave %d lines, fewer than %d; stderr:\n%s", len(first), killAfter, stderr.String())
	}
	if restart != nil {
		restart()
	}

	// Second run: the same input, the same Redis.
	stateOut := filepath.Join(t.TempDir(), "state.json")
	cmd = exec.Command(bin, append(args, "-state-out", stateOut)...)
	cmd.Stdin = bytes.NewReader(input)
	var out2 bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out2, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("second run: %v\n%s", err, stderr.String())
	}
	all := append(first, nonEmptyLines(out2.String())...)

	seen := map[string]bool{}
	for _, l := range all {
		if seen[l] {
			t.Errorf("sent twice: %s", l)
		}
		seen[l] = true
	}
	var missing []string
	for _, l := range want {
		if !seen[l] {
			missing = append(missing, l)
		}
	}
	if len(missing) > 1 {
		t.Errorf("%d messages lost, want at most the one in flight at the crash:\n%s", len(missing), strings.Join(missing, "\n"))
	}
	for l := range seen {
		if !slices.Contains(want, l) {
			t.Errorf("unexpected message: %s", l)
		}
	}
	if len(missing) == 1 && !strings.Contains(stderr.String(), "unknown outcome") {
		t.Errorf("a message was lost without being reported as of unknown outcome; stderr:\n%s", stderr.String())
	}

	var st state
	b := storagetest.Must(os.ReadFile(stateOut))(t)
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range st.Reports {
		got = append(got, r.ID+" "+string(r.Status))
	}
	wantReports := []string{"R1 closed", "R2 accepted", "R3 accepted", "R4 new", "R5 closed", "R6 new", "R7 duplicate", "R8 rejected", "R9 closed", "R10 new"}
	if diff := cmp.Diff(got, wantReports); diff != "" {
		t.Errorf("reports after the crash and re-run (-got +want):\n%s", diff)
	}
}

func writeConfigWithPrefix(t *testing.T, path, prefix string) {
	t.Helper()
	b := storagetest.Must(os.ReadFile("config.example.yaml"))(t)
	s := strings.Replace(string(b), "\n  prefix: gb", "\n  prefix: "+prefix, 1)
	if s == string(b) {
		t.Fatal("config.example.yaml has no redis prefix line to replace")
	}
	if err := os.MkdirAll(filepath.Join(filepath.Dir(path), "example"), 0o755); err != nil {
		t.Fatal(err)
	}
	roster := storagetest.Must(os.ReadFile("example/roster.csv"))(t)
	if err := os.WriteFile(filepath.Join(filepath.Dir(path), "example", "roster.csv"), roster, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// nonEmptyLines returns the output lines without their "at": a message
// queued before the kill is sent after the restart, at a later clock.
func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		var o map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			out = append(out, l)
			continue
		}
		delete(o, "at")
		b, _ := json.Marshal(o)
		out = append(out, string(b))
	}
	return out
}

// TestRedisKilledRightAfterReplyKeepsIt: what the bot told a user it had
// done (a claim approved, a redemption, a call logged) is still in Redis
// after redis-server, with AOF and appendfsync always as the README
// advises, is killed (SIGKILL) the moment the reply is written out and
// started again on the same files; and the same message, sent again
// after the restart as WeChat may, changes nothing.
func TestRedisKilledRightAfterReplyKeepsIt(t *testing.T) {
	const (
		claim   = `{"at": "2026-03-02T09:00:00+08:00", "id": "m1", "chat": "青山村三组网格群", "from": "张三", "text": "申请积分 今天把院子和房前屋后打扫干净了，拍了照片"}` + "\n"
		approve = `{"at": "2026-03-02T09:05:00+08:00", "id": "m2", "chat": "青山村三组网格群", "from": "赵六", "text": "同意 #C1 8"}` + "\n"
		// the claim's points are published on April 1st and redeemable
		// once the week of 公示 has passed
		published = `{"at": "2026-04-01T10:00:00+08:00"}` + "\n" + `{"at": "2026-04-16T10:00:00+08:00"}` + "\n"
		redeem    = `{"at": "2026-04-16T10:05:00+08:00", "id": "m3", "chat": "青山村三组网格群", "from": "周八", "text": "兑换 张三 香皂 1"}` + "\n"
		call      = `{"at": "2026-03-02T09:20:00+08:00", "id": "m4", "kind": "private", "from": "王五", "text": "回访 王奶奶 已通 身体挺好"}` + "\n"
	)
	ledger := func(st state, event, source string) []int {
		var points []int
		for _, l := range st.Ledger {
			if l.Event == event && l.Source == source {
				points = append(points, l.Points)
			}
		}
		return points
	}
	for _, tc := range []struct {
		name, before, act, reply string
		check                    func(t *testing.T, st state)
	}{
		{"claim approved", claim, approve, "#C1 已通过", func(t *testing.T, st state) {
			if got := ledger(st, "approve", "m2"); !slices.Equal(got, []int{8}) {
				t.Errorf("approvals of m2 in the ledger: %v, want [8]", got)
			}
			if len(st.Claims) != 1 || st.Claims[0].Status != "approved" || st.Claims[0].Points != 8 {
				t.Errorf("claims: %+v, want C1 approved with 8 points", st.Claims)
			}
		}},
		{"redemption", claim + approve + published, redeem, "已兑换 #D", func(t *testing.T, st state) {
			if got := ledger(st, "redeem", "m3"); !slices.Equal(got, []int{5}) {
				t.Errorf("redemptions of m3 in the ledger: %v, want [5]", got)
			}
			for _, h := range st.Households {
				if h.ID == "QS-301" && (h.Redeemed != 5 || h.Redeemable != 3) {
					t.Errorf("张三's household: redeemed %d, redeemable %d; want 5 and 3", h.Redeemed, h.Redeemable)
				}
			}
		}},
		{"call logged", "", call, "已记录：王奶奶 已通", func(t *testing.T, st state) {
			var logged []string
			for _, c := range st.Calls {
				if c.LoggedBy != "" {
					logged = append(logged, c.Person+" "+c.Outcome+" "+c.Note)
				}
			}
			if !slices.Equal(logged, []string{"王奶奶 已通 身体挺好"}) {
				t.Errorf("calls logged: %q, want the one call", logged)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := storagetest.NeedServer(t)
			cfg := exampleConfig(t)
			killRedisOnReply(t, cfg, srv, []byte(tc.before+tc.act), tc.reply)
			srv.Restart(t) // on the same AOF

			// What is in Redis now, read with no message sent again.
			var at struct {
				At string `json:"at"`
			}
			if err := json.Unmarshal([]byte(tc.act), &at); err != nil {
				t.Fatal(err)
			}
			_, st := replayTranscript(t, cfg, srv.URL, []byte(`{"at": "`+at.At+`"}`+"\n"))
			tc.check(t, st)
			// The message again, as WeChat may send it after a reconnect.
			_, st = replayTranscript(t, cfg, srv.URL, []byte(tc.act))
			tc.check(t, st)
		})
	}
}

// killRedisOnReply replays input on srv and kills srv (SIGKILL) as soon as
// an output line holding reply is written, before the replay goes on: the
// reply is the last thing the bot did. The replay then ends on its own.
func killRedisOnReply(t *testing.T, cfg string, srv *storagetest.Server, input []byte, reply string) {
	t.Helper()
	out := &onLine{match: func(l string) bool { return strings.Contains(l, reply) }, do: srv.Kill}
	var stderr bytes.Buffer
	// The replay's errors once Redis is gone are no subject here.
	_ = run(context.Background(), []string{"replay", "-config", cfg, "-redis", srv.URL}, bytes.NewReader(input), out, &stderr, discard())
	if !out.done {
		t.Fatalf("no reply holding %q; output:\n%s\nstderr:\n%s", reply, out.all.String(), stderr.String())
	}
}

// onLine is a writer that calls do, once, when a line it is given matches.
type onLine struct {
	match func(string) bool
	do    func()
	done  bool
	all   bytes.Buffer
	part  []byte
}

func (w *onLine) Write(p []byte) (int, error) {
	w.all.Write(p)
	w.part = append(w.part, p...)
	for {
		i := bytes.IndexByte(w.part, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := string(w.part[:i])
		w.part = w.part[i+1:]
		if !w.done && w.match(line) {
			w.done = true
			w.do()
		}
	}
}
