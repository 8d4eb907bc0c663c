package handlers_test

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkCall94: texts that ask 王奶奶's call, which passes notice N1
// on, logged 「已通 已转告」 (call94), read nothing more for it: the grid's
// coverage asked by its leader, one elder's, the worker's words naming
// her that read as no log, and the worker saying he is away.
func BenchmarkCall94(b *testing.B) {
	for _, q := range []struct{ name, from, text string }{
		{"coverage", "李四", "回访覆盖率多少"},
		{"elder", "李四", "王奶奶这个月打过电话没"},
		{"unread", "王五", "王奶奶那个事 我回头再跟你讲"},
		{"away", "王五", "我这几天生病了 电话打不了"},
	} {
		b.Run(q.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			if err := r.Handle(context.Background(), benchMsg("n", "青山镇网格工作群", "孙七", "通知 三组 明天上午9点在村委会开会 各户派一人参加", "")); err != nil {
				b.Fatal(err)
			}
			openWangCall(b, st, "task")
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				trips, n = trips+privateTrips(b, r, st, fmt.Sprintf("%s-%d", q.name, i), q.from, q.text), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}
