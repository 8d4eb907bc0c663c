package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
)

// TestPartyObjectsReadsOnce: with no report cache (as after a restart),
// the other party's "凭什么要我挖 我不服" after the 办结 of a quarrel, past
// the hour it is live, reads the grid's open items once: the side it takes
// looks at them first (disputeSide), and the plain words that follow
// (awaitedUnnamed) decide on the same read, as "镇里量好了 我认" does.
func TestPartyObjectsReadsOnce(t *testing.T) {
	cfg, dir := exampleVillage(t)
	for _, said := range []string{"镇里量好了 我认", "凭什么要我挖 我不服"} {
		t.Run(said, func(t *testing.T) {
			st := uncachedStore(t)
			c := chatOn(t, cfg, dir, st, st)
			c.say("陈二", "上报 调解 张三家砌墙把院门口的水沟堵死了")
			c.say("李四", "确认 #R1")
			c.say("李四", "办结 #R1 张三把沟挖通")
			c.now = c.now.Add(2 * time.Hour)
			n, got := c.counted(bot.Message{Chat: grid3, From: "张三", Text: said})
			has(t, said, got, "#R1")
			if n > 2 {
				t.Errorf("%s: %d round trips, want 2 (a read and the commit)", said, n)
			}
		})
	}
}
