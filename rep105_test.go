package main

import (
	"strings"
	"testing"
)

// TestReplayLeaderAwaySendsToWorker: 李四, 三组's only leader, going to a
// county training says 「…这事我办不了 有事找王五」; it was silent (the
// name read as someone named). Now he is away, 王五 has his items, and a
// new item the next day @s 王五, not him (rep105).
func TestReplayLeaderAwaySendsToWorker(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我家门口水管冻裂了 水一直往外冒 路上都结冰了"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-12-08T09:30:00+08:00","chat":"青山村三组网格群","from":"李四","text":"明天起我去县里培训一周 这事我办不了 有事找王五"}`,
			`{"at":"2026-12-09T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"村口坡上结冰了 太滑了 早上好几个人摔跤"}`,
			`{"at":"2026-12-09T09:10:00+08:00","chat":"青山村三组网格群","from":"王五","text":"确认 #R2"}`,
			`{"at":"2026-12-09T09:30:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"我家院里的自来水管冻住了 一早上没水 做饭都没法做"}`,
			`{"at":"2026-12-09T09:31:00+08:00","chat":"青山村三组网格群","from":"王五","text":"收到 我一会过去看看 先用温水慢慢浇"}`,
		},
		want: []string{
			"12-08T09:30 青山村三组网格群 | ",
			"由王五代管",
			"12-09T09:00 青山村三组网格群 | 已登记 #R2",
			"@王五",
			"12-09T09:10 青山村三组网格群 | #R2 已受理，由李四、王五负责",
			"王五已受理：一会过去看看 先用温水慢慢浇",
		},
		never: []string{"@李四 请网格长受理", "请回复「指派 #R3 王五」"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}

// TestReplayHospitalNotLeave: 王五 in hospital; the 待办 his leader posts
// in the group said 「王五请假到…」 to every villager reading it. The list
// says only that he is not there (rep105).
func TestReplayHospitalNotLeave(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我家门口水管冻裂了 水一直往外冒 路上都结冰了"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"指派 #R1 王五"}`,
			`{"at":"2026-12-08T09:30:00+08:00","chat":"青山村三组网格群","from":"王五","text":"不好意思，我发烧住院了 要住到12月20号 手上的事办不了"}`,
			`{"at":"2026-12-08T09:40:00+08:00","chat":"青山村三组网格群","from":"李四","text":"待办"}`,
		},
		want:  []string{"12-08T09:40 青山村三组网格群 | 三组待办 1 件：", "王五到12月20日不在"},
		never: []string{"王五请假到"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}

// TestReplayStandInPlainWords: 李四, 三组's only leader, away at a county
// training, leaves his items to 王五; 王五's plain 「水管换好了」 in the
// group had no answer (only 「办结 #R1」 was his), and neither had 何志强's
// 「路灯换好了」 standing in for 马红梅. Both are read as the handler's
// words: asked to answer 「1」, then closed (rep105).
func TestReplayStandInPlainWords(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我家门口水管冻裂了 水一直往外冒 路上都结冰了"}`,
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村一组网格群","from":"陈桂兰","text":"报修 我家后面路灯不亮了 晚上黑咕隆咚的"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"确认 #R1"}`,
			`{"at":"2026-12-08T09:30:00+08:00","chat":"青山村三组网格群","from":"李四","text":"我要去县里培训一周 这几天手上的事办不了"}`,
			`{"at":"2026-12-09T09:05:00+08:00","chat":"青山村一组网格群","from":"刘建国","text":"指派 #R2 马红梅"}`,
			`{"at":"2026-12-09T09:30:00+08:00","chat":"青山村一组网格群","from":"马红梅","text":"我明天起请假一个星期 回娘家 电话请何志强帮忙打"}`,
			`{"at":"2026-12-09T15:00:00+08:00","chat":"青山村三组网格群","from":"王五","text":"张三家门口的水管换好了 路上的冰也铲了"}`,
			`{"at":"2026-12-09T15:01:00+08:00","chat":"青山村三组网格群","from":"王五","text":"1"}`,
			`{"at":"2026-12-10T10:00:00+08:00","chat":"青山村一组网格群","from":"何志强","text":"陈桂兰家后面的路灯换好了 亮了"}`,
			`{"at":"2026-12-10T10:01:00+08:00","chat":"青山村一组网格群","from":"何志强","text":"1"}`,
		},
		want: []string{"12-09T15:01 青山村三组网格群 | #R1 已办结", "12-10T10:01 青山村一组网格群 | #R2 已办结"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}

// TestReplayIllWorkerAddressesLeader: 王五's 「李四 我这两天感冒发烧 在镇卫生院
// 挂水 结冰那个我去不了了」 was offered to register as a road item (the
// leader he addressed read as someone he spoke of, 挂水 no illness): it is
// his absence (rep105).
func TestReplayIllWorkerAddressesLeader(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:00:00+08:00","chat":"青山村三组网格群","from":"张三","text":"我家门口那段路结冰了 早上俺娘差点摔了 能不能撒点盐"}`,
			`{"at":"2026-12-08T09:05:00+08:00","chat":"青山村三组网格群","from":"李四","text":"收到 路上结冰的事王五你去看看 撒点盐"}`,
			`{"at":"2026-12-08T09:30:00+08:00","chat":"青山村三组网格群","from":"王五","text":"李四 我这两天感冒发烧 在镇卫生院挂水 结冰那个我去不了了"}`,
		},
		want:  []string{"12-08T09:30 青山村三组网格群 | 王五，您先养好身体。", "您手上的事项（#R1）由李四代管"},
		never: []string{"我理解为"},
	}
	rc.check(t)
}
