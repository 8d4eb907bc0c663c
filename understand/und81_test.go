package understand

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestSpringFarmingRead: a payout asked after for what an event ruined;
// the points rules asked beside a scheme's household; a gap dug for water
// and a turn at the water missed; a neighbour's own news after his
// question; a thing bought told fake; fish or crops dying and spray
// drifting; not a penny of a fee; a levee's gap; farm words typed wrong
// (und81).
func TestSpringFarmingRead(t *testing.T) {
	checkReads(t, []readCase{
		{"hail's damage, then its payout", "冰雹打坏的庄稼 补偿啥时候发", queryIn("政策咨询")},
		{"the crop first, then the hail", "庄稼被冰雹打坏了 补助啥时候下来", queryIn("政策咨询")},
		{"a flood's ruin a year back", "去年大水冲毁的稻田 补偿到底还发不发", queryIn("政策咨询")},
		{"a points question beside 五保户", "给五保户送饭 能加分吗", queryIn("其他")},
		{"a gap dug for water", "放水又轮不到俺家 老刘家半夜偷偷扒开口子放了一宿 说他也不听", mediationIn("矛盾纠纷")},
		{"water held upstream", "上游老王家在渠上截水 下面的田都干了", mediationIn("矛盾纠纷")},
		{"a levee breached stays an alarm", "我家旁边的河堤开口子了 水往村里灌", emergencyOf(village.HazardFlood, "安全隐患")},
		{"a child not heeding", "孩子不听话 说他也不听", noiseIn("其他")},
		{"own news after the question", "陈二 你家秧苗下田没 俺家明天插", noiseIn("其他")},
		{"own news before the question", "我家出工了 你家出了没", queryIn("其他")},
		{"a count beside his own", "冬修水利俺家去了两个人 你家去了几个", queryIn("其他")},
		{"his own matter asked", "你看我家低保批了没", queryIn("政策咨询")},
		{"fertiliser bought fake", "在赶集的流动摊子上买的化肥 泡水里化不开 怕是假的 那个人电话也打不通了", reportIn("治安")},
		{"a rumour called off", "刚刚那个着火的消息是假的 是别的村的", noiseIn("其他")},
		{"fish dying told", "鱼塘里的鱼死了一大片", reportIn("环境卫生")},
		{"spray drifted", "有人用无人机在苗圃那边打药 药水飘到俺家鱼塘里了 鱼翻白了一片", reportIn("环境卫生")},
		{"a neighbour's spray", "隔壁老王家打除草剂 喷到我家菜地了 菜全死了", mediationIn("矛盾纠纷")},
		{"a fee not a penny", "合作社流转了俺们组的地 说好年底给流转费 到现在一分没见", reportIn("其他")},
		{"a levee's gap left", "防汛沙袋还堆在村委会 河堤上那个豁口去年就说补 到现在也没补 雨季一来就麻烦了", reportIn("安全隐患")},
		{"秸杆 typed", "四组那边又在田里烧秸杆 烟大的公路上都看不清", reportIn("环境卫生")},
		{"鸡耕道 heard", "去田里那条鸡耕道烂的不成样子 一下雨全是泥 三轮车陷进去好几回了", reportIn("道路交通")},
	})
}

// FuzzUnd81Parsers: the patterns read any text without panicking; a dug
// gap is only 开口子 after a digging verb, and a payout right after an
// event's ruin is always found.
func FuzzUnd81Parsers(f *testing.F) {
	for _, s := range []string{"冰雹打坏的庄稼 补偿啥时候发", "扒开口子", "买的化肥是假的", "鱼翻白了一片", "药水飘到", "水轮不到", "\xff打坏的", ""} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "")
		}
		boughtFakeRe.MatchString(s)
		dieOffRe.MatchString(s)
		driftRe.MatchString(s)
		waterTurnRe.MatchString(s)
		eventPayout(s)
		if at := strings.Index(s, "开口子"); at >= 0 && dugOpen(s, at, "开口子") && !hasAnySuffix(s[:at], diggers) {
			t.Errorf("dugOpen(%q) with no digger before", s)
		}
		if !damagePaidRe.MatchString("打坏的"+s+" 补偿") && !strings.ContainsAny(s, "，。！？,.!? \t\n\r\f") && utf8.RuneCountInString(s) <= 3 {
			t.Errorf("damagePaidRe misses a payout after 打坏的%q", s)
		}
	})
}
