package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
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

// buildBinary builds gridbot into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gridbot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
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
	input, err := os.ReadFile("testdata/example.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("testdata/example.golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := nonEmptyLines(string(golden))
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	writeConfigWithPrefix(t, cfg, prefix)
	args := []string{"replay", "-config", cfg, "-redis", url}

	// First run: crashed once killAfter output lines have appeared. Its
	// input stays open short of the last line, so it cannot finish before
	// the crash however fast it runs.
	cmd := exec.Command(bin, args...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
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
	b, err := os.ReadFile(stateOut)
	if err != nil {
		t.Fatal(err)
	}
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
	b, err := os.ReadFile("config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), "\n  prefix: gb", "\n  prefix: "+prefix, 1)
	if s == string(b) {
		t.Fatal("config.example.yaml has no redis prefix line to replace")
	}
	if err := os.MkdirAll(filepath.Join(filepath.Dir(path), "example"), 0o755); err != nil {
		t.Fatal(err)
	}
	roster, err := os.ReadFile("example/roster.csv")
	if err != nil {
		t.Fatal(err)
	}
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
