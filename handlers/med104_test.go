package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestOtherCreditorJoinsUpReported: 周八's 「他也欠我八百块钱」 right after
// 张三's 「上报 调解 陈二借我三千块…」 is another creditor of the same debtor
// (med101), not a quarrel of its own filed as 「他也欠我八百块钱」 whose 他
// nobody can tell.
func TestOtherCreditorJoinsUpReported(t *testing.T) {
	for _, filed := range []string{"上报 调解 陈二借我三千块 说好年底还 到现在一分不给", "陈二欠我三千块工钱 去年给他家盖房子干了两个月 到现在一分不给", "上报 陈二欠我三千块工钱 到现在一分不给"} {
		for _, said := range []string{"他也欠我八百块钱", "他也欠我八百块钱 赊了半年了", "陈二也欠我八百块 赊了半年了"} {
			t.Run(filed+"/"+said, func(t *testing.T) {
				c := newChat(t, understand.Rules{})
				c.say("张三", filed)
				got := c.say("周八", said)
				lacks(t, "no item of its own", got, "已登记 #R2")
				has(t, "the creditor", got, "周八: 周八，您说陈二也欠您的钱，已记在 #R1")
			})
		}
	}
}
