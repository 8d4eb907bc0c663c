package understand

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestWinter99Read (und99): December's group talk that main misread, each
// read as its phenomenon says, with the look-alike that must stay as it was.
func TestWinter99Read(t *testing.T) {
	const (
		safety  = "安全隐患"
		road    = "道路交通"
		other   = "其他"
		dispute = "矛盾纠纷"
		policy  = "政策咨询"
		supply  = "水电设施"
	)
	checkReads(t, []readCase{
		// fireworks let off are the festival's; at risk they are a hazard
		{"fireworks' smoke", "过年放鞭炮 烟好大", noiseIn(safety)},
		{"one's own string of firecrackers", "放了一挂鞭 满院子都是烟 呛死了哈哈", noiseIn("环境卫生")},
		{"fireworks hoarded where people live", "村口小卖部在屋里囤了好几箱烟花爆竹 楼上还住着人", reportIn(safety)},
		{"fireworks by a lighter stay a hazard", "小卖部门口堆了一堆烟花 几个小孩在旁边玩打火机", reportIn(safety)},
		{"a firecracker on a stack stays a fire", "谁家小孩把炮仗扔进柴火垛了 冒烟了 快来人", emergencyOf(village.HazardFire, safety)},
		// 蜂窝煤 is coal
		{"coal's price", "今年的蜂窝煤涨价了 一块要一块二", noiseIn(other)},
		{"coal sold", "低价出售蜂窝煤 送货上门 量大从优", noiseIn(other)},
		{"a wasps' nest stays a hazard", "马蜂窝挂在学校屋檐下 好大一个", reportIn(safety)},
		{"coal fumes stay an alarm", "我大伯屋里烧蜂窝煤 门窗关死的 人叫不醒了 快来", emergencyOf(village.HazardGas, safety)},
		// wages
		{"wages settled", "工钱今天结了 总算能回家过年了😄", noiseIn(other)},
		{"the hotline asked", "讨薪的热线电话是多少", queryIn(other)},
		{"help asked to get pay", "劳务费拖了半年 眼看要过年了 能不能帮俺们去要一下", mediationIn(dispute)},
		{"wages unpaid stay owed", "老板欠俺男人三个月工资 人家说等工程款下来再给 都等到现在了", mediationIn(dispute)},
		// offers, slogans, notices
		{"a pot shared", "腊八粥熬好了 谁来喝", noiseIn(other)},
		{"a season's slogan", "冬季防火 人人有责 出门记得断电", noiseIn(other)},
		{"a power cut stays a report", "三组又断电了 一晚上没电", reportIn(supply)},
		{"enlisting asked", "征兵报名在哪报 我家小子今年满十八了", approvalIn(policy)},
		{"an enlisting notice", "今年秋冬季征兵报名工作正在进行中，有意向的适龄青年请尽快到村委会登记。", noiseIn(policy)},
		{"where to pay, as a choice", "孩子在外地上大学 医保是在学校交还是在家里交", approvalIn(policy)},
		{"laggards urged", "医保交了没 没交的赶紧 月底就截止了", noiseIn(policy)},
		{"paid or not, asked", "手机上交的医保 交完了咋查交没交上", approvalIn(policy)},
		{"a payment found missing stays", "医保明明交了 去医院却说没交上 来回跑了三趟 能不能给查查", reportIn(policy)},
		{"the doer thanked", "大桥上的雪谁铲的 辛苦了👍", noiseIn(other)},
		{"thanked, then a fault", "路灯谁修的 辛苦了 就是又不亮了", reportIn(road)},
		// snow on the ways
		{"a road shut by snow", "后山那条路被雪封了 张大爷家的药还送不进去", reportIn(road)},
		{"the plough asked after", "铲雪的车啥时候来 主路都压成冰了", reportIn(road)},
		{"a road closed, asked", "大雪封路了 镇上的班车今天还跑不跑", queryIn(road)},
		// animals under a pen; people keep the alarm
		{"cattle under a pen", "大雪把王家的牛棚压塌了 牛被压在下面了", reportIn(safety)},
		{"a man in the pen", "大雪把王家的牛棚压塌了 老王在里面喂牛", emergencyOf(village.HazardCollapse, safety)},
		{"a man under the pen", "牛棚塌了 我爹被压在下面了", emergencyOf(village.HazardCollapse, safety)},
		// an appliance unplugged, no one hurt
		{"blanket unplugged", "电热毯冒烟了 褥子烧了个洞 已经拔了插头 人没事", noiseIn(other)},
		{"unplugged, still smoky", "电热毯冒烟了 已经拔了插头 屋里全是烟 老人咳得厉害", emergencyOf(village.HazardFire, safety)},
		{"shocked, power cut", "我爹触电了 我把闸拉了 现在没反应", emergencyOf(village.HazardMedical, safety)},
		{"shocked, power cut, lying", "有人触电了 已经拉了闸 人还躺着", emergencyOf(village.HazardMedical, safety)},
	})
}

// TestPlace99 (und99): a village's name holds no coverb or particle: 「掉进
// 村口」 places 村口, 「参加了村里」 places nothing.
func TestPlace99(t *testing.T) {
	places := []struct{ text, want string }{
		{"孩子掉进村口的塘里了", "村口"},
		{"参加了村里的移风易俗宣讲", ""},
		{"孩子回村了", ""},
		{"青山村三组路灯坏了", "青山村"},
		{"回龙村的桥塌了", "回龙村"},
		{"三组的路灯坏了", "三组"},
	}
	for _, tt := range places {
		if got := (Rules{}).Read(t.Context(), tt.text).Place; got != tt.want {
			t.Errorf("Read(%q).Place = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// FuzzUnd99Parsers: the place pattern and the pinned-stock check take any
// text without panicking, and a place found is in the text.
func FuzzUnd99Parsers(f *testing.F) {
	for _, s := range []string{"孩子掉进村口的塘里了", "大雪把王家的牛棚压塌了 牛被压在下面了", "电热毯冒烟了 已经拔了插头 人没事", "青山村", "村", "牛被压", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if p := placeOf(s); p != "" && !strings.Contains(s, p) {
			t.Fatalf("placeOf(%q) = %q, not in the text", s, p)
		}
		for i := range s {
			stockPinned(s, i)
			unpluggedSafe(s, i)
		}
		_ = Rules{}.Read(t.Context(), s)
	})
}
