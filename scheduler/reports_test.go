package scheduler

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestDigestListsAtMostTen: the grid's evening digest counts every open
// item but lists ten, overdue first.
func TestDigestListsAtMostTen(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	created := f.at("2026-03-02 09:00")
	for i := range 12 {
		due := f.at("2026-03-03 09:00")
		if i == 11 {
			due = f.at("2026-03-02 10:00") // the newest is the one overdue
		}
		rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General, Category: "其他",
			Status: village.StatusNew, Text: fmt.Sprintf("第%d号路灯不亮", i+1), CreatedAt: created, DueAt: due,
			Source: fmt.Sprint("m", i)}
		if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: rep.Source, Create: true, Report: rep}); err != nil {
			t.Fatal(err)
		}
	}
	out := f.run("evening_digest", "2026-03-02 20:00")
	if len(out) != 1 {
		t.Fatalf("digest: %q", out)
	}
	lines := strings.Split(out[0], "\n")
	want := []string{
		"青山村三组网格群: 【今日小结】三组 3月2日",
		"新反映 12 件，办结 0 件，未办结 12 件，其中超期 1 件。",
		"#R12 待受理 第12号路灯不亮",
	}
	if len(lines) != 14 || !slices.Equal(lines[:3], want) || lines[11] != "#R9 待受理 第9号路灯不亮" || lines[12] != "……还有 2 件。" {
		t.Errorf("digest:\n%s", out[0])
	}
}
