package storage_test

import (
	"context"
	"errors"
	"testing"

	"gridbot/bot"
	"gridbot/storage"
)

// A process that filed a report knows, with no round trip, that no
// higher number names one (ReportAbsent): a reply decided on it is
// refused once another process filed one meanwhile, and after the
// refusal the copy is gone (the number is read again) (rep98).
func TestReportAbsentFromOwnFiling(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	if _, ok := a.ReportAbsent(vs, "R1"); ok {
		t.Fatal("absent with no copy")
	}
	create(t, a, "m1", "路灯坏了")
	if _, ok := a.ReportAbsent(vs, "R1"); ok {
		t.Fatal("R1, just filed, absent")
	}
	read, ok := a.ReportAbsent(vs, "R2")
	if !ok {
		t.Fatal("R2 not known absent after filing R1")
	}
	reply := func(id string, read storage.IndexRead) error {
		_, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: id, Reads: []storage.IndexRead{read},
			Out: []bot.Outbound{{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Normal, Text: "没有找到 #R2"}}})
		return err
	}
	if err := reply("q1", read); err != nil {
		t.Fatalf("a reply on the copy: %v", err)
	}
	create(t, b, "m2", "水沟堵了") // the other process files R2
	read, ok = a.ReportAbsent(vs, "R2")
	if !ok {
		t.Fatal("the copy no longer says R2 absent before any refusal")
	}
	if err := reply("q2", read); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("a reply on a stale copy: %v, want ErrConflict", err)
	}
	if _, ok := a.ReportAbsent(vs, "R2"); ok {
		t.Fatal("R2 absent after the refusal")
	}
	if _, err := a.Report(ctx, vs, "R2"); err != nil {
		t.Fatalf("R2 read: %v", err)
	}
}
