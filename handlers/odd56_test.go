package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestOfficerAsksSeveralWhen: 「#R1 #R2 什么时候能弄好？」 from an officer
// is a question to each item's grid (one 镇里问 apiece), not 查; a bare
// 「#R1 #R2 怎么样了」 and 「查 #R1」 stay 查.
func TestOfficerAsksSeveralWhen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了好几天了")
	c.say("陈二", "上报 垃圾站满了没人拉")
	got := c.office("#R1 #R2 什么时候能弄好？")
	has(t, "asked each", got, officeChat+": #R1 #R2 已私信问网格长李四：什么时候能弄好？", "李四: 【镇里问】2件：",
		"青山村三组 #R1（村口路灯坏了好几天了）\n青山村三组 #R2（垃圾站满了没人拉）\n孙七：什么时候能弄好？")
	h := c.reports()
	for _, rep := range h {
		if e := rep.History[len(rep.History)-1]; e.Action != village.ActAsk {
			t.Errorf("#%s's last step %+v: want the township's question", rep.ID, e)
		}
	}
	lacks(t, "asked each", got, "内容：")
	got = c.office("#R1 什么时候能弄好")
	has(t, "asked one", got, "李四: 【镇里问】青山村三组 #R1")
	got = c.office("#R1 #R2 怎么样了")
	has(t, "status", got, "内容：村口路灯坏了好几天了", "内容：垃圾站满了没人拉")
	lacks(t, "status", got, "【镇里问】")
	got = c.office("查 #R1")
	has(t, "query", got, "内容：村口路灯坏了好几天了")
	lacks(t, "query", got, "【镇里问】")
}
