package scheduler

import (
	"strings"
	"testing"

	"gridbot/storage"
)

// TestDownNoticeBothGaps: a night's downtime and a short stop the next
// morning, neither told yet, are both told in one post (pts107: only the
// later was); the next tick tells nothing; a later stop alone is told alone.
func TestDownNoticeBothGaps(t *testing.T) {
	f := newPointsFixture(t)
	note := f.noteGap
	note(downFrom, downTo, "2026-12-08 21:00", "2026-12-09 23:00")
	note(storage.StopFrom, storage.StopTo, "2026-12-10 06:00", "2026-12-10 08:00")
	out := f.run("down_notice", "2026-12-10 08:05")
	want := "机器人12月8日 21:00到12月9日 23:00没有运行，今天06:00到08:00又停了一阵：这两段时间在群里或私信发给机器人的消息都没有收到"
	if len(out) != 3 || !strings.Contains(out[2], want) {
		t.Errorf("both untold: got %q, want %q in each of the three grid groups", out, want)
	}
	if out := f.run("down_notice", "2026-12-10 08:10"); len(out) != 0 {
		t.Errorf("the next tick: got %q, want nothing (told once)", out)
	}
	note(storage.StopFrom, storage.StopTo, "2026-12-10 10:05", "2026-12-10 12:40")
	if out := f.run("down_notice", "2026-12-10 12:40"); len(out) != 3 || !strings.Contains(out[0], "机器人今天10:05到12:40停了一阵，这期间") {
		t.Errorf("a later stop: got %q, want it told alone", out)
	}
}
