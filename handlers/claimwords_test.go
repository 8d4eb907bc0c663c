package handlers_test

import "testing"

// TestClaimCareForTheNeedy: 五保 written without 户 (五保老人), 孤老 and care
// for the disabled are SG04 (帮助困难群众、照料孤寡老人), not JT01 (孝敬父母):
// the elder cared for is no parent of the claimant.
func TestClaimCareForTheNeedy(t *testing.T) {
	for _, deed := range []string{"照顾五保老人", "伺候五保老人", "给五保老人洗衣做饭", "照顾孤老", "照顾残疾人", "帮扶困难户"} {
		b := examplePointsBot(t)
		has(t, deed, b.say("陈二", "申请积分 "+deed+" 证明人 王五"), "已登记积分申请 #C1", "「帮助困难群众、照料孤寡老人」")
	}
	// his own parents are still 孝敬父母
	b := examplePointsBot(t)
	has(t, "own elders", b.say("陈二", "申请积分 照顾老人 证明人 王五"), "「孝敬父母、赡养老人」")
}
