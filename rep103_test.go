package main

import (
	"strings"
	"testing"
)

// TestReplayWorkerSickInGroupItemsToLeader: 王五, handling 张三's burst pipe,
// says in his group 「不好意思，我这两天发烧住院了，手上的事办不了」: it had no
// reply (rep102's leftover). The group hears who has his calls and his
// item, 李四 privately gets the elders' phones and the item; while he is
// away the item's overdue reminder goes to 李四, not 王五 (rep103).
func TestReplayWorkerSickInGroupItemsToLeader(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我家门口水管冻裂了 水一直往外冒"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-12-08T09:06:00+08:00","chat":"青山村三组网格群","from":"李四","text":"指派 #R1 王五"}`,
			`{"at":"2026-12-09T09:30:00+08:00","chat":"青山村三组网格群","from":"王五","text":"不好意思，我这周发烧住院了，手上的事办不了"}`,
			`{"at":"2026-12-11T10:05:00+08:00"}`,
		},
		want: []string{
			"12-09T09:30 青山村三组网格群 | 王五，您先养好身体。到12月13日，您负责的回访电话由李四代打，您手上的事项（#R1）由李四代管，催办发给李四",
			"12-09T09:30 李四 | 【网格员打不了电话】王五在群里说",
			"王五手上的事项：#R1（我家门口水管冻裂了 水一直往外冒，已受理）。到12月13日这些事项的催办发给您",
			"12-11T10:05 青山村三组网格群 | @李四", "#R1（一般事项）已过期限",
			"王五到12月13日不在，王五的事项由李四代管。",
		},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if strings.Contains(line, "已过期限") && strings.Contains(line, "@王五") {
			t.Errorf("the overdue reminder went to 王五 while away: %s", line)
		}
		if strings.Contains(line, "青山村三组网格群 |") && strings.Contains(line, "1390000") {
			t.Errorf("an elder's phone in the group: %s", line)
		}
	}
}

// TestReplayLeaderTakesSickWorkersItems: 李四's 「王五病了 这周他的事我先管着」
// in the group moved only 王五's calls (rep102's leftover): it names 王五's
// item now, to 李四 and to 王五, and the reminder goes to 李四.
func TestReplayLeaderTakesSickWorkersItems(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我家门口水管冻裂了 水一直往外冒"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-12-08T09:06:00+08:00","chat":"青山村三组网格群","from":"李四","text":"指派 #R1 王五"}`,
			`{"at":"2026-12-08T09:30:00+08:00","chat":"青山村三组网格群","from":"李四","text":"王五病了 这周他的事我先管着"}`,
			`{"at":"2026-12-11T10:05:00+08:00"}`,
		},
		want: []string{
			"12-08T09:30 王五 | 网格长李四告诉我：「王五病了 这周他的事我先管着」。",
			"您手上的事项（#R1）到12月13日由李四代管，催办发给李四。",
			"12-08T09:30 青山村三组网格群 | 好的，已记下王五到12月13日不能打电话。",
			"王五手上的事项：#R1（我家门口水管冻裂了 水一直往外冒，已受理）。到12月13日这些事项的催办发给您",
			"12-11T10:05 青山村三组网格群 | @李四", "#R1（一般事项）已过期限",
		},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if strings.Contains(line, "已过期限") && strings.Contains(line, "@王五") {
			t.Errorf("the overdue reminder went to 王五 while away: %s", line)
		}
	}
}

// TestReplayWorkerBackInGroup: 王五's 「我回来了 烧退了」 in his group ends
// his absence as it does privately: 李四 hears, his item's reminders are
// his again, and the next overdue reminder @s him (rep103).
func TestReplayWorkerBackInGroup(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我家门口水管冻裂了 水一直往外冒"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-12-08T09:06:00+08:00","chat":"青山村三组网格群","from":"李四","text":"指派 #R1 王五"}`,
			`{"at":"2026-12-08T09:30:00+08:00","chat":"青山村三组网格群","from":"王五","text":"不好意思，我这周发烧住院了，手上的事办不了"}`,
			`{"at":"2026-12-10T08:30:00+08:00","chat":"青山村三组网格群","from":"王五","text":"我回来了 烧退了 谢谢大家"}`,
			`{"at":"2026-12-11T10:05:00+08:00"}`,
		},
		want: []string{
			"12-10T08:30 李四 | 王五说「我回来了 烧退了 谢谢大家」，之后王五的电话清单照常发给王五本人，不用再代打了。王五手上的事项（#R1）的催办也照常发给王五。",
			"12-10T08:30 青山村三组网格群 | 欢迎回来！",
			"您手上的事项（#R1）的催办也照常发给您。",
			"#R1（一般事项）已过期限",
		},
		never: []string{"王五到12月13日不在，王五的事项由李四代管。"},
	}
	got, _ := rc.check(t)
	for _, line := range got {
		if strings.Contains(line, "已过期限") && !strings.Contains(line, "王五") {
			t.Errorf("the overdue reminder missed 王五 back: %s", line)
		}
	}
}
