package understand

import (
	"testing"

	"gridbot/village"
)

// TestDecember104Read (und104): round 103's leftovers and the December
// walk's misreadings, each with a look-alike that must stay as it was.
func TestDecember104Read(t *testing.T) {
	checkReads(t, []readCase{
		// a scheme household's festival gift is the village's to answer;
		// how to apply, one's own withheld and the allowance itself are not
		{"五保户's festival gift", "今年五保户的过年慰问啥时候发", queryIn(catPolicy)},
		{"低保户's festival gift", "低保户今年过年的慰问品啥时候发", queryIn(catPolicy)},
		{"a gift, how to apply", "五保户的慰问金怎么申请", approvalIn(catPolicy)},
		{"one's own gift withheld", "俺家是五保户 过年慰问金咋还没到", approvalIn(catPolicy)},
		{"the allowance itself", "今年的五保金啥时候发", approvalIn(catPolicy)},
		// ice falls warned of with no spot are chat; a spot named, or salt asked, a report
		{"falls warned of", "冰上滑倒了好几个 大家小心", noiseIn(catOther)},
		{"falls warned, go slowly", "冰上滑倒了好几个人 大家走路慢点", noiseIn(catOther)},
		{"falls after snow warned of", "雪后路滑 今天好几个人摔了 大家出门注意", noiseIn(catOther)},
		{"falls at a spot", "村口那块冰上摔了好几个 大家小心", reportIn(catRoad)},
		{"falls at a slope", "去镇上的那个坡结冰了 早上已经滑倒两个骑车的了", reportIn(catRoad)},
		{"falls and salt asked", "好几个老人冰上滑倒了 咱们组的路能撒点盐不", reportIn(catRoad)},
		{"salt asked politely", "村小学那边的路能不能撒点盐 娃娃们天天摔", reportIn(catRoad)},
		{"salt to borrow", "谁家有融雪剂 借一点", queryIn(catOther)},
		{"one's own fall", "昨天冰上摔了一跤 屁股还疼", noiseIn(catOther)},
		// snow heavy on a roof, feared or nobody to clear it
		{"an elder's roof under snow", "五保户老刘家的屋顶积雪很厚 他一个人扫不了", reportIn(catSafety)},
		{"a roof creaking", "李奶奶家的房子雪压得吱吱响 能不能找人帮她扫扫房顶", reportIn(catSafety)},
		{"a roof cleared", "今天上房把屋顶的雪扫完了 累死了", noiseIn(catSafety)},
		// frozen pipes thawed are chat; frozen still, a report
		{"a pipe still frozen", "俺家水管冻住了 没法做饭", reportIn(catSupply)},
		{"a tap blown till it ran", "水龙头冻住了 拿吹风机吹了半天才出水", noiseIn(catSupply)},
		{"a pipe warmed, fine", "水管冻住了 浇了点热水 好了", noiseIn(catSupply)},
		// a trip's day-long jam and a stopped bus got round are chat
		{"a day-long jam", "俺儿子开车从广东回来 路上堵了一天", noiseIn(catOther)},
		{"a bus stopped, a taxi", "昨天从城里回来 班车停运了 只好打车", noiseIn(catOther)},
		{"a bus stopped, children stuck", "主路上的雪压成冰了 班车停了 娃们没法去镇上上学", reportIn(catRoad)},
		{"a jam at the village", "村口堵了两个钟头 车都过不去", reportIn(catRoad)},
		// one alone while the kin are away, the grid asked to look in; an errand asked of neighbours
		{"look in on mother", "俺在外地 家里老娘一个人 这几天降温 麻烦网格员去看一眼", reportIn(catOther)},
		{"coal carried in", "网格员能不能帮俺家老人把煤搬进屋 俺在外地回不去", reportIn(catOther)},
		{"alone, not answering", "俺爹一个人在家 炉子灭了 打电话也不接", reportIn(catOther)},
		{"an errand asked", "谁能帮俺家捎点年货 俺一个人忙不过来", queryIn(catOther)},
		{"a boss not answering", "去年的工钱到现在还没给 包工头电话也不接", mediationIn(catDispute)},
		// a way of here shut by snow; a highway's passed on
		{"a way shut by snow", "大雪封路了 二组那边的路车上不去", reportIn(catRoad)},
		{"a highway shut", "过年回家的注意了 高速那边下雪封路了 绕省道走", noiseIn(catRoad)},
		// children on a frozen river
		{"children on the river ice", "河面结冰了 小孩都在上面玩 太危险了", reportIn(catSafety)},
	})
}

// TestFrozenPipeCaution (und104): a household's pipe frozen gets the
// thawing caution; burst, thawed or a shared main's, not.
func TestFrozenPipeCaution(t *testing.T) {
	for _, c := range []struct {
		text string
		want village.Hazard
	}{
		{"俺家水管冻了 没水用", village.HazardFrozen},
		{"俺家水管冻住了", village.HazardFrozen},
		{"水表冻死了 一滴水都没有", village.HazardFrozen},
		{"水管冻住了 浇了热水 化开了", village.HazardNone},
		{"家里水管冻裂了 到处是水 快来个人", village.HazardSoaked},
		{"俺家暖气管子冻裂了", village.HazardNone},
		{"村里的总管冻住了 全组都没水", village.HazardNone},
	} {
		if got := Caution(Hear(c.text)); got != c.want {
			t.Errorf("Caution(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	if village.HazardFrozen.Hint() == village.HazardNone.Hint() || !containsAny(village.HazardFrozen.Hint(), newLexicon("明火", "温水")) {
		t.Errorf("HazardFrozen's hint = %q, want the thawing advice", village.HazardFrozen.Hint())
	}
}

// FuzzUnd104Parsers: the new readers take any text without a panic.
func FuzzUnd104Parsers(f *testing.F) {
	for _, s := range []string{"冰上滑倒了好几个 大家小心", "屋顶积雪很厚 一个人扫不了", "路能撒点盐不", "班车停运了 只好打车", "浇了点热水 好了", "今年五保户的过年慰问啥时候发", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fallsWarned(s)
		snowLoaded(s)
		tripStranded(s)
		iceRemedyAskRe.MatchString(s)
		thawTriedRe.MatchString(s)
		caution(s)
		_ = Rules{}.Read(t.Context(), s)
	})
}
