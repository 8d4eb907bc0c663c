package handlers_test

import (
	"strings"
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

// TestDebtFiledAsMediation: a creditor's plain 「陈二欠我八百块」 and his
// 「上报 陈二欠我钱 八百块 赊了半年」 are a debt to mediate; on main the
// first was noise and the second 一般事项·其他.
func TestDebtFiledAsMediation(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("张三", "陈二欠我八百块"), "调解事项·矛盾纠纷——陈二欠我八百块。回复「1」登记")
	c = newChat(t, understand.Rules{})
	got := c.say("张三", "上报 陈二欠我钱 八百块 赊了半年")
	has(t, "filed", got, "已登记 #R1（调解事项）：陈二欠我钱 八百块 赊了半年", "郑十")
	lacks(t, "no wages", got, "12333")
}

// TestHeadedRetortNoWageHint: 陈二's retort 「又不是不还 今年工钱还没结」 to
// 周八's offered account of his shop credit heads the filing with the
// account; on main the 欠薪/12333 line was decided on the retort's 工钱
// and told a shopkeeper to call the labour hotline.
func TestHeadedRetortNoWageHint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("周八", "陈二还欠我店里六百多 赊了半年了"), "回复「1」登记")
	got := c.say("陈二", "又不是不还 今年工钱还没结 等我拿到钱就还")
	has(t, "headed", got, "已登记 #R1（调解事项）：陈二还欠我店里六百多 赊了半年了", "这件事是周八先说的")
	lacks(t, "no wage hint", got, "欠薪", "12333")
}

// TestCreditorToldHisDay: the 办结 settles another creditor's sum with a
// day of its own; his copy says his day and that he will be asked after
// it (on main it was the bare step, the 回访's question unannounced).
func TestCreditorToldHisDay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("周八", "上报 陈二欠我店里六百多 赊了半年了")
	c.say("张三", "陈二也欠我五千块 去年借的")
	c.say("郑十", "确认 #R1")
	got := c.say("郑十", "办结 #R1 两家谈妥 陈二腊月二十前还周八600 正月十五前还张三5000")
	has(t, "the creditor's copy", got, "张三: 【调解事项】#R1", "您说过对方也欠您的钱：说好", "（正月十五）前给您的，过了那天我会私信问您钱给了没有")
	for _, o := range got {
		if strings.HasPrefix(o, "陈二: ") && strings.Contains(o, "您说过对方也欠您的钱") {
			t.Errorf("the debtor is told as a creditor:\n%s", o)
		}
	}
}
