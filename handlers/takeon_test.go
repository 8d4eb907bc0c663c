package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestCadreTakesOnInPlainWords: a grid leader who answers a fresh report
// in the group with "收到 马上去看" without quoting it accepts it, his
// words kept as the note; with two fresh reports he is asked which, and
// nothing is accepted on a guess; a villager's 收到 accepts nothing.
func TestCadreTakesOnInPlainWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村口那个路灯坏了三天了"), "已登记 #R1")
	expect(t, "a villager's 收到 is no acceptance", c.say("陈二", "收到 马上去看"))
	expect(t, "the leader takes it on", c.say("李四", "收到 马上去看"), "按李四的回复，#R1 已受理，由李四负责")
	r1 := c.reports()[0]
	if last := r1.History[len(r1.History)-1]; r1.Status != village.StatusAccepted || last.Note != "马上去看" || !last.Implied {
		t.Errorf("R1 %s, last entry %+v", r1.Status, last)
	}

	expect(t, "report 2", c.say("陈二", "上报 我家门口水管漏水"), "已登记 #R2")
	expect(t, "report 3", c.say("张三", "上报 后山垃圾没人清"), "已登记 #R3")
	expect(t, "two fresh reports: which", c.say("李四", "好的 我下午过去"),
		"李四，最近有2件新事项还没受理：\n#R3 后山垃圾没人清\n#R2 我家门口水管漏水\n您接手的是哪件？请回复「确认 #编号」")
	expect(t, "he names one", c.say("李四", "确认 #R3"), "#R3 已受理")
	expect(t, "the one left, his bare 知道了 with no notice", c.say("李四", "知道了 明天去修"), "按李四的回复，#R2 已受理")
	for _, r := range c.reports() {
		if r.Status != village.StatusAccepted {
			t.Errorf("%s is %s", r.ID, r.Status)
		}
	}
}

// TestCadreAckAnswersTheLatest: a leader's bare 收到 answers what was
// posted last in the group: a notice posted after a fresh report is
// acknowledged silently, the report left waiting; a report filed after
// the notice is taken on. A cadre who says no more than 收到 to an older
// report with a notice since must 确认 it; several fresh ones, he is
// asked which.
func TestCadreAckAnswersTheLatest(t *testing.T) {
	c := newChat(t, understand.Rules{})
	office := func(text string) []string {
		return c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: text})
	}
	expect(t, "report 1", c.say("张三", "上报 村口那个路灯坏了三天了"), "已登记 #R1")
	office("通知 青山村 明天下午停水，请提前储水")
	expect(t, "收到 answers the later notice", c.say("李四", "收到"))
	if r := c.reports()[0]; r.Status != village.StatusNew {
		t.Errorf("R1 is %s, want new", r.Status)
	}
	expect(t, "report 2", c.say("陈二", "上报 我家门口水管漏水"), "已登记 #R2")
	expect(t, "收到 after the later report: two fresh ones, which", c.say("李四", "收到"), "李四，最近有2件新事项还没受理")
	expect(t, "he names one", c.say("李四", "确认 #R1"), "#R1 已受理")
	expect(t, "收到 again takes the one left", c.say("李四", "收到"), "按李四的回复，#R2 已受理")
}

// TestCadreTakesOnBesideAnEmergency: while an emergency waits for 确认,
// a leader's "收到 马上去" is his answer to the alarm: he is shown 确认,
// and the general report filed before it is not taken on.
func TestCadreTakesOnBesideAnEmergency(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口那个路灯坏了三天了"), "已登记 #R1")
	if got := c.say("陈二", "着火了 后山烧起来了"); len(got) == 0 {
		t.Fatal("no alarm")
	}
	expect(t, "the leader's 收到 马上去", c.say("李四", "收到 马上去看"), "突发事件 #R2 还没人确认")
	for _, r := range c.reports() {
		if r.Status != village.StatusNew {
			t.Errorf("%s is %s, want new", r.ID, r.Status)
		}
	}
}

// TestWorkerTakesOnNotHis: a grid worker's "收到 马上去看" on a fresh
// report the leader has not assigned to him accepts nothing and tells him
// who may give it to him; once assigned, his words take it on.
func TestWorkerTakesOnNotHis(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口那个路灯坏了三天了"), "已登记 #R1")
	expect(t, "not his yet", c.say("王五", "收到 马上去看"),
		"王五，#R1（村口那个路灯坏了三天了）还没指派给您，现在由网格长受理。要由您来办，请李四回复「指派 #R1 王五」")
	if r := c.reports()[0]; r.Status != village.StatusNew {
		t.Errorf("R1 is %s after the worker's words, want new", r.Status)
	}
}

// TestWorkerAckToHisAssignment: a grid worker's "收到 我中午过去看看"
// right after the leader assigned him an item answers that assignment:
// it is not read as words on a fresher procedure question the bot
// answered (nobody 确认s those) or another fresh report; the bot says
// nothing. 待办 then names all of the item's handlers.
func TestWorkerAckToHisAssignment(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a procedure question", c.say("张三", "医保卡丢了怎么补办"), "已登记 #R1（办事咨询）")
	expect(t, "the worker's words with only the procedure question fresh", c.say("王五", "收到 马上去看"))
	expect(t, "report", c.say("张三", "上报 村口桥边的栏杆断了两根"), "已登记 #R2")
	expect(t, "the leader takes R2 on", c.say("李四", "确认 #R2"), "#R2 已受理")
	expect(t, "and assigns it", c.say("李四", "指派 #R2 王五"), "#R2 已指派给王五")
	expect(t, "a procedure question after R2", c.say("陈二", "低保怎么申请"), "已登记 #R3（办事咨询）")
	expect(t, "the worker's 收到 answers the assignment", c.say("王五", "收到 我中午过去看看"))
	expect(t, "report 4", c.say("陈二", "上报 我家门口水管漏水"), "已登记 #R4")
	expect(t, "a fresh report after the assignment: not his yet", c.say("王五", "好的 我下午过去"), "#R4（我家门口水管漏水）还没指派给您")
	// 待办 names all of R2's handlers, not only the leader, and the
	// answered procedure questions are 已告知流程, not 待受理: nobody
	// is to 确认 them
	expect(t, "待办", c.say("李四", "待办"), grid3+": 三组待办 4 件：\n#R1 已告知流程 医保卡丢了怎么补办（李四）\n"+
		"#R2 已受理 村口桥边的栏杆断了两根（李四、王五）\n#R3 已告知流程 低保怎么申请（李四）\n#R4 待受理 我家门口水管漏水（李四")
	for _, r := range c.reports() {
		if (r.ID == "R1" || r.ID == "R3") && r.Status != village.StatusNew {
			t.Errorf("%s is %s, want new", r.ID, r.Status)
		}
	}
}
