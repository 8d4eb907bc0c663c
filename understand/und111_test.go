package understand

import (
	"testing"

	"gridbot/village"
)

func init() {
	// und111: old phones collected, a fixer's sum, sparks as a habit, melt
	// water on a line
	for name, g := range map[string]gatedRe{"phoneSwapRe": phoneSwapRe, "sumRe": sumRe, "sparksOftenRe": sparksOftenRe, "meltOnLineRe": meltOnLineRe} {
		gatedRegexps[name] = g
	}
}

// TestDecember111Read: round 110's leftovers (old phones for eggs, a
// fixer's fee for a school, a drunk asleep in the cold, melt water on a
// line, cartons where people smoke, a scam that made its target faint, a
// headache with coal smoke, a slightly dizzy head by a stove) and the
// walk's finds, each beside the look-alikes that must stay as they were.
func TestDecember111Read(t *testing.T) {
	checkReads(t, []readCase{
		// old phones collected at the door
		{"phones for eggs, door to door", "村里来了几个收旧手机的 说旧手机换鸡蛋 挨家挨户敲门", reportIn(catOrder)},
		{"eggs for phones, elders gave theirs", "有辆面包车在村口拿鸡蛋换旧手机 好多老人都拿去换了", reportIn(catOrder)},
		{"phones for basins, one handed over", "旧手机换盆的又来了 俺把家里那个老手机给他了", reportIn(catOrder)},
		{"an ad (dev before)", "收头发 收旧手机 上门回收", noiseIn(catOther)},
		{"a trade-in at the shop", "营业厅说旧手机能折价换新的", noiseIn(catOther)},
		{"an old phone to a grandson", "俺把旧手机给孙子玩了", noiseIn(catOther)},
		// a fixer's fee, a scheme's interest
		{"a school place for 20,000", "有人说能帮娃弄进县一中 先交两万 我交不交", reportIn(catOrder)},
		{"a school place, the fixer knows the bureau", "有个人说认识教育局的 交三万块能把孩子安排进城里小学", reportIn(catOrder)},
		{"a 低保 bought", "有人说交五千块能帮着办低保 保准能批", reportIn(catOrder)},
		{"a recruit's place bought", "娃想当兵 有人说给五万包进", reportIn(catOrder)},
		{"a school's own fee", "孩子在县一中上学 下学期要先交两千住宿费", noiseIn(catOther)},
		{"one's own string pulled, no fixer told", "我儿子托人找关系进了县一中 花了两万", noiseIn(catOther)},
		{"interest above a bank's", "有个养老项目说存十万一年给两万利息 村里好几个老人都投了", reportIn(catOrder)},
		{"a credit union's interest", "存在信用社的钱一年利息才两千", noiseIn(catOther)},
		{"the village's own project earns (dev before)", "村里的光伏发电项目已经并网发电，预计每年可为村集体增收十万元，收益将用于村里公益事业。", noiseIn(catOther)},
		{"a parcel's claim, WeChat asked", "有人打电话说俺买的年货快递丢了要理赔 让俺加微信", reportIn(catOrder)},
		// a drunk asleep out of doors
		{"asleep by the road in the cold", "俺家老头喝了酒 大冷天躺在路边睡着了", emergencyOf(village.HazardMedical, catSafety)},
		{"a drunk lying by the road", "村口路边躺着个喝醉的 这么冷的天冻坏了咋办", emergencyOf(village.HazardMedical, catSafety)},
		{"asleep in the snow, will not wake when pushed", "有个人喝多了睡在雪地里 推都推不醒", emergencyOf(village.HazardMedical, catSafety)},
		{"got home and slept", "俺家老头喝了酒回来倒头就睡了", noiseIn(catOther)},
		{"last night's, a cold today", "他昨晚喝多了在路边睡了一宿 今天感冒了", noiseIn(catRoad)},
		{"slept all day at home", "喝多了在家睡了一天", noiseIn(catOther)},
		// a scam that made its target faint
		{"a brother's crash the lie, the fainting real", "我妈接了个电话说我弟出车祸了 让她马上转钱 她急得晕过去了", emergencyOf(village.HazardMedical, catSafety)},
		{"a grandson held the lie, the fainting real", "有人打电话说我孙子被抓了 让我奶奶转钱 她急得晕过去了", emergencyOf(village.HazardMedical, catSafety)},
		{"no fainting: the scam alarm", "有人打电话说我孙子被抓了 让我奶奶转钱", emergencyOf(village.HazardCrime, catOrder)},
		{"a crash in the story, nobody sent (und110)", "刚才有个电话说我儿子出车祸了 在医院 让马上转钱过去", reportIn(catOrder)},
		// coal smoke and a headache, a slightly dizzy head by a stove
		{"a headache and sickness, coal smoke", "头疼恶心 屋里有煤烟味", emergencyOf(village.HazardGas, catSafety)},
		{"slightly dizzy, a stove lit", "头有点晕 屋里生着炉子", emergencyOf(village.HazardGas, catSafety)},
		{"a brazier, slightly dizzy", "屋里烧着炭盆 俺头有点晕", emergencyOf(village.HazardGas, catSafety)},
		{"slightly dizzy, a cold", "感冒了 头有点晕", noiseIn(catOther)},
		{"slightly dizzy, not staying", "头有点晕 今天不去了", noiseIn(catOther)},
		{"slightly dizzy, short of sleep", "头有点晕 可能是没睡好", noiseIn(catOther)},
		// melt water, cartons, sparks
		{"melt water dripping on a line", "屋檐上的雪化了 水一直往电线上滴", reportIn(catSafety)},
		{"melt water run in along a line, a socket wet", "房顶化的雪水顺着电线流进屋里了 插座那儿湿了", reportIn(catSafety)},
		{"melt water on a socket", "雪化了 水滴到插座上了", reportIn(catSafety)},
		{"melt water dripping, nothing on it", "屋檐化雪 滴滴答答的", noiseIn(catOther)},
		{"cartons where people smoke", "楼道里堆了好多纸箱子 还老有人在那抽烟", reportIn(catSafety)},
		{"a reminder not to", "楼道里不要堆纸箱子 也别在那抽烟", noiseIn(catOther)},
		{"a smoker at home", "我爹烟瘾大 天天在屋里抽烟", noiseIn(catOther)},
		{"sparks keep falling on a stack", "柴火垛离烟囱太近了 火星子老往上落", reportIn(catSafety)},
		{"sparks that caught", "柴火垛边上的火星子老往上落 刚才烧着了", emergencyOf(village.HazardFire, catSafety)},
		// the walk's second batch
		{"a child's fever of forty, pills no use", "俺家孩子发烧四十度 退烧药吃了也不管用", emergencyOf(village.HazardMedical, catSafety)},
		{"one's own fever of forty (no child)", "俺发烧40度 在家躺着呢", noiseIn(catOther)},
		{"a prize's tax first", "刚才有人打电话说俺中奖了 要先交税才能领奖", reportIn(catOrder)},
		{"a red packet's link asks a card", "有人在群里发链接说领过年红包 点进去要填银行卡号", reportIn(catOrder)},
		{"red packets grabbed", "群里抢红包 我抢了五块", noiseIn(catOther)},
		{"a charcoal fire in a shut room", "俺娘一个人在屋里烤炭火 门窗关得严严的", reportIn(catSafety)},
		{"a charcoal fire, a crack left", "屋里烤着炭火 窗户留了条缝 放心吧", noiseIn(catOther)},
		{"shut in, no answer (alarm before)", "在屋里烤炭火 门窗关得死死的 敲门一直没反应", emergencyOf(village.HazardGas, catSafety)},
	})
}

// TestCaution111: old phones collected get their own warning, a fixer's
// fee the swindle's, melt water on a line the power's.
func TestCaution111(t *testing.T) {
	for _, tt := range []struct {
		text string
		want village.Hazard
	}{
		{"村里来了几个收旧手机的 说旧手机换鸡蛋 挨家挨户敲门", village.HazardPhones},
		{"有人说能帮娃弄进县一中 先交两万 我交不交", village.HazardSwindle},
		{"有个养老项目说存十万一年给两万利息 村里好几个老人都投了", village.HazardSwindle},
		{"屋檐上的雪化了 水一直往电线上滴", village.HazardPower},
		{"房顶化的雪水顺着电线流进屋里了 插座那儿湿了", village.HazardSoaked},
		{"收头发 收旧手机 上门回收", village.HazardNone},
		{"俺娘一个人在屋里烤炭火 门窗关得严严的", village.HazardShutFire}, // und112: its own caution, no flue to mend
	} {
		if got := Caution(Hear(tt.text)); got != tt.want {
			t.Errorf("Caution(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestScene111: a scam that made its target faint gets the swindle's steps
// and the faint's, no 122 for the story's crash; a drunk in the cold his
// own first steps.
func TestScene111(t *testing.T) {
	s := SceneOf(Hear("我妈接了个电话说我弟出车祸了 让她马上转钱 她急得晕过去了"), village.HazardMedical)
	if !s.Scam || !s.Faint || s.Crash {
		t.Errorf("scam that made her faint: Scam %v Faint %v Crash %v, want true true false", s.Scam, s.Faint, s.Crash)
	}
	if s := SceneOf(Hear("邻居开车撞了人 伤得很重"), village.HazardMedical); s.Scam || !s.Crash {
		t.Errorf("a real crash: Scam %v Crash %v, want false true", s.Scam, s.Crash)
	}
	if s := SceneOf(Hear("俺家老头喝了酒 大冷天躺在路边睡着了"), village.HazardMedical); !s.Chill || !s.Ill() {
		t.Errorf("drunk in the cold: Chill %v Ill %v, want true true", s.Chill, s.Ill())
	}
	if s := SceneOf(Hear("王奶奶摔倒了 起不来"), village.HazardMedical); s.Chill {
		t.Error("a fall is no drunk in the cold")
	}
}

func FuzzUnd111Parsers(f *testing.F) {
	for _, s := range []string{"村里来了几个收旧手机的 说旧手机换鸡蛋", "有人说能帮娃弄进县一中 先交两万", "存十万一年给两万利息", "柴火垛离烟囱太近了 火星子老往上落",
		"屋檐上的雪化了 水一直往电线上滴", "让她转钱 她急得晕过去了", "", "机", "火星子老"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gatedAgree(t, s)
		_ = phonesCollected(s) || fixerPaid(s) || interestLured(s) || scamHurt(s) || meltOnLine(s) || smokersByKindling(s)
		if len(s) > 0 {
			_ = sparksOften(s, 0)
		}
		_ = Caution(Said{Raw: s, Canon: s})
		_ = SceneOf(Said{Raw: s, Canon: s}, village.HazardMedical)
		_ = Rules{}.Read(t.Context(), s)
	})
}
