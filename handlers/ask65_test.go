package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestFamilyPayoutNotArrivedGoesToTheLeader: 「我妈的养老金这个月咋没到
// 账」 and 「俺爹的高龄补贴咋还没发」, said unaddressed in the group, were
// offered to file as a grievance (「我理解为：一般事项…回复「1」登记」): a
// family member's payout not arrived is the household's record, which
// its leader answers, as 「我家的耕地补贴没收到是咋回事」 is. One of the
// whole village's (no household named) is still offered to file.
func TestFamilyPayoutNotArrivedGoesToTheLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i, text := range []string{"我妈的养老金这个月咋没到账", "俺爹的高龄补贴咋还没发", "老人的养老金咋没到账"} {
		got := c.say("张三", text)
		ref := []string{"#R1", "#R2", "#R3"}[i]
		has(t, text, got, "这个我答不了，已转问网格长李四（"+ref+"）", "【村民提问】张三在青山村三组网格群问我（"+ref+"）："+text)
		lacks(t, text+": not offered", got, "我理解为")
	}
	lacks(t, "village's", c.say("陈二", "村里的高龄补贴咋还没发"), "【村民提问】")
	if n := len(c.reports()); n != 3 {
		t.Fatalf("reports = %d; want 3", n)
	}
}

// TestPerkOfSchemeIsAskedNotGuided: 「低保户过年有没有慰问品」 got the 低保
// how-to-apply guide; a perk of a scheme's households is the village's to
// tell: it goes to the leader. 「低保怎么申请」 still gets the guide.
func TestPerkOfSchemeIsAskedNotGuided(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("陈二", "低保户过年有没有慰问品")
	has(t, "perk", got, "这个我答不了，已转问网格长李四（#R1）", "【村民提问】陈二私信问我（#R1）：低保户过年有没有慰问品")
	lacks(t, "perk: no guide", got, "【低保】怎么办")
	has(t, "apply", c.private("陈二", "低保怎么申请"), "【低保】怎么办")
}

// TestWorksCompensationIsAskedOfTheVillage: 「修路占了俺家的地补偿款啥时候
// 给」 was filed as a quarrel for the mediators; land the village's works
// took is a question to the village (办事咨询), no mediator on it.
func TestWorksCompensationIsAskedOfTheVillage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "修路占了俺家的地补偿款啥时候给")
	has(t, "asked", got, "已登记 #R1（办事咨询）")
	lacks(t, "no mediation", got, "调解")
}

// TestReimbursementPicksItsGuide: 「新农合报销要哪些单子」 got the 城乡居民
// 医保 payment guide, found by 新农合; 报销 asks the narrower 医保报销. One
// that names a matter of the scheme's own (医保断交 … 补交) keeps it.
func TestReimbursementPicksItsGuide(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("陈二", "新农合报销要哪些单子")
	has(t, "reimburse", got, "【医保报销】怎么办")
	lacks(t, "reimburse: not paying", got, "【城乡居民医保】怎么办")
	has(t, "certify", c.private("张三", "我妈的养老金咋认证"), "【养老金资格认证】怎么办")
	has(t, "arrears", c.private("张三", "医保断交了一年 现在补交还来得及不 看病报销受不受影响"), "【城乡居民医保】怎么办")
}
