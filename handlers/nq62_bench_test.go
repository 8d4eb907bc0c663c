package handlers_test

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkAckAndQuestion: a villager's 收到 with a question about the
// notice open in his grid (nq62). "answered": 「收到 几点去领」, which the
// notice's text answers: the group's notices read, then the 收到's commit
// with the answer. "passed on": 「收到 要带户口本吗」, which it does not: the
// same read, then the commit with the worker's question. "no ask":
// 「收到 有人陪吗」 asks nothing a notice tells: no read, the commit alone.
func BenchmarkAckAndQuestion(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, c := range []struct{ name, q string }{{"answered", "收到 几点去领"}, {"passed on", "收到 要带户口本吗"}, {"no ask", "收到 有人陪吗"}} {
		b.Run(c.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			ctx := context.Background()
			if err := r.Handle(ctx, benchMsg("n", "青山镇网格工作群", "孙七", "通知 全镇 明天上午9点到村委会领取冬季取暖补贴 请带身份证", "")); err != nil {
				b.Fatal(err)
			}
			if err := r.Handle(ctx, benchMsg("warm", grid, "陈二", c.q, "")); err != nil {
				b.Fatal(err)
			}
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				before := st.RoundTrips()
				if err := r.Handle(ctx, benchMsg(fmt.Sprintf("%d-q", i), grid, "张三", c.q, "")); err != nil {
					b.Fatal(err)
				}
				trips, n = trips+st.RoundTrips()-before, n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// BenchmarkCallLogSaysSheGoes: a worker's 回访 of an elder, with no task
// carrying the notice, whose note says she goes on the notice's day
// (「她说明天去领」, nq62): the notices of her group read, then the call's
// commit with her household's 收到.
func BenchmarkCallLogSaysSheGoes(b *testing.B) {
	r, st := benchRouter(b, true)
	if err := r.Handle(context.Background(), benchMsg("n", "青山镇网格工作群", "孙七", "通知 三组 明天下午3点在村委会领取暖补贴，请带身份证", "")); err != nil {
		b.Fatal(err)
	}
	benchCallLogs(b, r, st, "回访 王奶奶 已通 她说明天去领 第%d次")
}
