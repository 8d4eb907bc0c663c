package main

import (
	"strings"
	"testing"
)

// TestReplayWorkerAwayUntilDayListsAndFiling: 王五, in hospital 「要住到12月
// 20号」, had no reply (the day alone named no span); his leader's 待办 and
// the evening digest named him as handling the burst pipe, and the
// 【超期上报】 gave the office his phone to call (rep103's leftovers). Now
// he is heard, the lists say who has it meanwhile and the office is given
// 李四 (rep104).
func TestReplayWorkerAwayUntilDayListsAndFiling(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我家门口水管冻裂了 水一直往外冒 路上都结冰了"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-12-08T09:06:00+08:00","chat":"青山村三组网格群","from":"李四","text":"指派 #R1 王五"}`,
			`{"at":"2026-12-08T09:30:00+08:00","chat":"青山村三组网格群","from":"王五","text":"不好意思，我发烧住院了 要住到12月20号 手上的事办不了"}`,
			`{"at":"2026-12-08T09:40:00+08:00","chat":"青山村三组网格群","from":"李四","text":"待办"}`,
			`{"at":"2026-12-08T20:05:00+08:00"}`,
			`{"at":"2026-12-09T10:05:00+08:00"}`,
			`{"at":"2026-12-10T10:05:00+08:00"}`,
			`{"at":"2026-12-11T10:05:00+08:00"}`,
			`{"at":"2026-12-12T10:05:00+08:00"}`,
		},
		want: []string{
			"12-08T09:30 青山村三组网格群 | 王五，您先养好身体。到12月20日，您负责的回访电话由李四代打，您手上的事项（#R1）由李四代管",
			"12-08T09:40 青山村三组网格群 | 三组待办 1 件：", "#R1 已受理 我家门口水管冻裂了 水一直往外冒 路上都结冰了（李四；王五不在，由李四代管）",
			"青山村三组网格群 | 【今日小结】三组 12月8日", "（李四；王五不在，由李四代管）",
			"【超期上报】青山村三组 #R1", "负责：李四（13900000004）。\n王五到12月20日不在，王五的事项由李四代管。",
		},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if strings.Contains(line, "青山镇网格工作群") && strings.Contains(line, "王五（1390") {
			t.Errorf("the office is given the away worker's phone: %s", line)
		}
	}
}

// TestReplayStandInWorkerResolves: 马红梅, away a week, named 何志强 to phone
// for her; his 「办结 #R1」 of her lamp was refused (rep103's leftover). A
// worker of her grid standing in for her acts on her items (rep104).
func TestReplayStandInWorkerResolves(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村一组网格群","from":"陈桂兰","text":"报修 我家后面路灯不亮了 晚上黑咕隆咚的"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村一组网格群","from":"刘建国","text":"指派 #R1 马红梅"}`,
			`{"at":"2026-12-08T09:30:00+08:00","chat":"青山村一组网格群","from":"马红梅","text":"我明天起请假一个星期 回娘家 电话请何志强帮忙打"}`,
			`{"at":"2026-12-09T10:00:00+08:00","chat":"青山村一组网格群","from":"何志强","text":"办结 #R1 换了灯泡 亮了"}`,
		},
		want: []string{
			"12-09T10:00 青山村一组网格群 | #R1 已办结",
		},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if strings.Contains(line, "需要本网格的网格长或这件事的负责人") {
			t.Errorf("the stand-in was refused: %s", line)
		}
	}
}

// TestReplayLeaderAwayAloneRemindsWorker: 李四, the only leader of 三组,
// away at a county meeting, kept getting the overdue reminders (rep103's
// leftover); they go to 王五, who may close the item (rep104).
func TestReplayLeaderAwayAloneRemindsWorker(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我家门口水管冻裂了 水一直往外冒 路上都结冰了"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-12-09T08:30:00+08:00","chat":"青山村三组网格群","from":"李四","text":"我要去县里培训一周 这几天手上的事办不了"}`,
			`{"at":"2026-12-10T10:05:00+08:00"}`,
			`{"at":"2026-12-11T10:05:00+08:00"}`,
			`{"at":"2026-12-11T10:30:00+08:00","chat":"青山村三组网格群","from":"王五","text":"办结 #R1 自来水公司来换了管子"}`,
		},
		want: []string{
			"12-11T10:05 青山村三组网格群 | @王五", "#R1（一般事项）已过期限", "李四到", "不在，李四的事项由王五代管。",
			"12-11T10:30 青山村三组网格群 | #R1 已办结",
		},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if strings.Contains(line, "已过期限") && strings.Contains(line, "@李四") {
			t.Errorf("the overdue reminder went to 李四 while away: %s", line)
		}
	}
}
