package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestGridsRankSentUpUntakenIsTownships (town97): an item the grid sent
// up (上报镇) that nobody in the township took on is the township's to take
// or send back once late, not the grid's 超期: 网格排名 says it apart
// (等镇里接手) and does not rank the grid first for it.
func TestGridsRankSentUpUntakenIsTownships(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	c.in("青山村一组网格群", "谢明", "上报 水渠堵了，田里进不了水")
	c.now = c.now.Add(20 * 24 * time.Hour)
	has(t, "sent up, untaken", c.in(officeChat, "孙七", "网格排名"), "1. 青山村一组：收到 1 件，按时受理 0%，办结 0，现在超期 1，",
		"青山村三组：收到 1 件，按时受理 100%，办结 0，现在超期 0（另有等镇里接手 1 件），")
}
