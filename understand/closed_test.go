package understand

import (
	"testing"

	"gridbot/village"
)

// TestReadSettledMatter: a matter told as already settled or long past is
// no new matter to register; one that came back or is still undone is, and
// an emergency told with a settled matter is an emergency.
func TestReadSettledMatter(t *testing.T) {
	const safety, disputes = "安全隐患", "矛盾纠纷"
	tests := []readCase{
		// settled: news, no matter
		{"mediated", "上次打架的事调解好了", noiseIn("其他")},
		{"resolved already", "两家吵架的事已经解决了", noiseIn("其他")},
		{"handled long ago", "路灯的事早就处理了", noiseIn("其他")},
		{"the matter is fine", "上次吵架的事已经好了", noiseIn("其他")},
		{"dispute mediated", "上次那个纠纷已经调解了", noiseIn("其他")},
		{"handled last time", "上回邻居占道的事处理好了", noiseIn("其他")},
		{"reconciled", "两家已经和好了", noiseIn("其他")},
		{"long over", "去年发洪水的事早就过去了", noiseIn("其他")},
		{"settled by the village", "去年两家因为宅基地吵架的事村里调解好了", noiseIn("其他")},
		{"past fire handled", "上次火灾的事处理好了", noiseIn("其他")},
		// past: a memory, no matter
		{"quarrelled before", "以前跟邻居吵过架", noiseIn("其他")},
		{"fought last year", "去年他们两家打过一架", noiseIn("其他")},
		{"quarrelled over land last year", "去年两家因为宅基地吵过架", noiseIn("其他")},
		{"a bygone fight named", "去年打架的事", noiseIn("其他")},
		// still open or back: a report
		{"flared up again", "上次打架的事又闹起来了", mediationIn(disputes)},
		{"mediated then quarrelled again", "调解好了又吵起来了", mediationIn(disputes)},
		{"lamp still not mended", "上次说的路灯还是没修好", reportIn("道路交通")},
		{"lamp never mended", "村口路灯一直没修好", reportIn("道路交通")},
		{"asked whether mediated", "上次打架的事调解好了吗", mediationIn(disputes)},
		{"not yet resolved", "两家吵架的事还没解决", mediationIn(disputes)},
		{"unresolved to this day", "那个纠纷到现在都没解决", mediationIn(disputes)},
		{"settled then denied", "邻居占我家地的事调解好了 他又不认账了", mediationIn(disputes)},
		{"fixed then leaking again", "水管漏水的事处理好了 可是又漏了", reportIn("水电设施")},
		{"handled but dumping again", "上次的事处理好了 但是他又把垃圾倒我家门口", reportIn("环境卫生")},
		{"settled and a new matter", "上次的事调解好了 村口路灯坏了", reportIn("道路交通")},
		{"past quarrel then today's", "去年两家为了地界吵过架 今天又吵起来了", mediationIn(disputes)},
		{"past quarrel then a new claim", "以前跟他吵过架 现在他又占我家地", mediationIn(disputes)},
		{"past fight left alone", "去年打架的事到现在也没人管", mediationIn(disputes)},
		// an emergency in progress wins
		{"mediated then a fight with blood", "上次打架的事调解好了 老王又被打伤了 流了好多血", emergencyOf(village.HazardMedical, safety)},
		{"mediated then a call for help", "上次打架的事调解好了 快来人 他们又打起来了", emergencyOf(village.HazardCrime, "治安")},
		{"mediated then a fire", "调解好了 但是他家又着火了", emergencyOf(village.HazardFire, safety)},
		{"past quarrel then a knife", "以前吵过架 现在正在打 有人拿刀了", emergencyOf(village.HazardCrime, "治安")},
	}
	checkReads(t, tests)
}
