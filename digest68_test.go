package main

import "testing"

// TestReplayCadreAnswerReadsAnswered (digest68): a procedure question a
// grid cadre answered is 「已答复」, not 「已告知流程」 (kept for the
// procedure the bot gave).
func TestReplayCadreAnswerReadsAnswered(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T09:30:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"低保怎么申请"}`,
			`{"at":"2026-03-03T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"材料准备好了请告诉我去哪交"}`,
			`{"at":"2026-03-03T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"答复 #R1 交到村委会二楼民政窗口"}`,
		},
		want:  []string{"交到村委会二楼民政窗口", "#R1 现在「已答复」，还有不清楚的在群里接着问就行。"},
		never: []string{"#R1 现在「已告知流程」"},
	}
	rc.check(t)
}
