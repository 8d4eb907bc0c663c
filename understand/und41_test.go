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
