package understand

import (
	"testing"

	"gridbot/village"
)

func init() {
	// und112: a lost elder's home not known, a sky lantern come down
	for name, g := range map[string]gatedRe{"lostHomeRe": lostHomeRe, "lanternDownRe": lanternDownRe} {
		gatedRegexps[name] = g
	}
}

// TestDecember112Read: round 111's leftovers (a confused elder out in the
// cold, a sky lantern on straw, an electric blanket running hot) and the
// walk's finds (someone frozen stiff out of doors, snow on a stretch of
// slope), each beside the look-alikes that must stay as they were.
func TestDecember112Read(t *testing.T) {
	medical := emergencyOf(village.HazardMedical, catSafety)
	checkReads(t, []readCase{
		// an elder found who cannot say where he lives
		{"wanders, cannot say where home is, shivering", "有个老人在村口转悠 问他家在哪也说不清 冻得直哆嗦", medical},
		{"does not know her home, thinly dressed", "村口有个老太太 认不得家了 穿得很少", medical},
		{"cannot say which village", "桥头坐着个老大爷 问他是哪个村的也说不上来 手冰凉", medical},
		{"lost his way home (no missing person to search for)", "有个老人在路边站了半天了 好像是迷路了 找不到回家的路", medical},
		{"taken home already", "村口那个迷路的老大爷 已经送回家了", noiseIn(catOther)},
		{"one's own grandfather forgets faces", "俺爷爷年纪大了有点糊涂 老认不得人", noiseIn(catOther)},
		{"the sender cannot find a house", "我找不到他家在哪 谁知道王五家住哪", queryIn(catOther)},
		{"one's own mother wandered off (missing, as before)", "我妈有老年痴呆 下午自己出门了 到现在没回来 有看到的赶紧给我打电话", emergencyOf(village.HazardMissing, catOrder)},
		// someone frozen stiff
		{"an elder frozen stiff outside", "老人在外面冻僵了", medical},
		{"frozen under a bridge, hardly answers", "有个人在桥洞底下冻僵了 喊他也不太应", medical},
		{"numb hands", "手都冻僵了 打字都打不利索", noiseIn(catOther)},
		{"numb feet after the market", "早上去赶集 脚冻僵了 回来烤了半天火", noiseIn(catOther)},
		{"oneself, a way of talking", "今天太冷了 我都快冻僵了", noiseIn(catOther)},
		{"an elder sitting in the snow, will not get up", "村口有个老头坐在雪地里半天了 叫他也不起来", medical},
		{"children sitting in the snow at play", "孩子们坐在雪地里玩 衣服都湿了", noiseIn(catOther)},
		// a confused elder gone out, sought and not found
		{"gone out, looked for round the village", "俺家老爷子有点糊涂 刚才自己出门了 找了一圈没找着", emergencyOf(village.HazardMissing, catOrder)},
		{"glasses looked for", "俺爹的老花镜找了一圈没找着", noiseIn(catOther)},
		{"gone to the doctor (dev before)", "我妈有点糊涂 今天出门看病去了", noiseIn(catOther)},
		// a brazier in a room shut
		{"a brazier, the window shut too, a child asleep", "屋里生着炭盆 窗户也关严了 孩子在里面睡觉", reportIn(catSafety)},
		// a sky lantern on straw
		{"a child's lantern on a stack", "孩子放孔明灯落在草垛上了", reportIn(catSafety)},
		{"drifted onto a wheat-straw stack", "有人在村口放孔明灯 飘到麦秸垛上了", reportIn(catSafety)},
		{"on the firewood, still lit", "孔明灯掉到柴火堆上了 还亮着呢", reportIn(catSafety)},
		{"caught: the fire alarm", "孔明灯落在草垛上 着起来了", emergencyOf(village.HazardFire, catSafety)},
		{"lanterns seen", "昨晚上看见天上好多孔明灯 真好看", noiseIn(catRoad)},
		// an electric blanket or a heater running hot
		{"bedding hot to the touch", "电热毯开了一夜 早上起来褥子烫手", reportIn(catSafety)},
		{"a heater scorched the quilt", "小太阳离被子太近 把被角烤糊了", reportIn(catSafety)},
		{"on all night, nothing hot", "电热毯开了一整夜", noiseIn(catOther)},
		{"warm and cosy", "新买的电热毯挺热乎 一晚上睡得可舒服了", noiseIn(catOther)},
		{"sweet potatoes on the heater", "在电暖器上烤红薯 烤糊了哈哈", noiseIn(catSupply)},
		// snow on a stretch of slope
		{"snow on the slope, who clears it", "进村那段坡上的雪谁来铲一下 车上不去", reportIn(catRoad)},
		{"snow on the slope, tricycles stuck", "村东头那段坡雪太厚了 三轮车上不去", reportIn(catRoad)},
	})
}

// TestCaution112: a charcoal fire in a shut room, a lantern on straw and a
// hot blanket each get their own caution; a leaking flue keeps its 修好前.
func TestCaution112(t *testing.T) {
	for _, tt := range []struct {
		text string
		want village.Hazard
	}{
		{"我家屋里门窗关得严严的 烧着一盆炭火", village.HazardShutFire},
		{"屋里冷 炉子的烟囱漏烟", village.HazardFumes},
		{"孩子放孔明灯落在草垛上了", village.HazardEmbers},
		{"电热毯开了一夜 早上起来褥子烫手", village.HazardHeater},
		{"俺家电热毯插头那块烫得不行 还有股焦味", village.HazardHeater},
		{"电热毯开了一整夜", village.HazardNone},
	} {
		if got := Caution(Hear(tt.text)); got != tt.want {
			t.Errorf("Caution(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if h := village.HazardShutFire.Hint(); h == village.HazardFumes.Hint() || !containsAny(h, newLexicon("开条缝")) || containsAny(h, newLexicon("修好前")) {
		t.Errorf("shut-room hint %q: want its own, a window opened, no 修好前", h)
	}
}

// TestScene112: the lost elder's alarm carries its own steps (Ill, so the
// duty chat passes them on); a frozen person's the cold's.
func TestScene112(t *testing.T) {
	if s := SceneOf(Hear("有个老人在村口转悠 问他家在哪也说不清 冻得直哆嗦"), village.HazardMedical); !s.Lost || !s.Ill() {
		t.Errorf("lost elder: Lost %v Ill %v, want true true", s.Lost, s.Ill())
	}
	if s := SceneOf(Hear("老人在外面冻僵了"), village.HazardMedical); !s.Cold || s.Lost {
		t.Errorf("frozen stiff: Cold %v Lost %v, want true false", s.Cold, s.Lost)
	}
	if s := SceneOf(Hear("王奶奶摔倒了 起不来"), village.HazardMedical); s.Lost {
		t.Error("a fall is no lost elder")
	}
	if s := (Scene{}).Or(Scene{Lost: true}); !s.Lost {
		t.Error("Or drops Lost")
	}
}

func FuzzUnd112Parsers(f *testing.F) {
	for _, s := range []string{"有个老人在村口转悠 问他家在哪也说不清", "孩子放孔明灯落在草垛上了", "电热毯开了一夜 早上起来褥子烫手", "手都冻僵了", "冻僵", "", "孔", "迷路"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gatedAgree(t, s)
		_ = lostElder(s) || lanternDown(s) || heaterHot(s)
		if len(s) > 0 {
			_ = frozenOut(s, 0)
			_ = frozenOut(s, len(s))
		}
		_ = Caution(Said{Raw: s, Canon: s})
		_ = SceneOf(Said{Raw: s, Canon: s}, village.HazardMedical)
		_ = Rules{}.Read(t.Context(), s)
	})
}
