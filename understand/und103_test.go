package understand

import (
	"testing"

	"gridbot/village"
)

// TestDecember103Read (und103): the fourth held-back batch's misreadings,
// round 102's leftovers and the sandbox walk's, each with a look-alike
// that must stay as it was.
func TestDecember103Read(t *testing.T) {
	checkReads(t, []readCase{
		// sparks of a paper burning that reach nothing that burns are a risk;
		// blown at a wood, a grave or a stack, or with a cry, a fire
		{"sparks by the river", "二组有人在河边烧纸钱 风大 火星子乱飞", reportIn(catSafety)},
		{"sparks by the road", "路边有人烧纸 风一吹火星子到处飞", reportIn(catSafety)},
		{"sparks at the graves", "巡山的时候看见有人在坟地里烧纸 火星子被风吹得到处飞", emergencyOf(village.HazardFire, catSafety)},
		{"sparks at the wood", "后山坟地有人烧纸 风一吹火星子往林子里飘", emergencyOf(village.HazardFire, catSafety)},
		{"sparks with a cry", "路口有人烧纸 火星子乱飞 快来人", emergencyOf(village.HazardFire, catSafety)},
		{"sparks that caught", "河边烧纸 火星子把衣服烧了个洞", emergencyOf(village.HazardFire, catSafety)},
		{"sparks of a chimney", "烟囱里火星子乱飞", emergencyOf(village.HazardFire, catSafety)},
		// a household's frozen pipe told is its matter; thawed or asked how, not
		{"a frozen pipe", "俺家水管冻住了", reportIn(catSupply)},
		{"a frozen tap two days", "俺家的自来水冻住两天了 烧开水浇也不管用", reportIn(catSupply)},
		{"a grid's water frozen", "村里的自来水都冻上了 一个组的人都得去井里挑水", reportIn(catSupply)},
		{"a pipe thawed", "俺家水管又冻住了 烧了壶开水浇上去才通", noiseIn(catSupply)},
		{"a pipe blown warm", "早上水管冻住了 拿吹风机吹了半个钟头 出水了", noiseIn(catSupply)},
		{"how to thaw asked", "水管冻住了咋办 有啥好办法", queryIn(catSupply)},
		{"a warning", "天冷了 大家注意别让水管冻住了", noiseIn(catOther)},
		{"a water jar frozen", "今天零下八度 水缸都冻上了", noiseIn(catOther)},
		// ice told by the people it felled; one's own falls are chat
		{"ice that felled several", "村口小卖部门前那块冰 早上摔了好几个人了", reportIn(catRoad)},
		{"one's own falls", "今天冰上摔了两跤 屁股疼", noiseIn(catOther)},
		// money lent and the borrower dodging; money borrowed by the sender
		{"money lent, the borrower hides", "年初借给老周两万块钱 说好年底还 现在人躲着不见面", mediationIn(catDispute)},
		{"money borrowed by the sender", "老王借给我两千 我还没还 年后再还", noiseIn(catOther)},
		// 费电 uses power, no fee withheld; a fee withheld still is
		{"power saved", "闺女给买了个电暖器 俺娘嫌费电不让开", noiseIn(catSupply)},
		{"a subsidy withheld", "取暖费补贴到现在没发", reportIn(catPolicy)},
		// a flue cracked that smokes the room whenever the stove is lit;
		// smoke filling it now, or someone overcome, is the alarm
		{"a flue cracked, smoke when lit", "老屋的烟囱裂了 一生炉子满屋子都是烟", reportIn(catSafety)},
		{"smoke when lit, someone dizzy", "一生炉子满屋子都是烟 老人头晕", emergencyOf(village.HazardGas, catSafety)},
		{"the stove lit, the room full now", "炉子生着 满屋子都是烟", emergencyOf(village.HazardGas, catSafety)},
		// walk: a neighbours' drinking past midnight; one's own late drink
		{"neighbours drinking till two", "昨晚隔壁那几个年轻人又喝到两点 摔酒瓶子 叫都叫不住", mediationIn(catDispute)},
		{"one's own late drink", "昨晚喝酒喝到两点 今天头疼", noiseIn(catOther)},
		// walk: an elder alone, her stove out and the room 冰凉
		{"an elder's stove out, the room ice-cold", "王奶奶家的炉子灭了 屋里冰凉 她一个人在家", reportIn(catOther)},
	})
}

// TestBurstPipeCaution (und103): a burst pipe's water over a home's floor
// gets the soaked caution (拉电闸 first, then the main valve); a main burst
// on the road does not.
func TestBurstPipeCaution(t *testing.T) {
	for _, c := range []struct {
		text string
		want village.Hazard
	}{
		{"水管爆了 水漫了一地", village.HazardSoaked},
		{"家里水管冻裂了 到处是水 快来个人", village.HazardSoaked},
		{"俺家暖气管子冻裂了 屋里淌了一地水 找谁来修", village.HazardSoaked},
		{"村口的自来水管冻裂了 水喷了一地都结冰了", village.HazardNone},
		{"水管爆了 在路边哗哗流 浪费", village.HazardNone},
		{"水管爆了 水哗哗往外冒 路上都成河了", village.HazardNone},
	} {
		if got := Caution(Hear(c.text)); got != c.want {
			t.Errorf("%s: caution %q, want %q", c.text, got, c.want)
		}
	}
}

// FuzzUnd103Parsers runs und103's readers of outside text on anything.
func FuzzUnd103Parsers(f *testing.F) {
	for _, s := range []string{"河边烧纸钱 火星子乱飞", "水管冻住了", "那块冰 摔了好几个人", "借给老周两万", "一生炉子满屋子都是烟", "水管爆了 水漫了一地", "费电不让开", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for at := range s {
			sparksAdrift(s, at)
			smokesWhenLit(s, at)
		}
		pipeFrozen(s)
		iceFallsRe.MatchString(s)
		lentOut(s)
		debtUnpaid(s)
		caution(s)
		_ = Rules{}.Read(t.Context(), s)
	})
}
