package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestOfficerUrgesAllQuotingGroupedDigest (town101): the one-line 早报
// names each grid once with its numbers (「青山村三组 #R1，一组 #R2」);
// 孙七 quoting it with 「都抓紧」 presses each item as before, and his words
// naming one item's thing go to that one.
func TestOfficerUrgesAllQuotingGroupedDigest(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	digest := "【早报】3月5日 全镇未办结 2 件，近一天没有新情况；超期 2 件：青山村三组 #R1，一组 #R2。"
	has(t, "names none", quotingOffice(c, digest, "抓紧处理"), "这条消息里有：\n#R1 村口路灯坏了好几天了\n#R2 垃圾站满了没人拉")
	has(t, "all", quotingOffice(c, digest, "都抓紧处理"), "#R1 #R2 已私信督促网格长李四")
}
