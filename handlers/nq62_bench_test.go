package handlers_test

import (
	"context"
	"testing"
)

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
