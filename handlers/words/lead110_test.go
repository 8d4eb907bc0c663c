package words

import (
	"testing"

	"gridbot/village"
)

// TestReadOpenAskToday (lead110): an officer's 「今天有几件没办完的」 and
// 「三组有啥事没办」 were silent in the office chat; they ask for the open
// items as 「还有几件没办完」 does. "没办法" and a plan stay unread.
func TestReadOpenAskToday(t *testing.T) {
	places := village.Places{{Village: "青山村", Name: "一组", Group: "青山村一组网格群"}, {Village: "青山村", Name: "三组", Group: "青山村三组网格群"}}
	for q, want := range map[string]string{"今天有几件没办完的": "全镇", "三组有啥事没办": "青山村三组", "今天三组还有几件没办": "青山村三组", "目前还有多少没办的": "全镇"} {
		if place, ok := ReadOpenAsk(q, places); !ok || place != want {
			t.Errorf("ReadOpenAsk(%q) = %q, %v; want %s", q, place, ok, want)
		}
	}
	for _, q := range []string{"还有啥没办法解决的", "今天把没办完的都办了", "三组的路灯没办法修吗"} {
		if place, ok := ReadOpenAsk(q, places); ok {
			t.Errorf("ReadOpenAsk(%q) = %q, true; want no question", q, place)
		}
	}
}
