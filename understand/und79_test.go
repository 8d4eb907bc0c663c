package understand

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestGiftsGroundsGamesVerdictsPayouts: what was given names the deed
// before whom it went to; grounds quoted for a penalty name no fault of
// the sender's; a loss in a game and a bystander's word on who is right
// are chatter; a payout for a disaster no alarm names, or for an event
// told as a bygone time, is a question (und79).
func TestGiftsGroundsGamesVerdictsPayouts(t *testing.T) {
	cat := village.Catalogue{
		{Code: "QJ04", Category: "勤俭节约", Name: "闲置衣物、物品捐赠", Keywords: []string{"旧衣", "闲置", "捐衣", "捐旧"}, Min: 2, Max: 2, Kind: village.KindRegular},
		{Code: "SG04", Category: "社会公德", Name: "帮助困难群众、照料孤寡老人", Keywords: []string{"帮助困难", "孤寡", "五保户", "五保", "困难户", "照料"}, Min: 10, Max: 10, Kind: village.KindRegular},
	}
	for text, want := range map[string]string{
		"我把旧衣服捐给了困难户 可以记分吗": "QJ04",
		"闲置的棉被送给了五保户":       "QJ04",
		"把家里的米送给了五保户":       "SG04", // nothing given names a deed: the recipient does
		"帮困难户修好了屋顶":         "SG04",
	} {
		if got, ok := matchIndicator(cat, text); !ok || got != want {
			t.Errorf("matchIndicator(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
	checkReads(t, []readCase{
		{"grounds for a seizure", "我爸在镇上卖菜被城管把秤没收了，说是占道经营，但那地方大家都在摆，就只收了我爸的，请村里帮忙反映", reportIn("其他")},
		{"grounds for a towing", "俺家三轮车被交警拖走了，说是违章停车，可别人家的都没拖，请村里帮忙反映一下", reportIn("其他")},
		{"the fault itself", "镇上集市天天有人占道经营 车都过不去", reportIn("道路交通")},
		{"a theft in a game", "偷菜游戏又被人偷了 哈哈", noiseIn("其他")},
		{"energy in a game", "蚂蚁森林的能量又被人偷了 哈哈", noiseIn("其他")},
		{"a phone stolen while gaming", "孩子在网吧打游戏的时候手机被偷了", reportIn("治安")},
		{"a game console stolen", "小卖部的游戏机被人偷了", reportIn("治安")},
		{"a bystander's verdict", "院墙的事老王不占理", noiseIn("其他")},
		{"a verdict with damage", "他家明明不占理 还把我家院墙推倒了", mediationIn("矛盾纠纷")},
		{"a hail payout", "冰雹灾害的补助什么时候到", queryIn("政策咨询")},
		{"a bygone flood's relief", "前年发洪水那次的救灾款发了没", queryIn("政策咨询")},
		{"a drought's subsidy", "旱灾的补贴发了吗", queryIn("政策咨询")},
		{"a bygone fire asked for insurance", "前几天老张家着火了 保险能赔吗", reportIn("安全隐患")},
	})
}

// FuzzUnd78Patterns: helperRe, hemRe and isQuestion read any text without
// panicking; 那个啥 at the end of a statement never makes it a question,
// and 谁会修 always asks who can mend.
func FuzzUnd78Patterns(f *testing.F) {
	for _, s := range []string{"有啥人会修伐", "就是那个啥 嗯", "那个什么", "谁会换灯泡", "\xff那啥", ""} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "")
		}
		helperRe.MatchString(s)
		isQuestion(s)
		if !helperRe.MatchString(s + "谁会修") {
			t.Errorf("helperRe misses 谁会修 after %q", s)
		}
		if hemRe.ReplaceAllString(s+"那个什么", " ") == s+"那个什么" {
			t.Errorf("hemRe keeps 那个什么 ending %q", s)
		}
	})
}

// FuzzUnd79Parsers: givenTo, dropGrounds and inGame read any text without
// panicking; what they keep is a part of the text in order, never longer.
func FuzzUnd79Parsers(f *testing.F) {
	for _, s := range []string{"我把旧衣服捐给了困难户 可以记分吗", "被城管把秤没收了，说是占道经营，", "说是", "没收说是", "捐给", "捐给了", "偷菜游戏", "\xff说是"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		inGame(s)
		if g, ok := givenTo(s); !ok && g != s || !oneCut(s, g) {
			t.Errorf("givenTo(%q) = %q, %v; want s with one piece cut", s, g, ok)
		}
		if d := dropGrounds(s); !oneCut(s, d) {
			t.Errorf("dropGrounds(%q) = %q; want s with one piece cut", s, d)
		}
	})
}

// oneCut reports whether g is s with at most one piece cut out of it.
func oneCut(s, g string) bool {
	if len(g) > len(s) {
		return false
	}
	i := 0
	for i < len(g) && s[i] == g[i] {
		i++
	}
	return strings.HasSuffix(s, g[i:])
}
