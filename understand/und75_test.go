package understand

import (
	"testing"

	"gridbot/village"
)

// TestUnfinishedWorksWhoAsksAndOrders: a work left half done is a
// problem, fix word or not; who answers for a thing or may have it is
// asked, chat's 谁 is not; an order how the bot should answer is
// an instruction; a fixture fallen near a child is no one fallen; a pipe
// burst heard as 报 is burst; thin ice on water is a hazard, and a
// safeguard asked for keeps a claim's matter open; a scheme's 报名 asked a few words on is a
// procedure asked.
func TestUnfinishedWorksWhoAsksAndOrders(t *testing.T) {
	checkReads(t, []readCase{
		{"a ditch left half cleared", "后山那条水渠清淤清了一半就停工了", reportIn("水电设施")},
		{"half cleared, asked what next", "后山那条水渠清淤清了一半就停工了 开春放水咋办", reportIn("水电设施")},
		{"a road left half mended", "村里那条路修了一半就不修了", reportIn("道路交通")},
		{"a site stopped for the holiday", "过年了工地都停工了 大家回家过年", noiseIn("其他")},
		{"whose the lamp is", "路灯坏了一般归谁管 村里还是供电所", queryIn("道路交通")},
		{"whose turn on patrol", "今晚防火巡查轮到谁了", queryIn("其他")},
		{"who may have it", "谁可以领", queryIn("其他")},
		{"a card game's turn", "轮到谁出牌了 快点", noiseIn("其他")},
		{"a fourth for cards", "三缺一 谁来", noiseIn("其他")},
		{"an order to answer every message", "以后每条消息你都要回复我 听到没有", noiseIn("其他")},
		{"an order with a threat", "小助手你以后每句话都要回我 不然我就投诉你", noiseIn("其他")},
		{"a line down by a child", "村口那个小卖部门口的电线掉下来了 离地面就一米多 小娃娃经过危险的很", emergencyOf(village.HazardNone, "安全隐患")},
		{"a child fallen", "小孩从树上掉下来了 头上出血", emergencyOf(village.HazardMedical, "安全隐患")},
		{"a sign-up asked a few words on", "俺家房子裂得厉害 危房改造今年还能报名不", approvalIn("政策咨询")},
		{"a sign-up refused is a grievance", "我家孩子上学的事，学校说户口不在这边不让报名", reportIn("政策咨询")},
		{"thin ice on a pond, a sign asked", "塘里的冰太薄了 得立个牌子", reportIn("安全隐患")},
		{"thin ice as a figure of speech", "这日子过得如履薄冰", noiseIn("其他")},
		{"ice thick enough", "水库的冰不薄 能走人", noiseIn("其他")},
		{"a patrol claimed, a sign still asked", "巡逻的时候看到几个娃在塘里冰面上玩 我给撵回去了 冰太薄了得立个牌子 给我记个巡防分", reportIn("安全隐患")},
		{"a pipe burst heard as 报", "我家门口水管报了 水流了一地", reportIn("水电设施")},
		{"a pipe burst written 暴", "自来水管子暴了 水哗哗的", reportIn("水电设施")},
		{"a pipe reported", "水管的事我报了 村里说明天来", noiseIn("水电设施")},
	})
	if !Instructs("以后每条消息你都要回复我") {
		t.Error("Instructs(以后每条消息你都要回复我) = false; want true")
	}
	if c := Caution(Hear("村口那个小卖部门口的电线掉下来了 离地面就一米多 小娃娃经过危险的很")); c != village.HazardPower {
		t.Errorf("Caution(a line down) = %q; want %q", c, village.HazardPower)
	}
}
