package main

import "testing"

// TestRankingSaysPointsNotFinal: points approved but not through 公示 count
// in 积分排行 and 我的积分's rank, labelled 「含公示期未满的 N 分」 with what
// that means; once final (公示期满 without objection) the label is gone.
func TestRankingSaysPointsNotFinal(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-03-02T09:00", "赵六", "加分 陈二 义务劳动 6 修路"},
		[3]string{"2026-03-02T09:01", "赵六", "扣分 张三 焚烧秸秆"},
		[3]string{"2026-03-02T09:02", "陈二", "积分排行"},
		[3]string{"2026-03-02T09:03", "张三", "我的积分"},
		[3]string{"2026-04-01T09:00"},
		[3]string{"2026-04-08T09:00"},
		[3]string{"2026-04-08T10:00", "陈二", "积分排行"}))
	expectOut(t, out,
		"2026-03-02T09:02:00+08:00 青山村三组网格群: 青山村2026年积分排行（按户均分）：\n1. 陈二户 户均 1.5 分（6分/4人，含公示期未满的 6 分）\n您家（陈二户）排第 1 名，户均 1.5 分（含公示期未满的 6 分）。\n「公示期未满」的分已通过审核，公示期满没有异议才生效、才能兑换；有异议冻结或撤销的，排名会变。",
		"（共 31 户；含公示期未满的扣分 5 分）",
		"2026-04-08T10:00:00+08:00 青山村三组网格群: 青山村2026年积分排行（按户均分）：\n1. 陈二户 户均 1.5 分（6分/4人）\n您家（陈二户）排第 1 名，户均 1.5 分。\n户均分")
}

// TestLateUpholdToldOncePrivately: 维持 of an item whose 公示 window has
// closed without objection changes nothing; the scorer hears so
// privately, once, and the group hears nothing.
func TestLateUpholdToldOncePrivately(t *testing.T) {
	out, _ := replayOut(t, inGrid3(
		[3]string{"2026-03-02T09:00", "赵六", "加分 陈二 义务劳动 6 修路"},
		[3]string{"2026-04-01T09:00"},
		[3]string{"2026-04-08T09:00"},
		[3]string{"2026-04-09T09:03", "赵六", "维持 #C1"},
		[3]string{"2026-04-09T09:04", "赵六", "维持 #C1"}))
	expectOut(t, out, "2026-04-09T09:03:00+08:00 赵六: #C1 现在是「已生效」，公示期已过、积分已经生效，不用再「维持」。")
	expectNoLine(t, out, "2026-04-09T09:04:00+08:00", "#C1", "维持 sent again is answered again")
	expectNoLine(t, out, "2026-04-09T09:03:00+08:00 青山村三组网格群", "#C1", "the group hears of a late 维持")
}
