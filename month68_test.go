package main

import "testing"

// TestReplayEscalatedWaitsForTownship (month68): the grid's evening digest
// and 情况 tell an item sent up that no officer took over yet
// (等镇里接手) from one the township works on (镇里在办): a grid told
// 镇里在办 of an item nobody at the township took stops chasing it.
func TestReplayEscalatedWaitsForTownship(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-02T09:01:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"上报 垃圾桶满了好几天没人收"}`,
			`{"at":"2026-03-03T10:05:00+08:00"}`,
			`{"at":"2026-03-04T10:05:00+08:00"}`,
			`{"at":"2026-03-04T20:05:00+08:00"}`,
			`{"at":"2026-03-05T09:00:00+08:00","chat":"青山镇网格工作群","from":"孙七","text":"确认 #R1 我联系供电所"}`,
			`{"at":"2026-03-05T20:05:00+08:00"}`,
			`{"at":"2026-03-05T20:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"情况"}`,
			`{"at":"2026-03-05T20:11:00+08:00","chat":"青山村三组网格群","from":"李四","text":"超期"}`,
		},
		want: []string{
			"03-04T20:05 青山村三组网格群 | 【今日小结】三组 3月4日\n新反映 0 件，办结 0 件，未办结 2 件，其中已上报镇 2 件（等镇里接手）。",
			"03-05T20:05 青山村三组网格群 | 【今日小结】三组 3月5日\n新反映 0 件，办结 0 件，未办结 2 件，其中已上报镇 2 件（镇里在办 1 件、等镇里接手 1 件）。",
			"\n#R1 已上报镇 村口路灯不亮了（镇里孙七接手，李四配合）",
			"03-05T20:10 青山村三组网格群 | 【情况】三组 今天（3月5日）\n新反映 0 件，办结 0 件，未办结 2 件，其中已上报镇 2 件（镇里在办 1 件、等镇里接手 1 件）。",
			"另有 2 件已上报镇（镇里在办 1 件、等镇里接手 1 件）。",
		},
		never: []string{"（镇里在办）"},
	}
	rc.check(t)
}

// TestReplayDigestNamesTheOverdue (month68): 「其中超期 1 件」 in the
// evening digest comes with which: the overdue item's line says how long
// past its deadline it is; the one in time says nothing of the kind.
func TestReplayDigestNamesTheOverdue(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-03-02T07:00:00+08:00"}`,
			`{"at":"2026-03-02T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"上报 村口路灯不亮了"}`,
			`{"at":"2026-03-02T09:01:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"上报 垃圾桶满了好几天没人收"}`,
			`{"at":"2026-03-02T09:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-03-03T20:05:00+08:00"}`,
			`{"at":"2026-03-03T20:10:00+08:00","chat":"青山村三组网格群","from":"李四","text":"情况"}`,
		},
		want: []string{
			"03-03T20:05 青山村三组网格群 | 【今日小结】三组 3月3日\n新反映 0 件，办结 0 件，未办结 2 件，其中超期 1 件。\n#R2 待受理 垃圾桶满了好几天没人收（李四，超期11小时）\n#R1 已受理 村口路灯不亮了（李四）\n",
			"03-03T20:10 青山村三组网格群 | 【情况】三组 今天（3月3日）\n新反映 0 件，办结 0 件，未办结 2 件，其中超期 1 件。\n#R2 待受理 垃圾桶满了好几天没人收（李四，超期11小时）\n",
		},
	}
	rc.check(t)
}
