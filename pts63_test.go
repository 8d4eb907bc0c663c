package main

import "testing"

// TestOfferedClaimOfTodayAfterYesterdaysClaim: 「我今天把路上的石头搬开了
// 能加分不」, confirmed with 「1」, is filed though a claim of yesterday's
// 义务劳动 was sent the same morning: the deeds are of different days.
func TestOfferedClaimOfTodayAfterYesterdaysClaim(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-12-08T09:00", "李四", "申请积分 昨天参加义务劳动 清理河道 证明人 王五"},
		[3]string{"2026-12-08T09:05", "李四", "我今天把路上的石头搬开了 能加分不"},
		[3]string{"2026-12-08T09:06", "李四", "1"}))
	expectOut(t, out, "2026-12-08T09:06:00+08:00 青山村三组网格群: 已登记积分申请 #C2")
	expectNoLine(t, out, "", "已经申请过", "today's deed refused as yesterday's")
}
