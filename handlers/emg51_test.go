package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestNamedHomeAlarmJoinsThatHome: 陈二's 「张三家里煤气味好大」 while two
// gas items are open, 张三's own 「家里煤气味好大」 (#R1) and 郑十's (#R2,
// newer), is news of #R1, in one round trip; with only 郑十's open it is
// a new item. 张三's own alarm after 陈二 named his home joins 陈二's.
func TestNamedHomeAlarmJoinsThatHome(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "家里煤气味好大")
	c.say("郑十", "家里煤气味好大")
	c.wantReports(2, "(two homes smell gas)")
	got := c.costs(t, 1, "named home", bot.Message{Chat: grid3, From: "陈二", Text: "张三家里煤气味好大"})
	has(t, "named home", got, dutyChat+": 【突发补充】青山村三组 #R1\n陈二")
	lacks(t, "named home", got, "#R2", "【突发事件】")
	c.wantReports(2, "(张三's home is #R1)")

	c = newChat(t, understand.Rules{})
	c.say("郑十", "家里煤气味好大")
	got = c.say("陈二", "张三家里煤气味好大")
	has(t, "no item at that home", got, dutyChat+": 【突发事件】青山村三组 #R2\n情况：张三家里煤气味好大")
	lacks(t, "no item at that home", got, "也报告")
	c.wantReports(2, "(张三's home and 郑十's)")
	has(t, "his own after", c.say("刘芳", "我家煤气味好大"), dutyChat+": 【突发补充】青山村三组 #R2\n刘芳")
	c.wantReports(2, "(刘芳 is of 张三's household)")
}
