package understand

import (
	"slices"
	"testing"

	"gridbot/village"
)

// TestDecember105Read (und105): round 104's leftovers, each with a
// look-alike that must stay as it was.
func TestDecember105Read(t *testing.T) {
	checkReads(t, []readCase{
		// one come home asks how the points count: a question, no claim
		{"migrant home asks the points", "外出打工的回来了 问一下今年的积分怎么算的", queryIn(catOther)},
		{"home from work asks", "打工回来了 想问问俺家今年的积分咋算", queryIn(catOther)},
		{"son home asks, as before", "我儿子从深圳回来过年了 他的积分怎么算", queryIn(catOther)},
		{"a deed told still claims", "申请积分 帮村里把结冰的路面撒了炉灰", reading{village.IntentClaim, "", "", ""}},
		// a smoking flue by a door no one answers: the fumes alarm
		{"flue smoking, no answer", "烟筒冒黑烟冒了一上午了 敲门没人应", emergencyOf(village.HazardGas, catSafety)},
		{"chimney smoking, no answer", "老刘家烟囱一直冒烟 喊了半天没人答应", emergencyOf(village.HazardGas, catSafety)},
		{"a cold chimney stays the elder unseen", "烟囱也没冒烟 敲门没人应 两天没见人了", emergencyOf(village.HazardMedical, catSafety)},
		{"a works' stack is no home", "砖厂天天冒黑烟 呛死人了", reportIn(catEnv)},
		// a stranger asking after households' elders: 治安
		{"stranger asks head counts", "有个陌生人挨家挨户问老人家里几口人", reportIn(catOrder)},
		{"outsiders ask who lives alone", "刚才有两个外地人在打听谁家老人一个人住", reportIn(catOrder)},
		{"the grid's own round", "网格员下午挨家挨户登记家里几口人 大家在家等着", noiseIn(catOther)},
		// a stay's bare 报 is 报销
		{"stroke in hospital, how much back", "我爸脑梗住院了 能报多少", approvalIn(catPolicy)},
		{"a half-month stay", "俺娘住了半个月院 能报多少", approvalIn(catPolicy)},
		// und107: a doctor's bill's bare 报 is its 报销, asked of the guide; after a
		// guide it is still that item's follow-up (handlers' TestAmountAskedOfAGuideWithoutAmount)
		{"a doctor's bill asked how much", "看病的钱能报多少", approvalIn(catPolicy)},
		// a past fire told as a warning is chat; its damage left, an appeal
		{"last year's hill fire, take care", "去年山上着了一大片 今年放炮注意点", noiseIn(catSafety)},
		{"an electric blanket's fire", "前年他家就是电热毯着的火 大家注意", noiseIn(catOther)},
		{"a burnt house left", "去年着火烧塌的那间房 到现在还没人管 快塌了", reportIn(catSafety)},
		{"a fire days ago is still asked", "前几天老张家着火了 大家注意", reportIn(catSafety)},
		// a trip's jam is chat; a way shut by snow, the way's trouble
		{"county town jam", "今天去县城 路上堵死了", noiseIn(catOther)},
		{"highway jam from market", "赶集回来 国道上堵得走不动", noiseIn(catOther)},
		{"snow shuts the way to town", "去镇上的路被雪封了 车过不去", reportIn(catRoad)},
	})
}

// gatedRegexps are the regexps behind a rune gate (gate), by name.
var gatedRegexps = map[string]gatedRe{
	"statusAsked": statusAsked, "postedRe": postedRe, "worksTookRe": worksTookRe, "massHarmRe": massHarmRe,
	"dieOffRe": dieOffRe, "driftRe": driftRe, "cutLastedRe": cutLastedRe, "chargeLeadRe": chargeLeadRe,
	"boughtSpoiledRe": boughtSpoiledRe, "unsafeMeatRe": unsafeMeatRe, "deadBeastRe": deadBeastRe, "overloadRe": overloadRe,
	"drainFrozenRe": drainFrozenRe, "beamCreakRe": beamCreakRe, "snowRoofRe": snowRoofRe, "notArrived": notArrived,
	// und106
	"iceRemedyAskRe": iceRemedyAskRe, "fallsCountRe": fallsCountRe, "iceFallsRe": iceFallsRe, "busStoppedRe": busStoppedRe,
	"wayRoundRe": wayRoundRe, "politeRepairRe": politeRepairRe, "buyRe": buyRe, "lendRe": lendRe, "helperRe": helperRe, "icyWayRe": icyWayRe,
}

// gatedAgree fails t when a gated regexp's answer on s is not its
// regexp's own.
func gatedAgree(t *testing.T, s string) {
	t.Helper()
	for name, g := range gatedRegexps {
		if got, want := g.MatchString(s), g.Regexp.MatchString(s); got != want {
			t.Errorf("%s on %q: gated %v, regexp %v", name, s, got, want)
		}
		if got, want := g.FindStringIndex(s), g.Regexp.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("%s.FindStringIndex on %q: gated %v, regexp %v", name, s, got, want)
		}
	}
}

// TestGatedRegexpsAgree (und105): every labelled message, as said and
// folded, gets the same answer from a gated regexp as from its regexp.
func TestGatedRegexpsAgree(t *testing.T) {
	eachLabelledText(t, func(text string) {
		gatedAgree(t, text)
		gatedAgree(t, unspace(Canon(text)))
	})
}

func FuzzUnd105Parsers(f *testing.F) {
	for _, s := range []string{"烟筒冒黑烟 敲门没人应", "有个陌生人挨家挨户问老人家里几口人", "我爸脑梗住院了 能报多少", "去年山上着了一大片 今年放炮注意点",
		"今天去县城 路上堵死了", "低保批下来没", "公示贴在村委会门口了", "修路占了俺家地 补偿多少", "屋顶积雪很厚 怕压塌", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gatedAgree(t, s)
		if got := stayRefund(s); len(got) < len(s) {
			t.Errorf("stayRefund(%q) = %q: shorter", s, got)
		}
		pastWarned(s)
		tripOutJammed(s)
		strangerProbeRe.MatchString(s)
		_ = Rules{}.Read(t.Context(), s)
	})
}
