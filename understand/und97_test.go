package understand

import (
	"context"
	"strings"
	"testing"

	"gridbot/village"
)

// TestWinter97Read (und97): a winter week's messages that main misread,
// each read as its phenomenon says, with the look-alike that must stay as
// it was beside it.
func TestWinter97Read(t *testing.T) {
	const (
		safety  = "安全隐患"
		supply  = "水电设施"
		road    = "道路交通"
		other   = "其他"
		dispute = "矛盾纠纷"
	)
	checkReads(t, []readCase{
		// hearsay of another village's alarm is a caution passed on
		{"hearsay elsewhere, in hospital", "听说隔壁村有户人家烧炭中毒 一家三口都送医院了 大家小心点", noiseIn("政策咨询")},
		{"据说 elsewhere", "据说邻村昨晚有个老汉煤气中毒走了 大家睡觉前把炉子封好开个窗", noiseIn("其他")},
		{"hearsay coming here", "听说隔壁村山上着火了 火往咱这边烧过来了", emergencyOf(village.HazardFire, safety)},
		{"hearsay still burning", "听说隔壁村着火了 现在还在烧", emergencyOf(village.HazardFire, safety)},
		{"hearsay, hands called", "听说隔壁村有人落水了 快去帮忙", emergencyOf(village.HazardMedical, safety)},
		{"hearsay, nothing over", "听说邻村着火了 烧了好几间房", emergencyOf(village.HazardFire, safety)},
		// a stove's own smoke is no fire; let in, or by a stack, it is
		{"a neighbour's stove smoke", "恁家炉子冒烟冒得俺家院里都是 呛死个人", mediationIn(dispute)},
		{"a chimney's smoke in the yard", "他家烟囱冒烟 熏得俺家院里都是烟 呛死个人", mediationIn(dispute)},
		{"stove smoke into the room", "炉子冒烟 屋里全是烟", emergencyOf(village.HazardGas, safety)},
		{"a flue's smoke into the room", "烟筒冒烟冒到屋里了", emergencyOf(village.HazardGas, safety)},
		{"a stove smoking, one coughing", "俺家炉子冒烟 一直咳嗽", emergencyOf(village.HazardGas, safety)},
		{"a kang smoking, bedding scorched", "炕冒烟了 褥子都烧黑了", emergencyOf(village.HazardFire, safety)},
		{"a stove smoking, a grumble", "炉子老冒烟 呛得慌", noiseIn("其他")},
		{"kindling by the stove smoking", "炉子边上的柴火冒烟了", emergencyOf(village.HazardFire, safety)},
		{"a kitchen smoking", "灶房冒烟了", emergencyOf(village.HazardFire, safety)},
		// water that cannot be had, a shared supply frozen
		{"no water out, frozen", "喂 网格员 俺家那个自来水冻死了 一点水都出不来 你看咋弄嘛", reportIn(supply)},
		{"the well frozen", "四组的水井冻住了 打不上水 老人们都去河边凿冰", reportIn(supply)},
		{"a river frozen", "今年冬天真冷啊 河都冻上了", noiseIn("其他")},
		{"the ice from a burst", "二组那个总阀门井冻裂了 水冒出来淌了一路 都结成冰溜子了", reportIn(supply)},
		// ice told by its thickness, snow clearing asked
		{"ice thick on a slope", "村东头那个坡上冰结得老厚 能不能撒点盐或者炉灰", reportIn(road)},
		{"ice too thick, plough asked", "路上冰太厚了 镇里的铲雪车啥时候能过来", reportIn(road)},
		{"clearing asked, days waited", "村里的路啥时候铲雪啊 都两天了 娃上学都走不了", reportIn(road)},
		{"结病 heard for 结冰", "三组路口结病了 滑得很 骑车的注意", reportIn(road)},
		{"中读 heard for 中毒", "俺妈好像煤气中读了 叫不醒 快来人", emergencyOf(village.HazardGas, safety)},
		{"中读 alone", "俺妈煤气中读了", emergencyOf(village.HazardGas, safety)},
		{"结病 alone", "门口结病了", reportIn(road)},
		// out of fuel is someone to look in on; no heating is the utility's
		{"stove out, alone", "王奶奶一个人住 这两天炉子灭了 屋里冷得跟冰窖似的 谁能过去帮着生个火", reportIn(other)},
		{"no coal", "家里没煤了 这几天冷得睡不着 老伴又病着 能不能帮帮俺", reportIn(other)},
		{"firewood burnt up", "孤寡老人赵大爷家柴火烧完了 屋里冷冰冰的 炕都是凉的", reportIn(other)},
		{"no heating", "家里没暖气 冻得不行", reportIn(supply)},
		{"a woodpile burning", "柴火烧起来了", emergencyOf(village.HazardFire, safety)},
		// a pen's roof is no house's
		{"a pen's roof, part", "大雪压得羊圈顶塌了一角 羊都没事", reportIn(safety)},
		{"a house's roof", "房顶塌了", emergencyOf(village.HazardCollapse, safety)},
		// an allowance not on the card, a favour asked of neighbours
		{"not on the card", "我家今年冬天的取暖补贴咋还没打到卡上 别人家都到了", reportIn("政策咨询")},
		{"a tractor borrowed", "没人受伤 就是车滑沟里了 拖不出来 谁家有拖拉机帮个忙", queryIn("环境卫生")},
		{"a saw for the road", "村口路上倒了棵树 谁家有电锯帮个忙", reportIn(road)},
	})
}

// FuzzUnd97Parsers: the readers und97 added never panic, a stove's smoke
// is never read without a stove word before it, and a reading does not
// change when read again.
func FuzzUnd97Parsers(f *testing.F) {
	for _, s := range []string{"听说隔壁村着火了", "炉子老冒烟", "冒烟", "井冻住了 打不上水", "总管冻裂了 路上全是冰", "柴火烧完了", "火烧", "羊圈顶塌了", "谁家有梯子借一下", "咋还没打到卡上"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := canon(unspace(normalize(s)))
		_ = heardOfElsewhere(c)
		_ = supplyCut(c)
		_ = iceFromSupply(c)
		_ = lendRe.MatchString(c)
		_ = payLate(c)
		if at := strings.Index(c, "冒烟"); at >= 0 && stoveSmokes(c, at) && !containsAny(c, smokers) {
			t.Fatalf("%q: smoke read as a stove's with no stove", s)
		}
		if i := strings.Index(c, "火烧"); i >= 0 && fuelSpent(c, i) && !strings.HasPrefix(c[i:], "火烧完") {
			t.Fatalf("%q: fuel spent with no 烧完", s)
		}
		if a, b := (Rules{}).Read(context.Background(), s), (Rules{}).Read(context.Background(), s); a.Intent != b.Intent || a.Type != b.Type || a.Category != b.Category {
			t.Fatalf("%q read twice differently: %+v %+v", s, a, b)
		}
	})
}

// TestStillNotRepaid: 还没还 tells money not paid back, no question, and
// a debt with the debtor gone is a mediation, no missing alarm (alarm98).
func TestStillNotRepaid(t *testing.T) {
	for _, s := range []string{"他借我的钱还没还", "他借我的钱还没还呢", "找不到老李了 他借我的钱还没还"} {
		if IsQuestion(s) {
			t.Errorf("IsQuestion(%q) = true, want a telling", s)
		}
	}
	if !IsQuestion("你借我的钱还没还?") {
		t.Error("with a question mark it asks")
	}
	checkReads(t, []readCase{
		{"a debtor gone", "找不到老李了 他借我的钱还没还", mediationIn("矛盾纠纷")},
		{"another village, over", "邻村王家庄着火了 都烧没了", noiseIn("其他")},
		{"another village, in hospital", "隔壁村有人煤气中毒送医院了", noiseIn("政策咨询")},
		{"another village, hands called", "隔壁村着火了 快去帮忙", emergencyOf(village.HazardFire, "安全隐患")},
		{"another village, no end told", "邻村王家庄着火了 火很大", emergencyOf(village.HazardFire, "安全隐患")},
		{"another village, here warned", "隔壁村的老李煤气中毒了 昨晚送医院了 咱们组的也注意点", noiseIn("政策咨询")},
	})
}
