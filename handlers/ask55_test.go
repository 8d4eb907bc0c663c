package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestApprovalChasedAfterApplying: a villager who applied already and
// asks how far it got ("都交材料一个月了 什么时候能批下来") is not told
// how to apply again: the item is filed for the leader, @-mentioned, to
// chase the office, its acceptance deadline running as any item's; the
// reply gives the guide's 时限 and the phone of its 去哪办. One who has not
// applied ("低保多久能批下来") still gets the procedure: its 时限, the part
// he asked, and how to hear the rest (appr97).
func TestApprovalChasedAfterApplying(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "李四 我家的低保什么时候能批下来 都交材料一个月了")
	has(t, "chase", got, "已登记 #R1（办事咨询·催办）", "时限：一般受理后30个工作日内办结", "镇便民服务中心电话 0123-5550111",
		"@李四\u2005请帮陈二向经办部门问问进度，回复「确认 #R1」受理")
	lacks(t, "no how-to", got, "怎么办：", "带齐材料", "1. 向户籍所在乡镇提书面申请")
	has(t, "another wording", c.say("张三", "残疾证交了申请 还没批下来 咋回事"), "已登记 #R2（办事咨询·催办）", "【残疾证】您已经申请了")
	has(t, "not applied", c.say("刘大妈", "低保多久能批下来"), "【低保】办理流程里写的：\n时限：", "在群里说「低保怎么办」")
	reps := c.reports()
	if len(reps) != 3 {
		t.Fatalf("reports = %d; want 3", len(reps))
	}
	for _, rep := range reps {
		chase := rep.ID != "R3"
		if rep.AwaitsAnswer() != chase || rep.ProcedureAnswered() == chase {
			t.Errorf("%s %q: awaits %v, told %v; want the chase waiting on its deadline, the how-to told", rep.ID, rep.Text, rep.AwaitsAnswer(), rep.ProcedureAnswered())
		}
	}
}

// TestPointsRulesQuestionAnswered: "我家儿子在外打工 他的积分怎么算" asks
// how the points count and tells no deed: it is answered (a member away
// counts in the household average; the item it names, its points and
// evidence; how to claim), not confirmed back as a claim. A deed told
// ("我昨天把路上的石头搬开了 能加分不") is still a claim to confirm.
func TestPointsRulesQuestionAnswered(t *testing.T) {
	b := catalogueBot(t)
	got := b.say("张三", "我家儿子在外打工 他的积分怎么算")
	has(t, "rules", got, "都算参评人数", "户均分 = 户总分 ÷ 参评人数", "QL03 稳定就业（务工满6个月）（勤劳致富，10分/年，需证明材料）",
		"「申请积分 给 名字 稳定就业（务工满6个月）」")
	lacks(t, "no claim", got, "我理解为", "回复「1」提交")
	got = b.say("陈二", "参加义务劳动算不算积分")
	has(t, "item", got, "SG02 参加义务劳动、集体劳动", "写上证明人")
	lacks(t, "no member", got, "参评人数", "给 名字")
	has(t, "a deed", b.say("陈二", "我昨天把路上的石头搬开了 能加分不"), "我理解为：积分申请", "回复「1」提交给评分小组")
}
