package main

import "testing"

// TestCorrectionFollowedUp: a correction of the archived ranking that
// says 「还有 #C2 在核实，核实后再更正」 is followed up when #C2 is settled,
// though its settlement (a deduction of a household the ranking does not
// show, upheld) changes nothing the groups were shown: the grid groups
// hear its number settled and the ranking unchanged, the township whose
// it was; the archive keeps no promise left.
func TestCorrectionFollowedUp(t *testing.T) {
	out, st := replayOut(t, inGrid3(
		[3]string{"2026-12-10T10:00", "赵六", "加分 张三 志愿服务 20"},
		[3]string{"2026-12-10T10:01", "赵六", "扣分 陈二 焚烧秸秆"},
		[3]string{"2026-12-31T18:00"},
		[3]string{"2027-01-01T09:00"},
		[3]string{"2027-01-02T10:00", "陈二", "异议 #C1 张三没去"},
		[3]string{"2027-01-02T10:01", "陈二", "异议 #C2 我没烧"},
		[3]string{"2027-01-02T10:02", "赵六", "撤销 #C1 核实没去"},
		[3]string{"2027-01-02T10:04"}, // the correction is held two minutes (pts96)
		[3]string{"2027-01-03T10:00", "赵六", "维持 #C2 现场有照片"}))
	expectOut(t, out,
		"2027-01-02T10:04:00+08:00 青山村三组网格群: 【2026年度积分排行更正】",
		"还有 #C2 在核实，核实后再更正。",
		"2027-01-03T10:00:00+08:00 青山村三组网格群: 【2026年度积分排行】青山村：上次更正时在核实的 #C2 已核实，维持原评分，2026年年终排行和积分荣誉户不变。",
		"2027-01-03T10:00:00+08:00 青山镇网格工作群: 【2026年度积分排行】青山村：上次更正时在核实的 #C2（陈二户·陈二「焚烧秸秆、垃圾」）已核实")
	expectNoLine(t, out, "2027-01-03T10:00:00+08:00 青山村三组网格群: 【2026年度积分排行】", "陈二户", "a grid group hears whose deduction was upheld")
	if len(st.Rankings) != 1 || len(st.Rankings[0].Open) != 0 || len(st.Rankings[0].Promised) != 0 {
		t.Errorf("archive %+v, want nothing open nor promised", st.Rankings)
	}
}
