package understand

import (
	"testing"

	"gridbot/village"
)

func init() {
	// und109: a plough asked after, a home's heat failing, a stove gone
	// out, a room's cold by degrees
	for name, g := range map[string]gatedRe{"ploughAskRe": ploughAskRe, "heatFailsRe": heatFailsRe, "stoveOutRe": stoveOutRe, "roomColdRe": roomColdRe} {
		gatedRegexps[name] = g
	}
}

// TestDecember109Read: round 108's leftovers and what the December walk
// found misread (a plough asked after, a cold home, a fee asked in an
// office's name, an elder unseen for days, a slope snowed up), each beside
// the look-alikes that must stay as they were.
func TestDecember109Read(t *testing.T) {
	checkReads(t, []readCase{
		// a plough asked after: the way is snowed in
		{"the plough to our group", "铲雪车啥时候能到我们组", reportIn(catRoad)},
		{"the plough, shut in", "推雪的车什么时候能开到三组来 俺们出不了门", reportIn(catRoad)},
		{"a bulldozer, the way still blocked", "推土机几点能过来 进村路还堵着", reportIn(catRoad)},
		{"the plough came", "镇上的铲雪车今天来过了 主路推得挺干净", noiseIn(catRoad)},
		{"whether it comes at all", "铲车今天能来不", queryIn(catOther)},
		{"the plough, the road iced (und99)", "铲雪的车啥时候来 主路都压成冰了", reportIn(catRoad)},
		// a cold home
		{"an elder cold, the blanket not warm", "家里老人冻得睡不着 电热毯也不热", reportIn(catSupply)},
		{"a 炕 not warm", "俺娘冻得一宿没睡 炕也不热", reportIn(catSupply)},
		{"a heater no use", "老人屋里冷得直哆嗦 电暖器也不管用", reportIn(catSupply)},
		{"a radiator, eight degrees", "俺家暖气片不热 屋里才八度", reportIn(catSupply)},
		{"a radiator cold, an elder caught cold", "家里暖气片冰凉 老人冻感冒了", reportIn(catSupply)},
		{"the heating, twelve degrees", "我家暖气不热 屋里十二度", reportIn(catSupply)},
		{"a stove gone out in the night", "王大爷家的炉子晚上灭了 屋里冻得跟冰窖一样", reportIn(catOther)},
		{"a new blanket asked about", "新买的电热毯不热 是不是坏了 谁懂这个", queryIn(catOther)},
		{"a cold room, no heat failing", "今天屋里才八度 穿了三层还冷", noiseIn(catOther)},
		{"a 炕 too hot", "炕烧得太热了 半夜热醒了", noiseIn(catOther)},
		// a fee asked in an office's name
		{"gas company, a valve for 200", "有个人上门说是燃气公司的 要换阀门 一个二百", reportIn(catOrder)},
		{"civil affairs, a fee first", "自称民政的打电话 说有补贴 让先交手续费", reportIn(catOrder)},
		{"the TV station, a dish for 500", "有个自称电视台的要给我家装锅 收五百", reportIn(catOrder)},
		{"the power office (und108)", "有个人说是电力局的 要上门查电表 收一百块", reportIn(catOrder)},
		{"a meter changed, nothing paid", "供电所的师傅今天来换电表了 没收钱", noiseIn(catSupply)},
		// an elder unseen for days
		{"alone, unseen, the chimney cold", "刘奶奶一个人住 这两天没见她出门 烟囱也没冒烟", emergencyOf(village.HazardMedical, catSafety)},
		{"a 五保户 unseen", "五保户老张好几天没见着人了", emergencyOf(village.HazardMedical, catSafety)},
		{"gone to his son's", "老李头这几天没见出门 听说去城里儿子家过冬了", noiseIn(catOther)},
		{"a knock unanswered (alarm103)", "隔壁李奶奶两天没开门了 敲门也没人应", emergencyOf(village.HazardMedical, catSafety)},
		// a slope snowed up
		{"the school's slope", "下了一夜雪 学校门口那个坡根本上不去", reportIn(catRoad)},
		{"a way up the back slope", "雪太大 后坡那条道车上不去了", reportIn(catRoad)},
		{"one's own ride up a slope", "今天雪大 骑车上坡上不去 推着走的", noiseIn(catSafety)},
	})
}

// TestCaution109: a fee asked in an office's name carries the swindle's
// warning whatever fitting it names; a cold home told by its radiator or
// its stove carries the cold's.
func TestCaution109(t *testing.T) {
	for _, tt := range []struct {
		text string
		want village.Hazard
	}{
		{"有个人上门说是燃气公司的 要换阀门 一个二百", village.HazardSwindle},
		{"有人冒充电力公司的 说俺家电线老化了 要换 收五百", village.HazardSwindle},
		{"刚才有个人冒充网格员 挨家收卫生费", village.HazardSwindle},
		{"交了定金人就把我拉黑了", village.HazardSwindle},
		{"俺家暖气片不热 屋里才八度", village.HazardCold},
		{"家里老人冻得睡不着 电热毯也不热", village.HazardCold},
		{"王大爷家的炉子晚上灭了 屋里冻得跟冰窖一样", village.HazardCold},
		{"家里没暖气 冻得不行", village.HazardCold},
		{"屋里的电线老化了 插座冒火花", village.HazardWiring},
		{"今天屋里才八度 穿了三层还冷", village.HazardNone},
		{"供电所的师傅今天来换电表了 没收钱", village.HazardNone},
	} {
		if got := Caution(Hear(tt.text)); got != tt.want {
			t.Errorf("Caution(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSnowedIn: a way shut or snowed up and a plough asked after are one
// matter's tellings; a road lifted, a plough come and a far road are none.
func TestSnowedIn(t *testing.T) {
	for text, want := range map[string]bool{
		"大雪封路了": true,
		"进村的路封了 有没有人来铲一下":     true,
		"铲雪车啥时候能到我们组":         true,
		"下了一夜雪 学校门口那个坡根本上不去":  true,
		"进村的路通了 铲车刚过去":        false,
		"镇上的铲雪车今天来过了 主路推得挺干净": false,
		"高速因为下雪封路了 回来过年的走国道吧": false,
		"铲雪车什么时候来的 路都推通了":     false,
		"村口路灯不亮了":             false,
	} {
		if got := SnowedIn(Hear(text)); got != want {
			t.Errorf("SnowedIn(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzUnd109Parsers(f *testing.F) {
	for _, s := range []string{"铲雪车啥时候能到我们组", "俺家暖气片不热 屋里才八度", "炉子晚上灭了", "有个人上门说是燃气公司的 要换阀门 一个二百",
		"五保户老张好几天没见着人了", "学校门口那个坡根本上不去", "", "度", "车"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gatedAgree(t, s)
		_ = ploughAwaited(s) || coldHome(s) || swindleTold(s) || SnowedIn(Said{Raw: s, Canon: s})
		_ = caution(s)
		_ = Caution(Said{Raw: s, Canon: s})
		_ = Rules{}.Read(t.Context(), s)
	})
}
