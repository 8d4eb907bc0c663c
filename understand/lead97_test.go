package understand

import "testing"

// TestHowLongAsked (lead97): 多久 and 多长时间 read alike. Asked of a
// doing (审批, 办下来, 报销) they ask the procedure's time limit, an
// approval; asked of a payout alone ("高龄补贴多久发一次") they ask
// news, a query. Before, 多长时间 (appr97) was a procedure word 多久 was
// not, so "医保报销要多久" was a query and "高龄补贴多长时间发一次" an
// approval.
func TestHowLongAsked(t *testing.T) {
	const policy = "政策咨询"
	checkReads(t, []readCase{
		{"报销 多久", "医保报销要多久", approvalIn(policy)},
		{"报销 多长时间", "医保报销要多长时间", approvalIn(policy)},
		{"报销 多久 到账", "医保报销要多久能到账", approvalIn(policy)},
		{"办下来 多长时间", "残疾证多长时间能办下来", approvalIn(policy)},
		{"办下来 多久", "残疾证多久能办下来", approvalIn(policy)},
		{"审批 多长时间", "盖房子审批要多长时间", approvalIn(policy)},
		{"payout 多久", "高龄补贴多久发一次", queryIn(policy)},
		{"payout 多长时间", "高龄补贴多长时间发一次", queryIn(policy)},
	})
}
