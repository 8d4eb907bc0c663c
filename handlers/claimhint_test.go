package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// claimHint is the line a report's reply carries when its sender did work
// on it himself or asked whether it earns points.
const claimHint = "您自己动手做的可以申请积分：另发「申请积分 做了什么」"

// TestReportBesideClaimIsFiled: a villager who tells of a matter left for
// days beside his asking for points ("村口垃圾堆了好几天了 我去清理了能加分
// 不") has the matter filed and hears how to claim; one who tells of his
// own work on a matter still open hears it with the filing; a report with
// no work of his, and a grid worker's, are filed without it.
func TestReportBesideClaimIsFiled(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expectLike(t, "left for days, points asked", c.say("张三", "村口垃圾堆了好几天了 我去清理了能加分不"),
		like{start: grid3 + ": 已登记 #R1（一般事项·环境卫生）：村口垃圾堆了好几天了", end: claimHint + "（有证明人就写上），评分小组审核后加分。"})
	expectLike(t, "his own work, still open", c.say("陈二", "我把桥头的垃圾清理干净了 可是旁边的垃圾池又满了 没人拉"),
		like{start: grid3 + ": 已登记 #R2", has: claimHint})
	expect(t, "his own work, asked first", c.say("陈二", "石头我搬开了一块 还有一块太大了 得派人来"), "我理解为：")
	expectLike(t, "filed with the hint", c.say("陈二", "1"), like{start: grid3 + ": 已登记 #R3", has: claimHint})
	lacks(t, "no work of his", c.say("陈二", "三组路灯坏了三天了"), claimHint)
	lacks(t, "a grid worker's", c.say("王五", "二组水渠堵了好几天了 我清理了一段 还有一大段堵着 能加分不"), claimHint)
	if reps := c.reports(); len(reps) != 5 {
		t.Errorf("reports = %d; want all five filed", len(reps))
	}
}
