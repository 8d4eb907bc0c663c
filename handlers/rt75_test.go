package handlers_test

import (
	"testing"
)

// TestGridRankingOnCopy: 李四's 「网格积分排名」 is answered, after the
// first (which reads), on this replica's copies of the village's scores,
// vetoes and approved claims (the "含公示期未满" figures): one round trip
// (was 2: the read, the reply). Its own award since is followed by the
// copies. Then another replica awards points: the question decided on the
// stale copies is refused and answered again on the tallies as stored
// (rt75).
func TestGridRankingOnCopy(t *testing.T) {
	a, b := rt70Bots(t)
	chen := "1. 陈二户 户均 2.0 分（8分/4人，含公示期未满的 8 分）"
	has(t, "award", a.say("赵六", "加分 陈二 参加义务劳动 8"), "陈二")
	has(t, "read", a.say("李四", "网格积分排名"), chen)
	has(t, "on the copy", saidOnCopy(t, a, false, "ranking on the copy", "李四", "网格积分排名", false), chen)
	has(t, "award", a.say("赵六", "加分 张三 参加义务劳动 9"), "张三")
	has(t, "after its own award", saidOnCopy(t, a, false, "ranking after its own award", "李四", "网格积分排名", false),
		"1. 张三户 户均 3.0 分（9分/3人，含公示期未满的 9 分）", "2. 陈二户")
	has(t, "another replica's award", byReplica(a, b, "赵六", "加分 王五 参加义务劳动 10"), "王五")
	has(t, "after another replica's award", saidOnCopy(t, a, true, "ranking after another replica's award", "李四", "网格积分排名", false),
		"1. 王五户 户均 3.3 分（10分/3人，含公示期未满的 10 分）", "2. 张三户", "3. 陈二户")
}

// TestWitnessOnApprovedCopy: 张三's #C1 was approved without the witness
// its item asks for; the village's approved claims are followed, so a
// witness named is decided on this replica's copies of the claims
// waiting, frozen and approved (rt74's path, dropped when pts74 needed
// the latest claims too). Another replica's newer claim of his leaves
// the copies behind: his 「证明人 王五」 is refused and made again on the
// claims as stored, written on the claim waiting (#C3), not added to
// #C1; the next one, on the copies, goes to #C1 in one round trip (rt75).
func TestWitnessOnApprovedCopy(t *testing.T) {
	a, b := rt70Bots(t)
	has(t, "C1", a.say("张三", "申请积分 参加义务劳动 清理河道"), "#C1")
	has(t, "approved", a.say("赵六", "同意 #C1 8"), "#C1 已通过", "请发「证明人 王五」")
	has(t, "C2", a.say("陈二", "申请积分 参加志愿服务 帮王奶奶挑水"), "#C2")
	has(t, "witness read", a.say("陈二", "证明人 王五"), "已把证明人王五记到 #C2")
	has(t, "another replica's claim", byReplica(a, b, "张三", "申请积分 帮五保户打扫院子"), "#C3")
	got := saidOnCopy(t, a, true, "witness after another replica's claim", "张三", "证明人 王五", false)
	has(t, "written on the claim waiting", got, "已把证明人王五记到 #C3")
	lacks(t, "written on the claim waiting", got, "补记到 #C1")
	has(t, "added to the approved claim, on the copies", saidOnCopy(t, a, false, "witness on the copies", "张三", "证明人 王五", false),
		"已把证明人王五补记到 #C1")
}

// TestFirstClaimAssumedNone: on a started replica, once the village's
// claims were read, a household its start did not list with claims files
// its first claim in one round trip (was 2: its claims read first). Its
// approval reads nothing either. Another replica's claim of a household
// leaves that assumption wrong: the same words filed on the first are
// refused by the commit and decided again on the claims as stored — the
// same deed today, not a second claim (rt75).
func TestFirstClaimAssumedNone(t *testing.T) {
	a, b := rt70Bots(t)
	has(t, "C1, read", a.say("陈二", "申请积分 参加志愿服务 帮王奶奶挑水"), "#C1")
	has(t, "C2, assumed none", saidOnCopy(t, a, false, "a new household's first claim", "张三", "申请积分 参加义务劳动 清理河道", false), "#C2")
	has(t, "C2 approved", saidOnCopy(t, a, false, "its approval", "赵六", "同意 #C2 6", false), "#C2 已通过")
	has(t, "another replica's claim", byReplica(a, b, "王五", "申请积分 参加义务劳动 修水渠"), "#C3")
	got := saidOnCopy(t, a, true, "the same words on the first replica", "王五", "申请积分 参加义务劳动 修水渠", false)
	has(t, "the same deed today", got, "今天已经申请过 #C3")
	lacks(t, "the same deed today", got, "#C4")
}
