package understand_test

import (
	"context"
	"strings"
	"testing"

	"gridbot/internal/fuzzseed"
	"gridbot/understand"
	"gridbot/village"
)

// TestThreatens: threats as patterns, a condition on the other followed by
// harm, destruction promised, open threats; and the look-alikes that are
// work, plans or jokes.
func TestThreatens(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"你再砌我就给你推了", true},
		{"你再砌，我就推了！", true},
		{"再敢往我家倒垃圾就给你砸了", true},
		{"你要是再敢占我的地，我就把你家的墙拆了", true},
		{"你敢动一下试试，我打断你的腿", true},
		{"你家狗再咬我家鸡，我就把它打死", true},
		{"你明天再来，我就在家等你", false},
		{"再让我看到你往沟里倒垃圾，看我不砸了你家的锅", true},
		{"你再跑快点我就追不上了", false},
		{"你再不回来我就把菜都拔了", false},
		{"奶茶我给你点了", false},
		{"行，咱们走着瞧", true},
		{"再这样别怪我不客气", true},
		{"我给你推了，你看着办", true},
		{"你等着，让你好看", true},
		{"你再赢我就把你桌子掀了😂", false},
		{"你再说我就给你推了哈哈", false},
		{"再下雨我就把谷子收了", false},
		{"你再不来我就先走了", false},
		{"把旧墙推了重砌", false},
		{"我给你烧了点热水", false},
		{"你再等等我就到了", false},
		{"你再看看，我就在村口", false},
		{"别怪我没提醒你 明天停水", false},
	} {
		if got := understand.Threatens(understand.Hear(c.text)); got != c.want {
			t.Errorf("Threatens(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestToldThreat: a threat told second-hand by the one threatened ("X说
// 要…", "扬言", "放话", "威胁我说") is a threat (Threatens) and one told
// (ToldThreat); a threat said to the other is only the first; plans,
// others' business, denials, jokes and news are neither.
func TestToldThreat(t *testing.T) {
	for _, c := range []struct {
		text              string
		told, threatening bool
	}{
		{"陈二说要打断我的腿", true, true},
		{"陈二说要把我家房子烧了", true, true},
		{"他扬言要弄死我", true, true},
		{"他放话说要砸了我家的车", true, true},
		{"老王威胁我说要打断我的腿", true, true},
		{"陈二放话 说要把我家房子烧了", true, true},
		{"陈二说要是我再占他的地 就打断我的腿", true, true},
		{"有人威胁我 说不还钱就弄死我", true, true},
		{"他说要打我一顿", true, true},
		{"陈二说要跟我算账", true, true},
		{"他说要打断我的腿 不是开玩笑的", true, true},
		{"我打断你的腿", false, true},
		{"你再砌我就给你推了", false, true},
		{"他说要烧秸秆", false, false},
		{"说要打他一顿 开玩笑的", false, false},
		{"陈二说要打断我的腿 开玩笑的", false, false},
		{"他说要打断我的腿😂", false, false},
		{"他没说要打我", false, false},
		{"新闻里说有人扬言要炸学校", false, false},
		{"村里说要把我家的旧房拆了 给补偿", false, false},
		{"镇里说要把我家的树砍了 修路", false, false},
		{"他说要来我家吃饭", false, false},
		{"儿子说要把我接到城里住", false, false},
		{"这石头威胁到我家房子了", false, false},
		{"天气预报说要下大雨 我家房子会不会塌", false, false},
		// harm to his things or animals, named verb first or by fire
		{"他说要放火烧我家的柴火垛", true, true},
		{"他说要毒死我家的狗", true, true},
		{"扬言要砸了我家的车", true, true},
		{"他扬言要砸我家的车", true, true},
		{"陈二说要砸我家玻璃", true, true},
		{"他说要划我家的车", true, true},
		{"他说要点了我家的柴火垛", true, true},
		{"他说要帮我家砍树", false, false},
		{"老王说要给我家点炉子", false, false},
		{"他说要放火烧荒", false, false},
		// a thing of his ruined: drained, cut, blocked, stripped, toppled
		{"他说要把我家的鱼塘放干", true, true},
		{"陈二扬言要把我家的水渠堵死", true, true},
		{"他放话要把我家门口的路挖断", true, true},
		{"隔壁说要把我家的菜全拔光", true, true},
		{"他说要把我家的电线剪了", true, true},
		{"他说要放干我家的鱼塘", true, true},
		{"老王说要推倒我家的院墙", true, true},
		{"他说要把我家鱼塘的水放干了 让我养不成鱼", true, true},
		{"他说要帮我把鱼塘的水放干 好抓鱼", false, false},
		{"他说要把我家的衣服晒干", false, false},
		{"他说要把我家的车借去用两天", false, false},
		{"他说要把我家的事办好", false, false},
		{"村里说要把我家门口的沟填平", false, false},
		{"他说要气死我", false, false},
	} {
		s := understand.Hear(c.text)
		if got := understand.ToldThreat(s); got != c.told {
			t.Errorf("ToldThreat(%q) = %v, want %v", c.text, got, c.told)
		}
		if got := understand.Threatens(s); got != c.threatening {
			t.Errorf("Threatens(%q) = %v, want %v", c.text, got, c.threatening)
		}
	}
}

// TestThreatenedFire: a fire, a smashing or a killing only threatened is
// a mediation matter, not an emergency; one done, or done after the
// threat, is an emergency.
func TestThreatenedFire(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  village.Type
		h    village.Hazard
	}{
		{"他说要放火烧我家的柴火垛", village.Mediation, village.HazardNone},
		{"隔壁说要放火烧我家的房子", village.Mediation, village.HazardNone},
		{"他说要砸我家车", village.Mediation, village.HazardNone},
		{"他说要毒死我家的狗", village.Mediation, village.HazardNone},
		{"他放火把我家柴火垛点着了", village.Emergency, village.HazardFire},
		{"我家柴火垛被人点着了", village.Emergency, village.HazardFire},
		{"有人放火 快来人", village.Emergency, village.HazardFire},
		{"他扬言要放火 结果真把我家柴火垛点着了", village.Emergency, village.HazardFire},
		{"他说要放火烧我家的柴火垛 现在已经烧起来了", village.Emergency, village.HazardFire},
	} {
		r := understand.Rules{}.Read(context.Background(), c.text)
		if r.Intent != village.IntentReport || r.Type != c.typ || r.Hazard != c.h {
			t.Errorf("Read(%q) = %s/%s/%s, want report/%s/%s", c.text, r.Intent, r.Type, r.Hazard, c.typ, c.h)
		}
	}
}

// FuzzToldThreat: any text is read without a panic, the same way twice,
// and a threat told is a threat.
func FuzzToldThreat(f *testing.F) {
	for _, s := range []string{"陈二说要打断我的腿", "他扬言要弄死我", "说要", "扬言", "威胁我说", "说要是我再 就", "放话\xff我", "", "说要打他一顿 开玩笑的"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		s := understand.Hear(text)
		told := understand.ToldThreat(s)
		if told != understand.ToldThreat(s) {
			t.Errorf("ToldThreat(%q) differs between calls", text)
		}
		if told && !understand.Threatens(s) {
			t.Errorf("ToldThreat(%q) but not Threatens", text)
		}
	})
}

// TestTakesSide: a party's own side of a quarrel, and what a bystander or
// a peacemaker says.
func TestTakesSide(t *testing.T) {
	for _, c := range []struct {
		text        string
		side, calms bool
	}{
		{"那块地本来就是我家的，凭什么说我占了", true, false},
		{"我家老辈就在这住，那棵树是我爷爷栽的", true, false},
		{"我有证，你去村里查", true, false},
		{"你占了我的水沟还好意思说", true, false},
		{"我没有放牛进你家地，他胡说", true, false},
		{"不是我干的，你家鸡是自己跑丢的", true, false},
		{"明明是你先砌过来的", true, false},
		{"别吵了，都是邻居，有话好好说", false, true},
		{"大家消消气 少说两句", false, true},
		{"别吵了，那块地本来就是我家的", true, false},
		{"谁看见是我家牛踩的", true, false},
		{"俺家圈里的猪跑了两头 谁看见了说一声", false, false},
		{"你先走吧 我等会到", false, false},
		{"今天天气不错", false, false},
		{"谷子收了没", false, false},
	} {
		if got := understand.TakesSide(understand.Hear(c.text)); got != c.side {
			t.Errorf("TakesSide(%q) = %v, want %v", c.text, got, c.side)
		}
		if got := understand.Calms(understand.Hear(c.text)); got != c.calms {
			t.Errorf("Calms(%q) = %v, want %v", c.text, got, c.calms)
		}
	}
}

// TestSharesSubject: a reply belongs to a quarrel that names the same thing.
func TestSharesSubject(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"他家砌墙占了我家的地，说了也不听", "那块地本来就是我家的，凭什么说我占了", true},
		{"他家砌墙占了我家的地", "那堵墙是我家老辈砌的", true},
		{"隔壁的狗把我家鸡咬死了", "不是我家狗咬的，他胡说", true},
		{"他家砌墙占了我家的地", "我没有拿你的快递，他胡说", false},
		// a homestead and a crop field are two things; land at large may be either
		{"张三家盖房占了我家宅基地", "张三家的牛跑到我家地里把玉米啃了", false},
		{"张三家盖房占了我家宅基地", "那块地本来就是我家的", true},
		{"张三家的牛跑到我家地里把玉米啃了", "那块地本来就是我家的", true},
		{"张三家的牛跑到我家地里", "他家的牛又进了我家玉米地", true},
		{"他家宅基地多占了半米", "宅基地的事镇里量过了", true},
		{"这个地方他家老占着", "他家的牛跑到我家地里", false},
	} {
		if got := understand.SharesSubject(understand.Hear(c.a), understand.Hear(c.b)); got != c.want {
			t.Errorf("SharesSubject(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestOnlooks: a bystander's verdict on others' quarrel, and what a party,
// news of the quarrel, a threat or other talk says.
func TestOnlooks(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"我看是老王不对", true},
		{"我觉得老刘说得对", true},
		{"这事怪老王", true},
		{"两家都有错", true},
		{"要我说还是老刘占理", true},
		{"老王那人就是不讲理", true},
		{"老王太过分了 院墙占了人家的地", true},
		{"依我看两边都有责任", true},
		{"你太过分了", false},
		{"那块地本来就是我家的，凭什么说我占了", false},
		{"老王不对 他先动手打人的", false},
		{"老王和老刘又吵起来了", false},
		{"老王太过分了 再这样我就给他家墙推了", false},
		{"他家砌墙占了我家的地 太过分了", false},
		{"别吵了，都是邻居，有话好好说", false},
		{"今天天气不错", false},
		{"村口路灯坏了", false},
	} {
		if got := understand.Onlooks(understand.Hear(c.text)); got != c.want {
			t.Errorf("Onlooks(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzOnlooks: a bystander's verdict is said by no party, tells nothing
// that happens and threatens no one. Whatever a text says, it does not
// onlook when it threatens, or once a word of the sender's home, a word to
// the other or a blow is told after it; a space or an emoji other than
// laughter after it changes nothing.
func FuzzOnlooks(f *testing.F) {
	for _, s := range []string{"我看是老王不对", "你太过分了", "老王太过分了 再这样我就给他家墙推了", "两家都有错😂", "", "不对不对不对", "\xff怪老",
		"要我说还是老刘占理", "这事怪老王[", "依我看两边都有责任 ni"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		s := understand.Hear(text)
		on := understand.Onlooks(s)
		if on && understand.Threatens(s) {
			t.Errorf("Onlooks(%q) and Threatens: a threat is a party's", text)
		}
		for _, party := range []string{"，我家的", "，俺家的", "，你", "，又打起来了", "，报警了"} {
			if understand.Onlooks(understand.Hear(text + party)) {
				t.Errorf("Onlooks(%q): a party's word or news told after it is no bystander's", text+party)
			}
		}
		for _, noise := range []string{" ", "\u3000", "\n", "👍", "[强]"} {
			if understand.Onlooks(understand.Hear(text+noise)) != on {
				t.Errorf("Onlooks(%q) = %v, but with %q after it %v", text, on, noise, !on)
			}
		}
	})
}

// TestQuarrelFlares: news that a quarrel broke out again or goes on, and
// whether it came to blows; a first quarrel or a din is none.
func TestQuarrelFlares(t *testing.T) {
	for _, c := range []struct {
		text          string
		flares, fight bool
	}{
		{"又吵起来了", true, false},
		{"这次又动手了", true, true},
		{"网格员去调解了 他们还在吵", true, false},
		{"调解了好几次都没用 又打起来了", true, true},
		{"张三陈二两家又吵起来了", true, false},
		{"又差点打起来", true, false},
		{"两家吵起来了", false, false},
		{"孩子又在吵", false, false},
		{"老刘家又吵起来了 狗叫了一晚上", true, false},
		{"隔壁家孩子又在吵", false, false},
		{"隔壁喇叭还在吵", false, false},
		{"麻将又打起来了", false, false},
		{"又吵起来了😂", false, false},
		{"今天又下雨了", false, false},
	} {
		flares, fight := understand.QuarrelFlares(understand.Hear(c.text))
		if flares != c.flares || fight != c.fight {
			t.Errorf("QuarrelFlares(%q) = %v, %v, want %v, %v", c.text, flares, fight, c.flares, c.fight)
		}
	}
}

// TestMediationFails: word that mediating a quarrel came to nothing; a
// mediation that worked, or other things that did not help, are none.
func TestMediationFails(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"调解了好几次都没用", true},
		{"调解了也没用 他根本不听", true},
		{"村里来调了两回 不管用", true},
		{"白调解了", true},
		{"劝了也白劝", true},
		{"网格员劝不住", true},
		{"调解不成 只能去镇里了", true},
		{"调解了 两家都满意", false},
		{"吃药没用", false},
		{"劝孩子没用", false},
		{"调解没用😂", false},
		{"今天又下雨了", false},
	} {
		if got := understand.MediationFails(understand.Hear(c.text)); got != c.want {
			t.Errorf("MediationFails(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzMediationFails: word that mediating came to nothing names the
// mediating ("吃药没用" is none) and is not said laughing. Whatever a text
// says: with its words of mediating (调, 劝, 说和) blanked out it tells no
// failed mediation, with laughter after it none either; a space or an
// emoji other than laughter after it changes nothing.
func FuzzMediationFails(f *testing.F) {
	for _, s := range []string{"调解了好几次都没用", "白调解了😂", "", "\xff没用调解", "劝了也白劝", "说和了没用", "村里来调了两回 不管用[", "哈"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	unmediated := strings.NewReplacer("调", " ", "劝", " ", "说和", " ")
	f.Fuzz(func(t *testing.T, text string) {
		fails := understand.MediationFails(understand.Hear(text))
		if bare := unmediated.Replace(text); understand.MediationFails(understand.Hear(bare)) {
			t.Errorf("MediationFails(%q) with no word of mediating", bare)
		}
		for _, laugh := range []string{"😂", "哈哈", "[捂脸]"} {
			if understand.MediationFails(understand.Hear(text + laugh)) {
				t.Errorf("MediationFails(%q): said laughing", text+laugh)
			}
		}
		for _, noise := range []string{" ", "\u3000", "\n", "👍", "[强]"} {
			if understand.MediationFails(understand.Hear(text+noise)) != fails {
				t.Errorf("MediationFails(%q) = %v, but with %q after it %v", text, fails, noise, !fails)
			}
		}
	})
}

// FuzzSharesSubject: the thing-matcher takes any text, is symmetric, and
// a text naming a thing shares it with itself.
func FuzzSharesSubject(f *testing.F) {
	for _, s := range []string{"张三家盖房占了我家宅基地", "牛跑到我家地里", "这个地方", "地地地里宅基地", ""} {
		f.Add(s, "那块地本来就是我家的")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := understand.Hear(a), understand.Hear(b)
		if understand.SharesSubject(sa, sb) != understand.SharesSubject(sb, sa) {
			t.Errorf("SharesSubject(%q, %q) is not symmetric", a, b)
		}
		if understand.NamesSubject(sa) != understand.SharesSubject(sa, sa) {
			t.Errorf("NamesSubject(%q) = %v, but it shares with itself %v", a, understand.NamesSubject(sa), understand.SharesSubject(sa, sa))
		}
		if understand.ThingsDiffer(sa, sb) && understand.SharesSubject(sa, sb) {
			t.Errorf("ThingsDiffer and SharesSubject(%q, %q) both", a, b)
		}
	})
}

// TestRefusesMediation: a party's word that he will not be mediated; a
// word that it failed, or a quarrel, is none.
func TestRefusesMediation(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"我不同意调解 又不是我的错", true},
		{"不用调了 我不接受", true},
		{"调解我不去", true},
		{"调解了好几次都没用", false},
		{"两家又吵起来了", false},
		{"同意调解", false},
		{"不用调了😂", false},
	} {
		if got := understand.RefusesMediation(understand.Hear(c.text)); got != c.want {
			t.Errorf("RefusesMediation(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
