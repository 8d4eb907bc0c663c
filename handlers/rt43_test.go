package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// TestManyInWordsReadOnce: 「1号2号 我下午去看」 reads the grid's open
// reports once for all readers of words (groupOpen's memo) and takes the
// named reports from that read (readAhead): two round trips with no
// report cache, the read and the commit.
func TestManyInWordsReadOnce(t *testing.T) {
	c, trips := uncachedChat(t)
	for i := range 4 {
		c.say("张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1))
	}
	n, got := trips(bot.Message{From: "李四", Text: "1号2号 我下午去看"})
	has(t, "1号2号", got, "#R1", "#R2")
	if n != 2 {
		t.Errorf("1号2号 我下午去看: %d round trips, want 2 (the grid's open reports, the commit)", n)
	}
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted}, village.StatusNew)
	// a second message reads them again: the first one's commit changed them
	n, got = trips(bot.Message{From: "李四", Text: "3号4号 我下午去看"})
	has(t, "3号4号", got, "#R3", "#R4")
	if n != 2 {
		t.Errorf("3号4号 我下午去看: %d round trips, want 2", n)
	}
	c.wantStatuses(map[string]village.Status{}, village.StatusAccepted)
}
