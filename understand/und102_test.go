package understand

import (
	"testing"

	"gridbot/village"
)

// TestDecember102Read (und102): the third held-back batch's misreadings
// and round 101's two leftovers that were general causes — an errand
// offered, a service's festival days off passed on, a way blocked by a
// tent, meat sold uninspected, a roof crumbling under snow, a beast chased
// in sight, those away at work asked when they come home — each with a
// look-alike that must stay as it was.
func TestDecember102Read(t *testing.T) {
	checkReads(t, []readCase{
		// an errand offered is chat; who goes where asked is a lift asked;
		// a problem beside the offer keeps the report
		{"an errand offered", "明天赶大集 有要捎年货的吗", noiseIn(catOther)},
		{"a lift asked", "有要去镇上的吗 带我一个", queryIn(catOther)},
		{"a road beside the offer", "村口的路被占了 有要捎话给村委的吗", reportIn(catRoad)},
		// days off passed on; asked, or told as a hardship, they are not chat
		{"days off passed on", "快递点说年前放假 腊月二十六以后就不收件了", noiseIn(catOther)},
		{"days off asked", "快递点年前放假吗", queryIn(catOther)},
		{"the buses stopped, a hardship", "年前班车就停运了 俺们咋回家", reportIn(catRoad)},
		{"shut for weeks", "快递点关门半个月了 取个快递要跑镇上", reportIn(catOther)},
		// a way blocked by what was put on it is the road's, not the tent's
		{"a feast's tent blocks the road", "腊月办喜事的在路上搭棚子 把整条路都堵死了", reportIn(catRoad)},
		{"a shed fallen", "俺家棚子塌了", reportIn(catSafety)},
		// meat sold uninspected is food safety; a sick carcass dumped fouls
		{"meat sold uninspected", "集上有人卖没检疫的猪肉 便宜得很 怕吃出问题", reportIn(catSafety)},
		{"meat pumped with water", "买的腊肉是注水肉", reportIn(catSafety)},
		{"a carcass dumped", "病死猪扔河里了", reportIn(catEnv)},
		// a roof crumbling under snow
		{"a roof crumbling", "王奶奶家的屋顶被雪压得往下掉渣 她一个人住", reportIn(catSafety)},
		// a beast chased in sight or caught is no beast lost
		{"a pig chased round the village", "杀年猪的时候猪跑了 满村追 笑死我了", noiseIn(catOther)},
		{"a sheep caught", "羊跑了 追回来了", noiseIn(catOther)},
		{"a sheep not caught", "羊跑了 追了半天没追上", reportIn(catOrder)},
		{"sheep lost", "俺家的羊丢了两只", reportIn(catOrder)},
		// those away at work asked when they come home
		{"workers' homecoming asked", "在外面打工的今年都啥时候回来啊", noiseIn(catOther)},
		{"a cadre's return asked", "村支书啥时候回来 找他盖个章", queryIn(catOther)},
		// the guide's 【返乡人员登记】 answers it (appr102)
		{"registration asked of the village", "在外面打工的回来了要去村里登记吗", approvalIn(catPolicy)},
		// found walking the sandbox: a repair asked with a time or the thing
		// between; 修改, 补办 and one's own set are no repair asked
		{"a lamp asked mended before the festival", "路灯能不能年前修好 过年回来的人多", reportIn(catRoad)},
		{"a road asked patched", "年前能不能把村口那段烂路补一补 过年车多", reportIn(catRoad)},
		{"a name asked changed", "能不能修改一下名字", queryIn(catOther)},
		{"one's own set", "我家电视能不能年前修好", queryIn(catSupply)},
		// foul water washed onto land is a fouling or a quarrel, no flood
		{"a neighbour's muck washed in", "隔壁老刘家杀猪 猪血和粪水全冲到俺家地里了 跟他说他还骂人", mediationIn(catDispute)},
		{"dirty water washed in", "污水冲到俺家地里了", reportIn(catEnv)},
		{"flood water washed in", "洪水冲到俺家地里了", emergencyOf(village.HazardFlood, catSafety)},
		// sleep told broken as 睡不好
		{"a dog barking nightly", "老张家的狗天天晚上叫 过年回来的孩子都睡不好", mediationIn(catDispute)},
		// ice passed on from kin with how to drive is a warning to all; a fall
		// told with it is a report
		{"highway ice passed on", "俺儿子开车回来 说高速上好多地方结冰 大家回来的路上慢点开", noiseIn(catRoad)},
		{"ice and a fall", "村口那段路结冰了 好几个人摔了 大家慢点", reportIn(catRoad)},
		// fireworks for sale piled where a family lives; one's own kept
		{"fireworks for sale piled in a home", "村口小卖部老板卖烟花 就堆在屋里 他一家人还住在里面", reportIn(catSafety)},
		{"one's own fireworks kept indoors", "过年的烟花买回来了 先放在屋里 等三十晚上放", noiseIn(catOther)},
		// a thing sold told fake; a thing bought fake as before
		{"fake liquor sold", "今天去镇上买年货 看见有人在路边卖便宜的白酒 说是茅台 肯定是假的", reportIn(catOrder)},
		{"fake fertiliser bought", "赶集买的化肥 泡水里化不开 怕是假的", reportIn(catOrder)},
		// a trade worked at is work done: the boss gone with the pay
		{"a renovation boss gone with the pay", "俺家老二在外头干装修 包工头卷钱跑了 一起的十几个人都没拿到钱 腊月二十就要回来了", mediationIn(catDispute)},
	})
}

// FuzzUnd102Parsers runs und102's readers of outside text on anything.
func FuzzUnd102Parsers(f *testing.F) {
	for _, s := range []string{"有要捎年货的吗", "年前放假 不收件了", "把整条路都堵死了", "卖没检疫的猪肉", "往下掉渣", "满村追", "打工的啥时候回来", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		errandOffered(s)
		breakTold(s)
		blockedWay(s)
		unsafeMeatRe.MatchString(s)
		strayChased.MatchString(s)
		holidayChat(s)
		politeRepairRe.MatchString(s)
		asksRepair(s)
		kinRelayRe.MatchString(s)
		warnsAll(s)
		fireworksAtRisk(s)
		boughtFakeRe.MatchString(s)
		owesWages(s)
		_ = Rules{}.Read(t.Context(), s)
	})
}
