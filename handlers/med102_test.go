package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestNewQuarrelWhileAwaitingConfirm: 张三's cow quarrel with 陈二 is 办结,
// waiting on his 满意, when he tells of 陈二's hens in his vegetable plot
// (another thing). On main he was told 「未解决 #R1 陈二家的鸡…」; it is a
// new quarrel of the same two households, filed and linked to #R1.
func TestNewQuarrelWhileAwaitingConfirm(t *testing.T) {
	for _, tc := range []struct {
		private bool
		later   time.Duration
	}{{true, 2 * time.Hour}, {false, 2 * time.Hour}, {false, 0}, {true, 0}} {
		private := tc.private
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 调解 陈二家的牛天天跑我家麦地里吃麦苗 说了好几次也不管")
		c.say("郑十", "确认 #R1")
		c.say("郑十", "办结 #R1 两家谈好了 陈二赔张三200元 以后把牛拴好")
		c.now = c.now.Add(tc.later)
		said := "陈二家的鸡又天天跑我家菜地里刨"
		var got []string
		if private {
			got = c.private("张三", said)
		} else {
			got = c.say("张三", said)
		}
		has(t, "filed", got, "已登记 #R2（调解事项）：陈二家的鸡又天天跑我家菜地里刨",
			"两家之间还有 #R1（陈二家的牛天天跑我家麦地里吃麦苗 说了好几次也不管）已办结、在等张三确认，这件已和它连在一起",
			"郑十: 【同两家又起纠纷】#R1")
		lacks(t, "not #R1's 未解决", got, "未解决 #R1", "【村民补充】")
		// the cow again is #R1's (reopened, or its two answers shown)
		c.now = c.now.Add(2 * time.Hour)
		again := "陈二家的牛又跑我家麦地里了"
		if private {
			got = c.private("张三", again)
		} else {
			got = c.say("张三", again)
		}
		has(t, "the cow again is #R1's", got, "#R1")
		lacks(t, "the cow again files nothing", got, "已登记 #R3")
	}
}
