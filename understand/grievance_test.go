package understand

import (
	"testing"

	"gridbot/village"
)

// Phrasings written for the rules added on 2026-11-30: near misses and
// bits washed away are damage to report, not emergencies; a quarrel taken
// back and settled is news; a party's indignant claim of right is a
// dispute; money of a public scheme not paid out, or an application
// turned down, is a grievance about policy; a contract broken by the
// village is a dispute.
func TestReadNearMissAndDamage(t *testing.T) {
	checkReads(t, []readCase{
		{"near miss at a drain", "路边那口机井没盖 昨天有个老人差点掉进去", reportIn("安全隐患")},
		{"near miss at a pond", "塘边没有护栏 上周有个孩子险些掉下去 赶紧装一个吧", reportIn("安全隐患")},
		{"bit of a wall in the rain", "后院的围墙被雨冲塌了一块 赶紧来人帮忙看看", reportIn("安全隐患")},
		{"stretch of railing washed off", "河上那座便桥的护栏被大水冲走了一截", reportIn("道路交通")},
		{"fell in, then saved", "小孩掉进河里了 差点没救上来", emergencyOf(village.HazardMedical, "安全隐患")},
		{"bridge washed away", "大水把村口的桥冲垮了", emergencyOf(village.HazardFlood, "安全隐患")},
		{"bit washed off, someone in it", "路被冲断了一截 有人被困在对面", emergencyOf(village.HazardFlood, "安全隐患")},
		{"near miss then real harm", "我爸差点从梯子上摔下来 现在腿在流血", emergencyOf(village.HazardMedical, "安全隐患")},
	})
}

func TestReadQuarrelsAndRights(t *testing.T) {
	noise := noiseIn("其他")
	mediation := mediationIn("矛盾纠纷")
	checkReads(t, []readCase{
		{"quarrel taken back", "不是打架 是他们兄弟俩闹着玩 已经没事了", noise},
		{"quarrel taken back, calmed", "不是吵架哈 就是嗓门大 已经劝好了", noise},
		{"quarrel still on", "不是吵架 是他俩为地界的事一直谈不拢", mediation},
		{"quarrel parted", "隔壁两口子又打架了 刚拉开了", mediation},
		{"claim of right, indignant", "这条沟是我家的 他凭什么说是公家的", mediation},
		{"papers, indignant", "这片竹林我有证 凭啥不让我砍", mediation},
		{"custom, indignant", "那几棵核桃树祖上就是俺家种的，凭什么说归他", mediation},
		{"contract broken by the village", "村里单方面把我承包的鱼塘收回去了，合同明年才到期，恳请领导主持公道", mediation},
	})
}

func TestReadPolicyGrievances(t *testing.T) {
	policy := reportIn("政策咨询")
	approval := approvalIn("政策咨询")
	checkReads(t, []readCase{
		{"subsidy not arrived", "今年的耕地补贴到现在还没到账 别的组早就发了", policy},
		{"compensation short", "征地补偿说好一亩三万 结果只发了一半", policy},
		{"reimbursement not paid", "住院报销材料交上去半年了 钱一直没到位", policy},
		{"turned down, pleading", "我去镇上办残疾证 人家说户口不在这不给办 可我在这住了三十年 恳请领导过问一下", policy},
		{"not paid, asks where to go", "养老金还没到账 该去哪里问", approval},
		{"may I apply", "临时救助能不能办", approval},
		{"unpaid by a boss", "包工头的工钱一直没到位", mediationIn("矛盾纠纷")},
		// a payout one gets, late or stopped (2026-12-01): the grid's to
		// follow up, not the procedure to apply
		{"subsidy late this month", "高龄补贴这个月咋还没到", policy},
		{"pension not come", "养老金怎么还没来 都十号了", policy},
		{"allowance stopped", "俺娘的低保金停了 也没人说一声", policy},
		{"subsidy no longer paid", "残疾人补贴从上个月就不发了", policy},
		{"age not reached", "高龄补贴还没到年龄 能先申请吗", approval},
		{"how to apply", "高龄补贴怎么申请", approval},
		// an allowance's money told by the scheme's name and 款/钱
		// (2026-12-03): late, as 补偿款 is
		{"allowance money late", "低保的款咋还没到", policy},
		{"five guarantees money not paid yet", "五保的钱咋还不发", policy},
		{"allowance money in short", "低保款一直没到位", policy},
		{"own allowance money late this month", "我家低保的钱这个月咋还没到", policy},
		{"allowance money, when", "低保的款啥时候到", approval},
		{"allowance money, how to draw", "低保的钱咋领", approval},
		{"allowance money late, whom to see", "低保的钱还不发 该找谁", approval},
	})
}

func TestReadGratitude(t *testing.T) {
	noise := noiseIn("其他")
	checkReads(t, []readCase{
		{"visit and gift", "感谢镇里的干部中秋节来看望我爸，还送了月饼，老人家很开心", noise},
		{"fix praised", "前阵子我家水管爆了，电工小刘当天就来修好了，给他点个赞！", noiseIn("水电设施")},
		{"thanks, then a question", "感谢村里组织的体检。想问一下，下一次是几月份？", queryIn("其他")},
		{"thanks, but a new problem", "谢谢网格员帮我家修好了水管 不过门口路灯还是不亮", reportIn("道路交通")},
		{"thanks, and please come again", "谢谢 麻烦再派人来看看 水管还在漏", reportIn("水电设施")},
	})
}

func TestReadGreetingThenQuestion(t *testing.T) {
	query := queryIn("其他")
	checkReads(t, []readCase{
		{"greeting, where", "你好 村里的快递放哪里了", query},
		{"ask opener, who", "请问明天上午是谁在村部坐班", query},
		{"day of the week", "老年体检安排在礼拜几", query},
		{"borrow", "谁家有打气筒 借用一下", query},
		{"ping", "在不在 在不在啊", noiseIn("其他")},
		{"greeting only", "大家好 早上好", noiseIn("其他")},
	})
}

func TestReadMoreCategories(t *testing.T) {
	checkReads(t, []readCase{
		{"network in chat", "我们这边的网太慢了 能不能叫电信的来看看", reportIn("水电设施")},
		{"speeding by a school", "幼儿园门口那些车开得飞快 就没人管吗", reportIn("道路交通")},
		{"wires strung to charge", "车棚里有人私拉电线充电瓶车 太吓人了", reportIn("安全隐患")},
		{"washed out long ago, a plan asked for", "我们组下地的机耕路前年被水冲断，至今没人修，恳请村里列入明年的修路计划。", reportIn("道路交通")},
	})
}

// TestReadWaterIntoTheHouse: flood water coming into a house now is an
// emergency; tap water laid on, water carried in, a burst pipe and what
// rain does every time through a blocked drain are not.
func TestReadWaterIntoTheHouse(t *testing.T) {
	flood := emergencyOf(village.HazardFlood, "安全隐患")
	checkReads(t, []readCase{
		{"water in now", "水已经进屋了", flood},
		{"yard water in", "院子里的水都漫进屋了", flood},
		{"rain poured in, elder inside", "雨太大了 水都灌进屋里了 老人还在里面", flood},
		{"tap water project", "自来水进屋工程今天开工", noiseIn("水电设施")},
		{"going in for a drink", "大家进屋喝口水", noiseIn("其他")},
		{"water carried in", "我提了桶水进屋", noiseIn("其他")},
		{"burst pipe", "水管爆了 水都流进屋了", reportIn("水电设施")},
		{"every rain, blocked drain", "屋后的水沟堵了 一下雨水就漫到屋里", reportIn("环境卫生")},
	})
}
