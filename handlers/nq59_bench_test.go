package handlers_test

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkNoticeQuestion: a villager's question in his grid's group
// about the notice open there. "answered": 「明天几点去领」, which the
// notice's text answers (nq59); "passed on": 「补贴多少钱」, which it does
// not, to the grid's worker. Both read the group's notices, then commit.
// The "收到 …" rows (nq62) are the household's 收到 with the question: the
// same read and one commit with the answer or the worker's question; one
// asking nothing a notice tells (「收到 有人陪吗」) reads nothing.
func BenchmarkNoticeQuestion(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, c := range []struct{ name, q string }{{"answered", "明天几点去领"}, {"passed on", "补贴多少钱"},
		{"收到 answered", "收到 几点去领"}, {"收到 passed on", "收到 要带户口本吗"}, {"收到 no ask", "收到 有人陪吗"}} {
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
				trips, n = trips+benchTrips(b, r, st, benchMsg(fmt.Sprintf("%d-q", i), grid, "张三", c.q, "")), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}
