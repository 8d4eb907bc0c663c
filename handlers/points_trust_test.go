package handlers_test

import (
	"testing"
)

// TestFollowUpWitnessesAllRecorded: a claimant's follow-up naming two
// witnesses ("王五也看见了 李四也在") records both, not the first only.
func TestFollowUpWitnessesAllRecorded(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 参加村庄环境卫生整治"), "#C1")
	has(t, "two", b.say("张三", "王五也看见了 李四也在"), "已把证明人王五、李四记到 #C1")
	if c := b.claim("C1"); c.Evidence != "证明人 王五、证明人 李四" {
		t.Errorf("C1 evidence = %q, want both witnesses", c.Evidence)
	}
}

// TestFamilyWitnessIsNoClaimForHim: "张明也看见了" in 张三's own claim,
// 张明 being his son, names a witness, not whom the claim is for: the
// claim is 张三's, filed, and 张明 is marked as family (no independent
// witness), in the claim's words and in a follow-up alike.
func TestFamilyWitnessIsNoClaimForHim(t *testing.T) {
	b := examplePointsBot(t)
	got := b.say("刘芳", "申请积分 昨天帮王奶奶挑水，张明也看见了")
	has(t, "in the claim", got, "#C1：张三户·刘芳", "张明是本户家里人，不能作证明人")
	lacks(t, "in the claim", got, "是给张明申请吗")
	if c := b.claim("C1"); c.Person != "刘芳" || c.Evidence != "家人作证 张明" {
		t.Errorf("C1 person %q evidence %q, want 刘芳's with 张明 marked as family", c.Person, c.Evidence)
	}
	has(t, "claim", b.say("张三", "申请积分 参加村庄环境卫生整治"), "#C2")
	got = b.say("张三", "张明也看见了")
	has(t, "follow-up", got, "已把张明记到 #C2", "张明是本户家里人，不能作证明人", "证明人 王五")
	if c := b.claim("C2"); c.Person != "张三" || c.Evidence != "家人作证 张明" || !c.LacksEvidence() {
		t.Errorf("C2 person %q evidence %q lacks %v, want 张明 marked as family, still lacking a witness", c.Person, c.Evidence, c.LacksEvidence())
	}
	has(t, "then an outside one", b.say("张三", "王五也看见了"), "已把证明人王五记到 #C2")
	if c := b.claim("C2"); c.Evidence != "证明人 王五、家人作证 张明" || c.LacksEvidence() {
		t.Errorf("C2 evidence %q", c.Evidence)
	}
}
