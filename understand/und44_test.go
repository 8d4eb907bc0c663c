package understand

import (
	"testing"

	"gridbot/village"
)

// TestWinterStovesRead: a coal or charcoal fire in a shut room and one
// overcome by it, its smoke let into the room, or one by it who does not
// answer the door or the phone is gas (一氧化碳), not a fall or a faint of
// no cause. The same words without a lit stove, or a stove told idly, stay
// what they were.
func TestWinterStovesRead(t *testing.T) {
	const safety = "安全隐患"
	checkReads(t, []readCase{
		{"fainted by a charcoal fire", "快来人 老刘两口子烤炭火晕倒在屋里了", emergencyOf(village.HazardGas, safety)},
		{"a night of briquettes", "我婆婆昨晚烤了一夜蜂窝煤 早起头疼得站都站不稳 一直干呕", emergencyOf(village.HazardGas, safety)},
		{"the flue down, smoke in", "煤炉的烟筒掉下来了 屋里全是烟 娃还在里头睡觉", emergencyOf(village.HazardGas, safety)},
		{"no answer at the door", "三组王婶家门窗关得死死的 屋里烧着煤炉 敲了半天门没反应", emergencyOf(village.HazardGas, safety)},
		{"no answer on the phone", "我在外地打工 俺妈一个人在家生着炉子 电话打了一上午都没人接 哪位帮忙去看看", emergencyOf(village.HazardGas, safety)},
		{"a faint of no stove", "在路边烤火 突然晕倒了", emergencyOf(village.HazardMedical, safety)},
		{"a stove delivered, no answer", "煤炉子送到了 打电话没人接", noiseIn("其他")},
		{"a warm room", "屋里生着炉子 挺暖和的", noiseIn("其他")},
		{"a headache of a word", "炉子的事真让人头疼", noiseIn("其他")},
	})
}

// TestWinterMishapsRead: a fall on ice and a limb that will not move, a
// stack set alight by whoever, a fire said to burn as it is sent, a hand
// bleeding from a firecracker and one gone into a collapsed pen and not
// out are emergencies; a fall with no hurt and a pot on the fire are not.
func TestWinterMishapsRead(t *testing.T) {
	const safety = "安全隐患"
	checkReads(t, []readCase{
		{"a fall on ice", "俺娘在门口冰上滑倒了 腿动不了 疼得直叫唤", emergencyOf(village.HazardMedical, safety)},
		{"a stack set alight", "几个半大小子往人家院里扔炮仗 把柴火垛点着了 正烧着呢", emergencyOf(village.HazardFire, safety)},
		{"bleeding from a firecracker", "隔壁小孩放鞭炮把手炸了 血止不住", emergencyOf(village.HazardMedical, safety)},
		{"one in the fallen pen", "雪把羊圈压塌了 我爹钻进去扒羊 现在还没出来", emergencyOf(village.HazardCollapse, safety)},
		{"a child slipped, fine", "孩子滑倒了 没事", noiseIn("其他")},
		{"a pot on the fire", "锅里正烧着水呢", noiseIn("其他")},
		{"a pen fallen, the pigs fine", "屋后的猪圈塌了半边 猪没事", reportIn(safety)},
	})
}

// TestWinterReportsRead: the winter's matters named by their sentence
// rather than a word of the lexicons: ice on a way people use, a supply
// cut told with how long, a carcass left lying, a frame bent under snow,
// fuel run out at an elder's, waste washed into the river, the traffic of
// those home for the new year, a seller at the door in the state's name,
// a boss who promised to settle and hides, two households quarrelling
// now. A pipe frozen, a warning to all and a chat about the new year's
// doings are none.
func TestWinterReportsRead(t *testing.T) {
	checkReads(t, []readCase{
		{"ice on the way to school", "学校门口那段路上冻了 娃娃们上学滑倒好几个 能不能撒点盐", reportIn("道路交通")},
		{"water thrown on the road froze", "不知道谁天天往路上泼洗锅水 冻成一大片冰 我今早在那摔了一跤", reportIn("道路交通")},
		{"a cut told with its length", "停了一天电了 家里老人就靠电热毯取暖 冻得不行", reportIn("水电设施")},
		{"a carcass on the roadside", "谁家的狗冻死在路边了 好几天了也没人收拾", reportIn("环境卫生")},
		{"a frame bent by snow", "大棚顶上积了好厚的雪 钢架子都压弯了 怕是撑不到明天", reportIn("安全隐患")},
		{"an elder out of coal", "五保户老陈家的煤烧完了 屋里冷得跟冰窖一样 也没人给送", reportIn("其他")},
		{"slaughter washed into the river", "有人在河边杀猪 猪血猪毛全冲河里了 下游还有人洗菜呢", reportIn("环境卫生")},
		{"new-year traffic", "过年回来的车多 村口那段天天堵 能不能派个人指挥一下", reportIn("道路交通")},
		{"a seller in the state's name", "有人挨家挨户卖取暖器 说是政府补贴的 要先交三百块钱", reportIn("治安")},
		{"fireworks by the fuel", "卖烟花的摊子就摆在加油站边上 看着都吓人", reportIn("安全隐患")},
		{"a boss who hides", "跟着李老板给人盖大棚 说好年前结账 现在电话都不接了", mediationIn("矛盾纠纷")},
		{"two households at it", "杀年猪的时候猪跑了 把老赵家菜地拱了个稀烂 两家正吵着呢", mediationIn("矛盾纠纷")},
		// und103 reverses und44 here: a household's frozen pipe told is asked back
		{"a frozen pipe, asked back (und103)", "水管冻住了", reportIn("水电设施")},
		{"a paid checkout", "超市结账的人好多", noiseIn("其他")},
		{"hens dead at home", "家里养的鸡冻死了好几只", noiseIn("其他")},
		{"a custom asked of all", "今天腊八 家家都泡腊八蒜了没", noiseIn("其他")},
		{"a handout asked after", "村里发的春联到了没", queryIn("其他")},
		{"fireworks to watch", "今晚村里放烟花 大家来看", noiseIn("其他")},
	})
}

// TestNewsOfHereByLandmarkRead: news of a landmark told from where the
// sender stands ("后山", "后坡") is news of here (und41): asked back, an
// emergency when it still burns; after a place's name ("广东那边后山")
// or another village it is chat.
func TestNewsOfHereByLandmarkRead(t *testing.T) {
	const safety = "安全隐患"
	checkReads(t, []readCase{
		{"the back hill in the news", "新闻里说后山林子着火了", reportIn(safety)},
		{"just seen", "刚看新闻 后山着火了", reportIn(safety)},
		{"a slide on the back slope", "县里新闻说后坡昨天塌方了", reportIn(safety)},
		{"still burning", "电视上说后山着火了 现在还在烧", emergencyOf(village.HazardFire, safety)},
		{"with a cry", "新闻里说后山林子着火了 快来人", emergencyOf(village.HazardFire, safety)},
		{"a named place's hill", "新闻里说广东后山着火了", noiseIn("其他")},
		{"another village's hill", "新闻里说隔壁村后山着火了", noiseIn("其他")},
	})
}
