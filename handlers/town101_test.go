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

// TestOfficerAsksHowTheMonthWent (town101): 孙七's 「这个月的情况」 in the
// office chat had no answer; it is the grids compared this month so far
// (网格排名), 「上个月情况怎么样」 last month's. A villager's words in his
// group stay his talk, and so does an officer's word to a colleague.
func TestOfficerAsksHowTheMonthWent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	has(t, "this month", c.in(officeChat, "孙七", "这个月的情况"), "青山村三组：收到 1 件")
	has(t, "this month, asked how", c.in(officeChat, "孙七", "本月情况怎么样？"), "青山村三组：收到 1 件")
	got := c.in(officeChat, "孙七", "上个月情况怎么样")
	if len(got) == 0 {
		t.Errorf("上个月情况怎么样: no answer")
	}
	expect(t, "to a colleague", c.in(officeChat, "孙七", "这个月的情况报一下县里"))
	expect(t, "a villager", c.in("青山村三组网格群", "陈二", "这个月的情况怎么样"))
}
