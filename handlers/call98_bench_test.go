package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall98: the paths call98 changed, in round trips per message:
// a worker away from tomorrow (「明天起我不在 电话请李四打」, his open
// call passing N1 on), a bare 「已转告」 logged while notice N2 is only
// just out (N1 counted, N2 said fresh; a new task each round), and his
// group post of news about an elder he phones (confirm-back, no call).
func BenchmarkCall98(b *testing.B) {
	rows := []struct {
		name string
		task bool // a new open task carrying N1 each round
		msg  func(i int) bot.Message
	}{
		{"away from tomorrow", false, func(i int) bot.Message {
			return privateMsg(fmt.Sprintf("away-%d", i), "王五", "明天起我不在 电话请李四打")
		}},
		{"fresh notice not relayed", true, func(i int) bot.Message {
			return privateMsg(fmt.Sprintf("log-%d", i), "王五", "回访 王奶奶 已通 已转告")
		}},
		{"group news of an elder", false, func(i int) bot.Message {
			return benchMsg(fmt.Sprintf("news-%d", i), grid3, "王五", fmt.Sprintf("王奶奶那边炉子灭了 屋里冷 第%d回", i+1), "")
		}},
	}
	for _, row := range rows {
		b.Run(row.name, func(b *testing.B) { benchCallRow(b, 0, row.task, nil, row.msg) })
	}
}

// benchCallRow measures msg(i) each round, after the meeting notice and
// (gap later) the 体检 notice to 三组 went out and 王五's call to 王奶奶
// carrying N1 was opened; with task, another such call each round; with
// before, its messages said first each round.
func benchCallRow(b *testing.B, gap time.Duration, task bool, before func(i int) []bot.Message, msg func(i int) bot.Message) {
	r, st := benchRouter(b, true)
	for i, n := range []string{"通知 三组 明天上午9点在村委会开会 各户派一人参加", "通知 三组 后天上午村卫生室免费体检"} {
		m := benchMsg(fmt.Sprintf("n%d", i), "青山镇网格工作群", "孙七", n, "")
		m.At = at.Add(time.Duration(i) * gap)
		if err := r.Handle(context.Background(), m); err != nil {
			b.Fatal(err)
		}
	}
	openWangCall(b, st, "task")
	total, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		if task {
			openWangCall(b, st, fmt.Sprintf("task-%d", i))
		}
		if before != nil {
			for _, m := range before(i) {
				benchSetup(b, r, m)
			}
		}
		total, n = total+benchTrips(b, r, st, msg(i)), n+1
	}
	b.ReportMetric(float64(total)/float64(n), "roundtrips/msg")
}

// privateMsg is from's private message text, sent at the bench's time.
func privateMsg(id, from, text string) bot.Message {
	m := benchMsg(id, "", from, text, "")
	m.Private = true
	return m
}
