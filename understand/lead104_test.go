package understand

import (
	"testing"

	"gridbot/village"
)

// TestLead104Read (lead104): a hillside fire told by how far it spread, a
// drain frozen shut, a coop or a pen crushed by snow; each with a
// look-alike that must stay as it was.
func TestLead104Read(t *testing.T) {
	checkReads(t, []readCase{
		// a fire told by the patch it burnt, not by 着火
		{"grass alight over a patch", "山上有人放鞭炮 着了一片草", emergencyOf(village.HazardFire, catSafety)},
		{"a big patch alight", "后坡着了好大一片 快来人", emergencyOf(village.HazardFire, catSafety)},
		{"a patch burnt by the graves", "坟地边上烧了好大一片 还在冒烟", emergencyOf(village.HazardFire, catSafety)},
		{"a stove lit", "灶里的柴火着了 可以做饭了", noiseIn(catOther)},
		// a drain frozen shut is the village's to clear; thawed, chat
		{"a drain frozen", "下水道冻住了 水倒不出去", reportIn(catEnv)},
		{"a ditch frozen", "排水沟冻住了 化雪的水全淌路上了", reportIn(catEnv)},
		{"a drain thawed", "早上下水道冻住了 烧了两壶开水才浇开", noiseIn(catEnv)},
		{"a river frozen", "河都冻上了 孩子们在上面滑冰", noiseIn(catOther)},
		// a coop crushed by snow, named 舍 as well as 棚
		{"a coop crushed", "我家鸡舍让雪压塌了", reportIn(catSafety)},
		{"a shed crushed", "我家鸡棚让雪压塌了", reportIn(catSafety)},
	})
}

// TestLead104ReadMore (lead104): a head broken in a fight, a stroke
// already in hospital asked of the reimbursement, ice not yet hard with
// children on it, a pension drawn by someone else.
func TestLead104ReadMore(t *testing.T) {
	checkReads(t, []readCase{
		{"a head broken in a fight", "村口两个喝了酒的跟人打起来了 头都破了", emergencyOf(village.HazardMedical, catSafety)},
		{"a quarrel with no one hurt", "村口两个喝了酒的跟人吵起来了", mediationIn(catDispute)},
		{"a stroke in hospital, reimbursement asked", "我爸脑梗了 医院说要转县里 能报多少", approvalIn(catPolicy)},
		{"a stroke now", "我爸脑梗了 嘴都歪了", emergencyOf(village.HazardMedical, catSafety)},
		{"ice not hard, children on it", "河面上的冰不结实 有小孩在上面跑", reportIn(catSafety)},
		{"ice hard enough", "河面上的冰冻得可结实了", noiseIn(catOther)},
		{"a pension drawn by another", "我的养老金卡被人冒领了", reportIn(catOrder)},
	})
}

// TestLead104WinterHazards (lead104): a beam creaking under the snow and
// a burnt smell from something on charge are hazards; a door's creak,
// snow underfoot and burnt food are not.
func TestLead104WinterHazards(t *testing.T) {
	checkReads(t, []readCase{
		{"a beam creaking", "屋顶的雪太厚了 房梁嘎吱响", reportIn(catSafety)},
		{"a greenhouse creaking", "大棚让雪压得嘎吱嘎吱的", reportIn(catSafety)},
		{"a door creaking", "门嘎吱响 该上油了", noiseIn(catOther)},
		{"snow underfoot", "走在雪上嘎吱嘎吱的 真好听", noiseIn(catOther)},
		{"a bike on charge smelling burnt", "电动车在屋里充电 充了一夜 早上起来闻着一股焦味", reportIn(catSafety)},
		{"a wire smelling burnt", "电线有股焦味", reportIn(catSafety)},
		{"burnt food", "锅里的菜一股糊味", noiseIn(catOther)},
	})
}
