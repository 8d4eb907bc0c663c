package main

import (
	"testing"
)

// frozenAfterYearEnd: two December awards, the year end archives the
// ranking with them (暂定: still to be published), January's 公示
// publishes them and 陈二 objects to 张三's.
const frozenAfterYearEnd = `
{"at":"2026-12-02T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 张三 志愿服务 20"}
{"at":"2026-12-02T09:01:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"加分 陈二 志愿服务 10"}
{"at":"2026-12-31T18:00:00+08:00"}
{"at":"2027-01-01T09:00:00+08:00"}
{"at":"2027-01-02T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"异议 #C1 张三没去"}
{"at":"2027-01-02T09:01:00+08:00","chat":"青山村三组网格群","from":"张三","text":"积分排行 2026"}
{"at":"2027-01-02T09:02:00+08:00","kind":"private","from":"张三","text":"我的积分"}
`

// TestObjectionAfterYearEndFreezesArchive: an item of a closed year
// objected to in January's 公示 no longer lifts its household in the
// archived ranking: 积分排行 2026 ranks 陈二户 first and shows 张三户's
// points apart as frozen, and 我的积分's line on last year agrees.
// Before, both still counted the frozen 20 points (marked 暂定 only).
// 维持 puts them back: nothing changed from the year-end post, no correction.
func TestObjectionAfterYearEndFreezesArchive(t *testing.T) {
	out, st := replayOut(t, frozenAfterYearEnd+`
{"at":"2027-01-03T09:00:00+08:00","chat":"青山村三组网格群","from":"赵六","text":"维持 #C1"}
{"at":"2027-01-03T09:01:00+08:00","chat":"青山村三组网格群","from":"张三","text":"积分排行 2026"}
`)
	expectOut(t, out, "2027-01-02T09:01:00+08:00 青山村三组网格群: 青山村2026年年终积分排行（暂定，按户均分）：\n1. 陈二户",
		"另有有异议待定的 20 分（未计入）",
		"2027-01-02T09:02:00+08:00 张三: ", "2026年已年终结算：户总分 0 分（另有有异议待定的 20 分未计入）",
		"2027-01-03T09:01:00+08:00 青山村三组网格群: 青山村2026年年终积分排行（暂定，按户均分）：\n1. 张三户")
	// upheld, the ranking and honours are again as the year-end post
	// told them: nothing to correct
	expectNoLine(t, out, "2027-01-03T09:00:00+08:00 青山村三组网格群", "积分排行更正", "a correction of what was never changed in the groups")
	expectNoLine(t, out, "2027-01-02T09:01:00+08:00 青山村三组网格群", "1. 张三户", "frozen points lift 张三户 to the top")
	if len(st.Rankings) != 1 || len(st.Rankings[0].Open) != 0 || len(st.Rankings[0].Objected) != 0 {
		t.Errorf("archive %+v, want nothing open or frozen after 维持", st.Rankings)
	}
}
