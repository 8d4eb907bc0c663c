package understand

import (
	"testing"

	"gridbot/village"
)

// TestYearEnd101Read (und101): the group's year-end chatter that main
// misread (pay promised or got back, a notice checked as seen, advice to
// drive slowly, a price remembered, a festival gift asked, a lift asked,
// news asked true), each with a look-alike that must stay as it was.
func TestYearEnd101Read(t *testing.T) {
	checkReads(t, []readCase{
		// pay promised for a date, or got back: no wages owed
		{"pay promised for a date", "老板说腊月二十结工钱 结了就回家", noiseIn(catOther)},
		{"pay got back, errands thanked", "工钱总算要回来了 谢谢网格员帮忙跑了好几趟", noiseIn(catOther)},
		{"the boss gone, unpaid", "老板跑了 工钱一分没给", mediationIn(catDispute)},
		{"trips run, still unpaid", "找包工头跑了三趟 工钱还是没给", mediationIn(catDispute)},
		{"pay put off again", "老板说腊月二十结工钱 到了又说年后再给", mediationIn(catDispute)},
		// a notice checked as seen, with a reminder; a matter beside it stays
		{"a notice seen, get ready", "停水通知都看到了吧 大家记得提前接点水", noiseIn(catSupply)},
		{"a notice seen, no water for days", "停水通知看到了吗 我们组三天了还没来水", reportIn(catSupply)},
		// advice to all
		{"drive slowly, 都", "天冷路滑 大家开车都慢点", noiseIn(catRoad)},
		// a unit price remembered; a bill of one's own risen
		{"a price remembered", "电费以前才五毛一度吧", noiseIn(catSupply)},
		{"a price rising per unit", "电费以前才五毛一度 现在都六毛多了", noiseIn(catSupply)},
		{"a bill charged against a unit price", "水费以前才两块一方 这个月收了我八十", reportIn(catSupply)},
		// a festival gift asked; how to apply for it stays a procedure
		{"a gift asked when", "过年的慰问金啥时候发啊", queryIn(catPolicy)},
		{"how to apply for it", "慰问金怎么申请", approvalIn(catPolicy)},
		{"a scheme's household asks", "俺家是低保户 过年的慰问金啥时候发", approvalIn(catPolicy)},
		// news asked true
		{"news asked true", "二组那边说今年分红每人三百 真的假的", queryIn(catOther)},
		{"a fire told, asked true, with a call", "村口着火了 真的吗 快去看看", emergencyOf(village.HazardFire, catSafety)},
		// a lift asked is a request of neighbours; seats offered are chat
		{"a lift asked", "周末谁去县城 捎我一段 油钱我出", queryIn(catOther)},
		{"a lift asked, 带", "明天谁去镇上 带我一段", queryIn(catOther)},
		{"a free ride asked", "明天谁开车去县城 搭个顺风车", queryIn(catOther)},
		{"seats offered", "明天我开车去县城 有要搭车的吗", noiseIn(catOther)},
		{"riders sought", "有没有腊月二十五从深圳回来的 拼个车 还差两个人", noiseIn(catOther)},
		{"errands offered", "兄弟们 我要去县城了 谁要捎东西说一声", noiseIn(catOther)},
		{"taken to hospital", "我爸晕倒了 谁有车 拉我们去医院", emergencyOf(village.HazardMedical, catSafety)},
	})
}

// FuzzUnd101Parsers runs und101's readers of outside text on anything.
func FuzzUnd101Parsers(f *testing.F) {
	for _, s := range []string{"停水通知都看到了吧 大家记得", "电费以前才五毛一度吧", "帮忙跑了好几趟", "捎我一段", "真的假的", "慰问金", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		postedNotice(s)
		billRose(s)
		unnegatedWage(s, wagesWithheld)
		liftAsked(s)
		hoaxIn(s)
		_ = Rules{}.Read(t.Context(), s)
	})
}
