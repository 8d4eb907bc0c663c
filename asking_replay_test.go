package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReplayQuestionsWaitTogether: questions of different kinds asked of
// one person wait together (a confirm-back, then a duplicate question; a
// confirm-back, then a progress question), each answer word goes to the
// question it answers, and a word either could take is asked back.
func TestReplayQuestionsWaitTogether(t *testing.T) {
	outs, st := replayFile(t, redisOrMemory(t), "testdata/asking.jsonl")
	type row struct{ ID, Text, Status string }
	var got []row
	for _, r := range st.Reports {
		got = append(got, row{r.ID, r.Text, string(r.Status)})
	}
	want := []row{
		{"R1", "村口路灯坏了 晚上黑漆漆的", "new"}, // 陈二 follows it on his 是
		{"R2", "东头那条路有个坑", "new"},      // his 1, after the duplicate question was asked
		{"R3", "屋顶漏雨", "in_progress"},  // 王五's 代报, his news recorded as its 进展 on 记上
		{"R4", "后山水渠好像堵了", "new"},      // his 登记, after the progress question was asked
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("reports (-got +want):\n%s", diff)
	}
	if n := len(findOut(outs, "青山村三组网格群", "有几件事在等您回答")); n != 2 {
		t.Errorf("%d answers asked back, want 2 (好的, and a cadre's 1)", n)
	}
}
