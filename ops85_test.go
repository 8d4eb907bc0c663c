package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

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
