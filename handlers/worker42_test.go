package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestCallerNumberOfTheKinMissing: 「报警人电话多少」 after 「我妈走丢了」 gives
// the one the kin word names (刘芳, as the alarm's private message did),
// not only the reporter.
func TestCallerNumberOfTheKinMissing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张明", "我妈走丢了 大家帮忙找找"), dutyChat+": 【突发事件】青山村三组 #R1")
	got := c.say("李四", "报警人电话多少")
	has(t, "the missing mother too", got, "李四: 李四，电话：\n#R1（我妈走丢了 大家帮忙找找）：报告人 张明 ", "；走失 刘芳 13900000013")
	has(t, "the officer too", c.in(dutyChat, "孙七", "报警人电话多少"), "走失 刘芳 13900000013")
}
