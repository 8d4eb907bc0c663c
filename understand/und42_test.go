package understand_test

import (
	"testing"

	"gridbot/village"
)

// TestBroadcastNewsOfHereRead: what a station broadcast ("县电视台新闻播
// 了", "电台报了") of the sender's own village is news of a thing over: a
// report asked back, no alarm. Still going on as it is sent ("现在还在烧")
// or with a cry for help it stays an emergency, and so does a plain alarm.
func TestBroadcastNewsOfHereRead(t *testing.T) {
	const danger = "安全隐患"
	wantActs(t, []actCase{
		{"县电视台新闻播了 咱村后山那片林子昨晚着火了", village.IntentReport, village.General, danger, true},
		{"电台报了 咱们组河堤昨天决口了", village.IntentReport, village.General, danger, true},
		{"电视台播了 咱村后山着火了 现在还在烧", village.IntentReport, village.Emergency, danger, true},
		{"刚看新闻 咱村后山着火了 正在烧", village.IntentReport, village.Emergency, danger, true},
		{"县电视台新闻播了 咱村后山那片林子着火了 快来人", village.IntentReport, village.Emergency, danger, true},
		{"后山着火了 快来人", village.IntentReport, village.Emergency, danger, true},
		{"后山着火了 电视台的人都来了", village.IntentReport, village.Emergency, danger, true},
		{"咱村后山那片林子昨晚着火了", village.IntentReport, village.Emergency, danger, true},
	})
}

// TestRoadCrashesRead: crashes that keep happening at a stretch of road
// (a bend, a junction), counted or told as a habit, are a road hazard to
// report (道路交通), the rhetorical 「这都第几回了」 no question; passed on
// from the news of here they are asked back. One crash told again stays
// the crash's (安全隐患). A crash told as one now stays an emergency, a
// warning to drive carefully is chat, and news of a plan is no matter.
func TestRoadCrashesRead(t *testing.T) {
	const roads = "道路交通"
	wantActs(t, []actCase{
		{"新闻里说咱村那个弯道又撞车了 这都第几回了", village.IntentReport, village.General, roads, true},
		{"新闻里说咱村那个弯道又出车祸了", village.IntentReport, village.General, "安全隐患", true},
		{"上个礼拜那个路口又出车祸了", village.IntentReport, village.General, "安全隐患", true},
		{"村口那个路口经常出事故 得装个红绿灯", village.IntentReport, village.General, roads, true},
		{"咱村那个路口又撞车了 都多少次了", village.IntentReport, village.General, roads, true},
		{"抖音上看到我们组那个下坡又翻车了 好几回了", village.IntentReport, village.General, roads, true},
		{"那个弯道又出车祸了 这都第几回了", village.IntentReport, village.Emergency, "安全隐患", true},
		{"开慢点 小心撞车", village.IntentNoise, "", "", false},
		{"看新闻 咱们村也要搞垃圾分类了", village.IntentNoise, "", "", false},
	})
}

// TestPowerPromisedAtAnHourRead: a supply promised back at a clock time
// ("说好的八点来电") and not back is chased: a report of the outage. The
// same words of a visit or a meal stay chat.
func TestPowerPromisedAtAnHourRead(t *testing.T) {
	const utilities = "水电设施"
	wantActs(t, []actCase{
		{"说好的八点来电 咋还没来", village.IntentReport, village.General, utilities, true},
		{"说好的九点半来水 到现在还没来", village.IntentReport, village.General, utilities, true},
		{"说好的明天上午十点来修电表 咋还没人", village.IntentReport, village.General, utilities, true},
		{"说好的十点停电 咋还没停", village.IntentQuery, "", "", false},
		{"他说好的八点来我家吃饭 咋还没来", village.IntentNoise, "", "", false},
	})
}
