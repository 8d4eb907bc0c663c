package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestCommitNamesTheNthDocument: a change that creates two reports (one
// answer filing two matters) names the second's reference by RefN(2) in
// an audit entry's Ref, a held message's About and a kept value written
// with references (Kept.RefsFirst), as it does in message texts: the
// second's entry is under R2, settling R2 withdraws only what was held
// about it, and the kept value names R2.
func TestCommitNamesTheNthDocument(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	night := t0.Add(14 * time.Hour)
	held := func(about, text string) bot.Outbound {
		return bot.Outbound{To: "李四", Kind: bot.Private, Priority: bot.Normal, NotBefore: night, About: about, Text: text}
	}
	res, err := st.Commit(ctx, storage.Change{
		Scope: vs, MsgID: "m1", Create: true, Report: newReport("路灯坏了"),
		Docs:  []storage.Doc{storage.NewReportDoc(*newReport("垃圾没人收"))},
		Audit: storage.Audit{At: t0, By: "张三", Action: "create"},
		More:  []storage.Audit{{At: t0, By: "张三", Action: "create", Ref: storage.RefN(2)}},
		About: storage.RefPlaceholder,
		Out:   []bot.Outbound{held("", "#"+storage.RefPlaceholder), held(storage.RefN(2), "#"+storage.RefN(2))},
		Keep: []storage.Kept{{Key: "ask:made", Value: []byte(`{"ref":"\u0001REF2\u0001","first":"\u0001REF\u0001"}`),
			TTL: time.Hour, RefsFirst: true}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res.Refs, []string{"R1", "R2"}); diff != "" {
		t.Fatalf("refs (-got +want):\n%s", diff)
	}
	var got []string
	for _, e := range storagetest.Must(st.AuditLog(ctx, vs))(t) {
		got = append(got, e.Ref+" "+e.Action)
	}
	if diff := cmp.Diff(got, []string{"R1 create", "R2 create"}); diff != "" {
		t.Errorf("audit (-got +want):\n%s", diff)
	}
	if v, _, err := st.AskedAt(ctx, vs, "made"); err != nil || string(v) != `{"ref":"R2","first":"R1"}` {
		t.Errorf("kept %s (%v), want R2 and R1 named", v, err)
	}
	r2 := report(t, st, "R2")
	r2.Status = "rejected"
	res, err = st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m2", Report: &r2, Withdraw: []string{"R2"}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Withdrawn != 1 {
		t.Errorf("withdrawn %d, want 1 (R2's held message)", res.Withdrawn)
	}
	left := storagetest.Must(st.Held(ctx, vs))(t)
	if len(left) != 1 || left[0].Text != "#R1" {
		t.Errorf("held %+v, want R1's alone", left)
	}
}
