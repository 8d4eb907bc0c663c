package understand_test

import (
	"testing"

	"gridbot/village"
)

// TestNewsOfHereRead: the news or a feed telling of an alarm in the
// sender's own village or group (咱村, 村口, 我们组, 俺村) is a report,
// asked back: over by the time it is news, but here. News of strangers, of
// another village or a far place, dreams and dramas stay chat; a cry for
// help still raises the alarm.
func TestNewsOfHereRead(t *testing.T) {
	const danger = "安全隐患"
	wantActs(t, []actCase{
		{"刚看新闻 咱村口那个路段又出车祸了", village.IntentReport, village.General, danger, true},
		{"看新闻说我们组那边出车祸了", village.IntentReport, village.General, danger, true},
		{"抖音上看到俺村后山着火了 好大的烟", village.IntentReport, village.General, danger, true},
		{"县里新闻报道了 村东头那个桥塌了", village.IntentReport, village.General, "道路交通", true},
		{"看新闻 隔壁村着火了", village.IntentNoise, "", "", false},
		{"看新闻 隔壁县一个村着火了", village.IntentNoise, "", "", false},
		{"梦见村口着火了", village.IntentNoise, "", "", false},
		{"电视剧里咱村那样的房子着火了", village.IntentNoise, "", "", false},
		{"看新闻说咱村要修路了", village.IntentNoise, "", "", false},
		{"新闻说咱村口出车祸了 快来人啊", village.IntentReport, village.Emergency, danger, true},
	})
}

// TestCutAwaitedRead: a cut of water or power announced and not come yet
// is asked after (a query), not a fault; a promised repair not done, a
// supply not back after a cut and water still running from a burst pipe
// are reports.
func TestCutAwaitedRead(t *testing.T) {
	const utilities = "水电设施"
	wantActs(t, []actCase{
		{"说好的下午停水 咋还没停", village.IntentQuery, "", "", false},
		{"不是说今天停电吗 怎么还有电", village.IntentQuery, "", "", false},
		{"停水通知说上午九点停 到现在还没停 到底停不停啊", village.IntentQuery, "", "", false},
		{"说好的下午来修水管 咋还没修", village.IntentReport, village.General, utilities, true},
		{"说好的下午停水 咋还没来水", village.IntentReport, village.General, utilities, true},
		{"水管爆了 水到现在还没停", village.IntentReport, village.General, utilities, true},
		{"信号塔说要修的 咋还没动静", village.IntentReport, village.General, utilities, true},
		{"说好的上礼拜来换电表 到现在还没来人", village.IntentReport, village.General, utilities, true},
		{"他说好的明天来我家吃饭 咋还没来", village.IntentNoise, "", "", false},
	})
}
