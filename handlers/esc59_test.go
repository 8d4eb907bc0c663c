package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestOfficeHearsRealProgressOnly: on an item that went up, the leader's
// plain acknowledgements and handling words (「好的 我盯着」「正在联系」
// 「知道了 我问问」) are recorded on it but not posted to the township
// office; a plan with a time goes once (a second plan soon after does
// not), work done or learnt always, and a typed 进展 as ever. Each of the
// silent ones was posted before.
func TestOfficeHearsRealProgressOnly(t *testing.T) {
	c := lampWithTownship(t)
	c.flush()
	steps := []struct {
		text, note string
		office     bool
	}{
		{"好的 我盯着", "盯着", false},
		{"好的 今天上午去看", "今天上午去看", true},
		{"知道了 我问问", "问问", false},
		{"正在联系", "正在联系", false},
		{"好的 下午再去看看", "下午再去看看", false}, // a plan again within planGap
		{"已经联系电工了 说是明天来修", "已经联系电工了 说是明天来修", true},
	}
	for _, s := range steps {
		n := len(c.reports()[0].History)
		got := c.say("李四", s.text)
		has(t, s.text, got, grid3+": 按李四的话，#R1 进展已记录："+s.note)
		if s.office {
			has(t, s.text+" to the office", got, officeChat+": 【青山村三组】#R1（一般事项）李四 进展："+s.note)
		} else {
			lacks(t, s.text+" to the office", got, officeChat+": ")
		}
		r := c.reports()[0]
		if len(r.History) != n+1 || r.History[n].Action != village.ActProgress || r.History[n].Note != s.note {
			t.Errorf("%s: history %+v, want its 进展 recorded", s.text, r.History[n:])
		}
	}
	// a plan after planGap goes again; a typed 进展, however bare, as ever
	c.now = c.now.Add(5 * 60 * 60 * 1e9)
	has(t, "a plan later", c.say("李四", "好的 明天上午再去看"), officeChat+": 【青山村三组】#R1（一般事项）李四 进展：明天上午再去看")
	has(t, "typed", c.say("李四", "进展 #R1 盯着"), officeChat+": 【青山村三组】#R1（一般事项）李四 进展：盯着")
}

// TestOfficeHearsAnswerInAcknowledgement: plain words that answer the
// township's question go to it however bare they are.
func TestOfficeHearsAnswerInAcknowledgement(t *testing.T) {
	c := lampAskedOfLeader(t)
	c.flush()
	has(t, "answer", c.private("李四", "正在联系"), officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：正在联系")
}

// TestUnderWayNotOfResolved: 「正在联系」 from the leader with one item in
// hand and another whose 办结 waits on its reporter is the first's 进展,
// not asked which (it asked 哪一件 before).
func TestUnderWayNotOfResolved(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口路灯坏了好几天了")
	expect(t, "report 2", c.say("陈二", "上报 我家后面水沟堵了"), "已登记 #R2")
	has(t, "accept 2", c.say("李四", "确认 #R2"), "#R2 已受理")
	has(t, "resolve 2", c.say("李四", "办结 #R2 沟挖通了"), "#R2 已办结")
	for _, text := range []string{"正在联系", "在协调了"} {
		got := c.say("李四", text)
		lacks(t, text, got, "哪一件", "#R2")
		has(t, text, got, grid3+": 按李四的话，#R1 进展已记录："+text)
	}
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress, "R2": village.StatusResolved}, village.StatusNew)
}

// TestDoneAnswerOffersResolve: the leader's plain private 「修好了」 taken
// as his answer to the township's question says the item is done: he is
// shown the 办结 to send, not 「不是答复」 (which would file 「修好了」 as
// a matter of his own); words of a step on the way keep the take-back
// hint.
func TestDoneAnswerOffersResolve(t *testing.T) {
	for _, asked := range []string{"#R1 电工联系上了吗？", "问网格 #R1 电工联系上了吗？"} {
		c := lampWithTownship(t)
		c.in(officeChat, "孙七", asked)
		c.flush()
		got := c.private("李四", "电工来过了 灯修好了")
		has(t, asked, got, "李四: 按您说的，#R1 进展已记录：电工来过了 灯修好了", "已转给镇里（答复孙七的提问）。已经办好的话，请再发「办结 #R1 电工来过了 灯修好了」",
			officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：电工来过了 灯修好了")
		lacks(t, asked, got, "不是答复")
		has(t, "the 办结 offered", c.private("李四", "办结 #R1 电工来过了 灯修好了"), "#R1 已办结")
	}
	c := lampAskedOfLeader(t)
	has(t, "a step on the way", c.private("李四", "电工明天来修"), "不是答复的话，回复「不是答复」撤回。")
}
