package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"gridbot/storage/storagetest"
)

// TestReplayStoppedWithRepliesQueued (ops85): a replay that stops with
// replies still queued (its output closed after the 3月2日 lines, so the
// 3月3日 morning's 【电话回访】 and overdue notes wait in the outbox) and is
// run again on the same Redis from the transcript's first line sends them
// as a clean run does: each once, and 「请今天给…」 still says 今天 though
// the second run's clock starts on 3月2日. This is the deterministic form
// of TestKilledMidReplayLosesNothing's flake under load, where the kill
// fell between the calls job's commit and its drain and the re-run sent
// 「请明天给…」.
func TestReplayStoppedWithRepliesQueued(t *testing.T) {
	srv := storagetest.NeedServer(t)
	input := storagetest.Must(os.ReadFile("testdata/example.jsonl"))(t)
	want := nonEmptyLines(string(storagetest.Must(os.ReadFile("testdata/example.golden.jsonl"))(t)))
	cfg := exampleConfig(t)
	args := []string{"replay", "-config", cfg, "-redis", srv.URL}

	first := &closedAfter{lines: 70} // the last line of 3月2日
	var stderr bytes.Buffer
	if err := run(context.Background(), args, bytes.NewReader(input), first, &stderr, discard()); err == nil {
		t.Fatalf("the replay ran to its end with its output closed after %d lines", first.lines)
	}
	var second bytes.Buffer
	if err := run(context.Background(), args, bytes.NewReader(input), &second, &stderr, discard()); err != nil {
		t.Fatalf("second run: %v\n%s", err, stderr.String())
	}
	got := nonEmptyLines(first.out.String() + second.String())
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("the two runs sent (sorted):\n%s\nwant a clean run's (sorted):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// closedAfter is an output that takes lines lines and then fails, as a
// pipe whose reader went away (`gridbot replay … | head`).
type closedAfter struct {
	lines int
	out   bytes.Buffer
}

func (w *closedAfter) Write(p []byte) (int, error) {
	if strings.Count(w.out.String(), "\n") >= w.lines {
		return 0, errors.New("write |1: broken pipe")
	}
	return w.out.Write(p)
}

// TestNoAOFAdviceKeepsTheData (ops85): a volunteer who does what check
// tells him about a Redis without AOF keeps what was registered meanwhile.
// check said to change appendonly in redis.conf and restart Redis; Redis 7
// started so on a database that was kept without AOF comes up from a new,
// empty AOF (its dump.rdb ignored, overwritten at the next save): every
// report and point gone. Followed here literally: the redis-cli commands
// check names are run, then Redis is restarted as the edited redis.conf
// says (appendonly yes), and the report is still there.
func TestNoAOFAdviceKeepsTheData(t *testing.T) {
	srv := storagetest.NeedServer(t)
	srv.SetConfig(t, "appendonly", "no") // as apt installs it
	srv.SetConfig(t, "appendfsync", "everysec")
	path := exampleConfig(t)
	replayTranscript(t, path, srv.URL, []byte(`{"at": "2026-03-02T09:00:00+08:00", "id": "m1", "chat": "青山村三组网格群", "from": "张三", "text": "上报 村口路灯不亮了"}`+"\n"))

	cfg, rfs := exampleOn(t, srv)
	var out bytes.Buffer
	now := func() time.Time { return time.Date(2026, 3, 2, 10, 0, 0, 0, cfg.Location()) }
	_ = check(context.Background(), checkOptions{Config: cfg, RosterFS: rfs, Path: "我的配置.yaml", Self: "./gridbot", Now: now,
		Out: &out, Logger: discard()})
	told := regexp.MustCompile(`redis-cli CONFIG SET ([a-z-]+) ([a-z]+)`).FindAllStringSubmatch(out.String(), -1)
	if len(told) == 0 {
		t.Errorf("check names no redis-cli CONFIG SET for the running Redis:\n%s", out.String())
	}
	c := srv.Client(t)
	for _, m := range told {
		if err := c.ConfigSet(context.Background(), m[1], m[2]).Err(); err != nil {
			t.Fatalf("%s: %v", m[0], err)
		}
	}
	waitAOFWritten(t, c)
	srv.Restart(t) // as redis.conf now says: appendonly yes

	_, st := replayTranscript(t, path, srv.URL, []byte(`{"at": "2026-03-02T10:00:00+08:00"}`+"\n"))
	if len(st.Reports) != 1 || st.Reports[0].ID != "R1" {
		t.Errorf("reports after doing what check said and restarting Redis: %+v, want R1", st.Reports)
	}
}

// waitAOFWritten waits until Redis has written its AOF after appendonly
// was turned on (INFO persistence: no rewrite in progress or scheduled).
func waitAOFWritten(t *testing.T, c *redis.Client) {
	t.Helper()
	for range 6000 { // a guard, not a measure
		info := storagetest.Must(c.Info(context.Background(), "persistence").Result())(t)
		if strings.Contains(info, "aof_rewrite_in_progress:0") && strings.Contains(info, "aof_rewrite_scheduled:0") {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("Redis did not write its AOF within a minute")
}
