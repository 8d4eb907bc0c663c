package scheduler

import (
	"strings"
	"testing"

	"gridbot/storage"
)

// TestDownNoticeShortStop: a stop under a day (pts106) is told each grid
// group once when part of it was outside quiet hours (what was sent then
// was lost), with its times; a stop wholly in the night is not told; a
// later downtime is told as before.
func TestDownNoticeShortStop(t *testing.T) {
	f := newPointsFixture(t)
	note := f.noteGap
	note(storage.StopFrom, storage.StopTo, "2026-12-08 01:10", "2026-12-08 04:40")
	if out := f.run("down_notice", "2026-12-08 07:00"); len(out) != 0 {
		t.Errorf("a stop in the night: got %q, want nothing", out)
	}
	note(storage.StopFrom, storage.StopTo, "2026-12-08 10:05", "2026-12-08 12:40")
	out := f.run("down_notice", "2026-12-08 12:40")
	want := "机器人今天10:05到12:40停了一阵，这期间在群里或私信发给机器人的消息都没有收到（报事、申请积分、照片、兑换登记都算）。这段时间发过的，请再发一次，谢谢！"
	if len(out) != 3 || !strings.HasPrefix(out[0], "青山村一组网格群: ") || !strings.HasSuffix(out[2], want) {
		t.Errorf("a stop in the day: got %q, want %q in each of the three grid groups", out, want)
	}
	if out := f.run("down_notice", "2026-12-08 12:45"); len(out) != 0 {
		t.Errorf("the next tick: got %q, want nothing (told once)", out)
	}
	// from the evening into the night: told the next morning, with its days
	note(storage.StopFrom, storage.StopTo, "2026-12-08 20:00", "2026-12-09 02:00")
	if out := f.run("down_notice", "2026-12-09 07:00"); len(out) != 3 || !strings.Contains(out[1], "机器人昨天20:00到今天02:00停了一阵") {
		t.Errorf("an evening's stop: got %q, want it told in the morning", out)
	}
	note(downFrom, downTo, "2026-12-10 09:00", "2026-12-11 10:00")
	note(storage.StopFrom, storage.StopTo, "2026-12-10 09:00", "2026-12-11 10:00")
	if out := f.run("down_notice", "2026-12-11 10:00"); len(out) != 3 || !strings.Contains(out[0], "12月10日 09:00 到 12月11日 10:00 没有运行") {
		t.Errorf("a downtime noted as a stop too: got %q, want the downtime's notice", out)
	}
}
