package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// sewerGivenToWangWu is a chat where 张三's 「村东头下水道堵了」 (#R1) was
// taken on by 李四 and given to 王五.
func sewerGivenToWangWu(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村东头下水道堵了 水漫出来了")
	has(t, "assign", c.say("李四", "指派 #R1 王五"), "#R1 已指派给王五")
	return c
}

// TestWorkerPlainPlanNamesHisItem: the worker's 「下水道我下午去看」 on the
// item given him is its 进展 (it was silent: words of going that say
// more than the going were read as of quarrels only), in one round trip,
// and the reply says what comes next.
func TestWorkerPlainPlanNamesHisItem(t *testing.T) {
	c := sewerGivenToWangWu(t)
	for i, text := range []string{"下水道我下午去看", "我安排人明天去修"} {
		got := c.costs(t, 1, text, bot.Message{Chat: grid3, From: "王五", Text: text})
		has(t, text, got, grid3+": 按王五的话，#R1 进展已记录："+text, "王五，办好后请回复「办结 #R1 处理情况」，我会请报告人确认。")
		r := c.reports()[0]
		if n := len(r.History); r.Status != village.StatusInProgress || r.History[n-1].Action != village.ActProgress || r.History[n-1].Note != text {
			t.Errorf("%d %s: %s %+v, want its 进展", i, text, r.Status, r.History[n-1])
		}
	}
}

// TestWorkerPlainPlanAmongTwo: with two items of his, words naming one
// are its 进展 only; words naming neither are asked about, nothing
// recorded; words naming another thing record nothing.
func TestWorkerPlainPlanAmongTwo(t *testing.T) {
	c := sewerGivenToWangWu(t)
	expect(t, "report 2", c.say("陈二", "上报 村口路灯不亮了"), "已登记 #R2")
	has(t, "accept 2", c.say("李四", "确认 #R2"), "#R2 已受理")
	has(t, "assign 2", c.say("李四", "指派 #R2 王五"), "#R2 已指派给王五")
	got := c.say("王五", "路灯我明天上午去看")
	has(t, "names the lamp", got, "#R2 进展已记录：路灯我明天上午去看")
	lacks(t, "names the lamp", got, "#R1")
	for _, text := range []string{"我明天上午过去一趟", "我下午去镇上开会"} {
		before := c.reports()
		got := c.say("王五", text)
		lacks(t, text, got, "进展已记录")
		for i, r := range c.reports() {
			if len(r.History) != len(before[i].History) {
				t.Errorf("%s: %s got %+v", text, r.ID, r.History[len(r.History)-1])
			}
		}
	}
}

// TestWorkerPlainWordsOfElsewhere: going somewhere else 「我下午去镇上开会」
// is no 进展 of his one item.
func TestWorkerPlainWordsOfElsewhere(t *testing.T) {
	c := sewerGivenToWangWu(t)
	lacks(t, "elsewhere", c.say("王五", "我下午去镇上开会"), "#R1")
	has(t, "his only one", c.say("王五", "我明天上午过去一趟"), "#R1 进展已记录：我明天上午过去一趟")
}

// TestWorkerSaysItIsForTheTownship: the worker's 「这事我管不了 得找镇里」
// on his one item is its 进展, its 上报镇 offered to the leader, whose
// it is (he was shown a 上报镇 that refuses him); the leader's own words
// offer him the 上报镇 for a 「1」 (rep98; he was shown it to retype).
func TestWorkerSaysItIsForTheTownship(t *testing.T) {
	c := sewerGivenToWangWu(t)
	text := "这事我管不了 得找镇里"
	got := c.costs(t, 1, text, bot.Message{Chat: grid3, From: "王五", Text: text})
	has(t, text, got, "#R1 进展已记录："+text, "@李四\u2005王五说要请镇里协调，需要的话请网格长回复「上报镇 #R1 "+text+"」")
	lacks(t, text, got, "王五，办好后")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, "")
	got = c.say("李四", "村里解决不了 得找镇里")
	has(t, "the leader", got, "李四，#R1 要上报镇吗？回复「1」就上报") // rep98: offered for a 「1」
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, "")
}

// TestNumberedNoteNotHisToSend: a worker's 「#R1 已经疏通了」 of an item
// he does not handle, and his 「#R1 得找镇里」 of one he does, @-name
// who may send the 办结 or 上报镇 instead of showing him a command that
// refuses him.
func TestNumberedNoteNotHisToSend(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村东头下水道堵了 水漫出来了")
	got := c.say("王五", "#R1 已经疏通了")
	has(t, "done", got, grid3+": @李四\u2005王五说#R1「已经疏通了」。确实办好了的话，请回复「办结 #R1 已经疏通了」")
	lacks(t, "done", got, "王五，已经办好了，请发")
	has(t, "assign", c.say("李四", "指派 #R1 王五"), "#R1 已指派给王五")
	got = c.say("王五", "#R1 村里管不了 得找镇里")
	has(t, "up", got, "@李四\u2005王五说#R1「村里管不了 得找镇里」。要请镇里协调的话，请网格长回复「上报镇 #R1",
		"王五，只是记一下进展，请发「进展 #R1 村里管不了 得找镇里」")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, "")
	// his own 办结 to send: as before
	has(t, "his own", c.say("王五", "#R1 已经疏通了"), "按王五的话，#R1 已办结")
}

// TestPraiseIsNoNotFixed: the reporter's 「师傅来过了 又不漏了」 after the
// 办结 praises it: no 未解决 (又不 read it as one), his 满意 (done70).
func TestPraiseIsNoNotFixed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 我家门口水管漏水")
	has(t, "resolve", c.say("李四", "办结 #R1 换了接头"), "#R1 已办结")
	got := c.say("张三", "师傅来过了 又不漏了")
	if s := c.reports()[0].Status; s == village.StatusReopened {
		t.Errorf("praise reopened it: %v", got)
	}
	// done70: 又不漏了 says it is fixed: his 满意, closed; 「又漏了」
	// then offers the reopen, his 「是」 makes it
	has(t, "praise is his 满意", got, "已按您的回复记为满意，#R1 已完结")
	has(t, "again", c.say("张三", "水管又漏了"), "回复「是」重新打开")
	c.say("张三", "是")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusReopened}, "")
}

// TestSeveralPlannedShowNoOneDone: 「R1 R2 下午一起去看」 records both and
// shows no 办结 line naming one of them.
func TestSeveralPlannedShowNoOneDone(t *testing.T) {
	c := sewerGivenToWangWu(t)
	expect(t, "report 2", c.say("陈二", "上报 村口路灯不亮了"), "已登记 #R2")
	has(t, "accept 2", c.say("李四", "确认 #R2"), "#R2 已受理")
	got := c.say("李四", "R1 R2 下午一起去看")
	has(t, "both", got, "#R1 #R2 进展已记录：下午一起去看")
	lacks(t, "both", got, "办好后请回复")
}
