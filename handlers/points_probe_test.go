package handlers_test

import "testing"

// TestScorerRecordsOwnHousehold: a scorer's 扣分 or 加分 for his own
// household is not recorded, and he is told whom to ask and the command
// to pass on, not to have someone "审核" a record that does not exist.
func TestScorerRecordsOwnHousehold(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("赵六", "扣分 赵六 乱扔垃圾 3")
	expect(t, "own deduction", got, g3+": 按规定，评分小组成员不能给自家记分（回避），这条没有记录。请告诉孙七，由他发「扣分 赵六 乱扔垃圾 3」。")
	has(t, "own award", b.say("赵六", "加分 钱桂英 志愿服务 10"), "由他发「加分 钱桂英 志愿服务 10」")
	if a := b.account("QS-306"); a.Year("2026").Score != 0 {
		t.Errorf("own household scored %d", a.Year("2026").Score)
	}
}
