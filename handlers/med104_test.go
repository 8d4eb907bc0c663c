package handlers_test

import (
	"context"
	"fmt"
	"testing"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
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

// askedCreditor is 张三's wages from 陈二, 周八's 800 settled with them,
// closed by 张三's 满意, and 周八 asked at its 回访 as the scheduler asks
// him (awaited: he is on Report.CreditorsAwaited).
func askedCreditor(t *testing.T, awaited bool) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二欠我三千块工钱 去年给他家盖房子干了两个月 到现在一分不给")
	c.say("周八", "他也欠我八百块钱")
	c.say("李四", "确认 #R1")
	c.say("郑十", "办结 #R1 两家谈妥 陈二还张三3000和周八800")
	c.say("张三", "满意 #R1 钱给了")
	ctx := context.Background()
	rep, err := c.st.Report(ctx, village3, "R1")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status != village.StatusClosed {
		t.Fatalf("#R1 %s, want closed", rep.Status)
	}
	rep.FollowUps, rep.FollowedUpAt = 1, c.now
	if awaited {
		rep.CreditorsAwaited = []string{"周八"}
	}
	if _, err := c.st.Commit(ctx, storage.Change{Scope: village3, MsgID: "followup-test", Report: &rep,
		Audit: storage.Audit{At: c.now, By: village.SystemActor, Action: "followup"}}); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCreditorAnswersPaid: 周八's private 「钱收到了」 after the 回访 asked
// him is kept on #R1 as his answer, and he is thanked; on main it was no
// answer to anything (the 回访 told him not to reply when paid).
func TestCreditorAnswersPaid(t *testing.T) {
	for _, said := range []string{"钱收到了", "陈二把800给我了", "还了 谢谢"} {
		t.Run(said, func(t *testing.T) {
			c := askedCreditor(t, true)
			got := c.private("周八", said)
			has(t, "thanked", got, "周八: 周八，好的，已记在 #R1 上：您那笔钱已经收到")
			lacks(t, "the mediators are not told", got, "郑十: ")
			rep := c.reports()[0]
			if len(rep.CreditorsAwaited) != 0 || rep.History[len(rep.History)-1].By != "周八" {
				t.Errorf("awaited %v, last %+v", rep.CreditorsAwaited, rep.History[len(rep.History)-1])
			}
		})
	}
	for _, said := range []string{"收到了", "只给了500 还差300", "钱给了吗"} {
		t.Run(said, func(t *testing.T) {
			c := askedCreditor(t, true)
			lacks(t, "no answer of his money", c.private("周八", said), "您那笔钱已经收到")
		})
	}
}

// TestCreditorAnswersAfterMediatorsTold: his answer after his mediators
// heard he had not answered is told to them, so they stop asking.
func TestCreditorAnswersAfterMediatorsTold(t *testing.T) {
	c := askedCreditor(t, false)
	got := c.private("周八", "钱收到了")
	has(t, "thanked", got, "周八: 周八，好的，已记在 #R1 上")
	has(t, "the mediators", got, "郑十: 【调解回访】#R1（", "周八私信回复了回访：「钱收到了」。周八那笔钱已经收到")
	lacks(t, "said once", c.private("周八", "钱收到了"), "已记在 #R1 上")
}

// TestOldClosedQuarrelAskedByNumber (med103's leftover 2): 张三's quarrel
// #R1, closed, then 205 other items filed in the village: 「#R1 怎么样了」
// and 「查 #R1」 still find it.
func TestOldClosedQuarrelAskedByNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二欠我三千块工钱 去年给他家盖房子干了两个月 到现在一分不给")
	c.say("李四", "确认 #R1")
	c.say("郑十", "办结 #R1 两家谈妥 陈二还张三3000")
	c.say("张三", "满意 #R1 钱给了")
	for i := range 205 {
		rep := village.Report{Type: village.General, Category: "其他", Text: fmt.Sprintf("村口第%d盏路灯不亮了", i), Reporter: "王奶奶",
			Village: "青山村", Grid: "三组", Chat: grid3, Status: village.StatusClosed, CreatedAt: c.now, Source: fmt.Sprint("old-", i)}
		rep.History = []village.Entry{{At: c.now, By: "王奶奶", Action: village.ActCreate, To: village.StatusNew}}
		if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: rep.Source, Create: true, Report: &rep}); err != nil {
			t.Fatal(err)
		}
	}
	for _, ask := range []string{"#R1 怎么样了", "查 #R1"} {
		got := c.private("张三", ask)
		has(t, ask, got, "张三: #R1", "已完结")
		has(t, ask+" in the group", c.say("张三", ask), "张三: #R1")
	}
}
