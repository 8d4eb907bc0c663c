package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderTakesOnByBareNumber: a grid leader who writes a report's
// number without its letter before what he will do ("6号我去看", "5 我去",
// "#4 我来") takes it on, as "#R6 我去看" does, when the number is an
// open report of his grid waiting to be taken on. A villager's "2号我去看",
// a building ("2号楼"), a date ("12月2号我去看", "2号去赶集"), an errand
// of his own ("2号我去县里开会"), a number no report has or another grid's
// report take nothing on.
func TestLeaderTakesOnByBareNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i, text := range []string{"上报 村口路灯不亮了", "上报 我家门口水沟堵了", "上报 后山的路冲垮了一块",
		"上报 隔壁的狗天天追人", "上报 垃圾站好几天没人清", "上报 小桥的栏杆断了"} {
		from := []string{"张三", "陈二"}[i%2]
		if got := c.say(from, text); len(got) == 0 {
			t.Fatalf("%s: no reply", text)
		}
	}
	if got := c.send(bot.Message{Chat: "青山村一组网格群", From: "陈桂兰", Text: "上报 一组水塔漏水了"}); len(got) == 0 {
		t.Fatal("R7 of 一组: no reply")
	}
	for _, text := range []string{"2号楼我去看", "2号我去县里开会", "12月2号我去看", "2号去赶集", "9号我去看", "7号我去看"} {
		c.say("李四", text)
	}
	c.say("陈二", "2号我去看")
	c.wantStatuses(nil, village.StatusNew)

	expect(t, "6号我去看", c.say("李四", "6号我去看"), "按李四的回复，#R6 已受理，由李四负责")
	expect(t, "5 我去", c.say("李四", "5 我去"), "按李四的回复，#R5 已受理")
	expect(t, "#4 我来", c.say("李四", "#4 我来"), "按李四的回复，#R4 已受理")
	expect(t, "3号 马上去看下", c.say("李四", "3号 马上去看下"), "按李四的回复，#R3 已受理")
	expect(t, "taken on already: nothing to say", c.say("李四", "6号我来"))
	c.wantStatuses(map[string]village.Status{"R3": village.StatusAccepted, "R4": village.StatusAccepted,
		"R5": village.StatusAccepted, "R6": village.StatusAccepted}, village.StatusNew)
	if r6 := c.reports()[5]; r6.History[len(r6.History)-1].Note != "我去看" {
		t.Errorf("R6's note %q, want 我去看", r6.History[len(r6.History)-1].Note)
	}
}

// TestHandlerResolvesByNumber: the one who handles a report and writes
// after its number, quoting nothing, that it is done ("R1 搞定了") has it
// resolved, as 办结 would, and is told how to take that back: his 进展,
// which puts it back in hand. One he does not handle (not taken on yet)
// still only gets the commands to choose from; a worker's not assigned to
// him @-names its handlers with the 办结 (prog62).
func TestHandlerResolvesByNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "report 2", c.say("陈二", "上报 水渠堵了"), "已登记 #R2")
	has(t, "not taken on: the hint", c.say("李四", "R1 搞定了"), "请发「办结 #R1 搞定了」")
	expect(t, "taken on", c.say("李四", "确认 #R1"), grid3+": #R1 已受理")
	has(t, "a worker not on it: the leader is asked", c.say("王五", "R1 修好了"), "@李四\u2005王五说#R1「修好了」。确实办好了的话，请回复「办结 #R1 修好了」")
	c.firstStatus(village.StatusAccepted)

	expectLike(t, "his own, done", c.say("李四", "R1 搞定了"),
		like{start: grid3 + ": 按李四的话，#R1 已办结：搞定了。", has: "请确认", end: "李四，还没办完的话，请回复「进展 #R1 情况」，办结就撤回了。"})
	c.firstStatus(village.StatusResolved)
	if r := c.reports()[0]; !r.History[len(r.History)-1].Implied {
		t.Errorf("R1's 办结 %+v, want implied", r.History[len(r.History)-1])
	}
	has(t, "taken back", c.say("李四", "进展 #R1 还差一个灯泡"), "#R1 已撤回办结")
	c.firstStatus(village.StatusInProgress)
}

// TestLeaderNumbersGluedToVerb: a leader types the numbers right after
// 确认 or 办结 without a space (「确认12、13」, 「办结3 修好了」): the items
// are meant, as with the space; a time glued to it ("确认12点开会") is
// none.
func TestLeaderNumbersGluedToVerb(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, text := range []string{"上报 村口路灯不亮了", "上报 我家门口水沟堵了", "上报 垃圾站好几天没人清"} {
		if got := c.say("张三", text); len(got) == 0 {
			t.Fatalf("%s: no reply", text)
		}
	}
	c.say("李四", "确认12点开会")
	c.wantStatuses(nil, village.StatusNew)
	has(t, "确认1、2", c.say("李四", "确认1、2"), "已受理 2 件", "#R1 ", "#R2 ")
	has(t, "办结1 修好了", c.say("李四", "办结1 修好了"), "#R1 已办结：修好了")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved, "R2": village.StatusAccepted}, village.StatusNew)
}

// TestHandlerResolvesSeveralByNumbers: "R1 R2 都弄好了" from the one who
// handles both and took both on resolves both, as 「办结 #R1 #R2 都弄好了」 (each noted 「弄好了」, town91)
// would: one commit, one reply that asks each reporter and says once how
// to take one back. One of them not his, or not taken on, keeps the hint
// for all: nothing is resolved on a guess.
func TestHandlerResolvesSeveralByNumbers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i, text := range []string{"上报 村口路灯不亮了", "上报 水渠堵了", "上报 垃圾站好几天没人清"} {
		if got := c.say([]string{"张三", "陈二"}[i%2], text); len(got) == 0 {
			t.Fatalf("%s: no reply", text)
		}
	}
	expect(t, "taken on", c.say("李四", "确认 1 2"), grid3+": 已受理 2 件，由李四负责，预计3月5日前办结：\n"+
		"#R1 村口路灯不亮了（张三）\n#R2 水渠堵了（陈二）\n办好后会告诉各位。")
	has(t, "one not taken on: the hint", c.say("李四", "R1 R3 都弄好了"), "请发「办结 #R1 #R3 弄好了」")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted}, village.StatusNew)

	got := c.costs(t, 1, "R1 R2 都弄好了 (the commit)", bot.Message{Chat: grid3, From: "李四", Text: "R1 R2 都弄好了"})
	expect(t, "both his, done", got, grid3+": 按李四的话，#R1、#R2 已办结：弄好了。\n"+
		"@张三\u2005请确认：解决了回复「满意 #R1」，没解决回复「未解决 #R1 原因」。\n"+
		"@陈二\u2005请确认：解决了回复「满意 #R2」，没解决回复「未解决 #R2 原因」。\n"+
		"李四，哪件还没办完，请回复「进展 编号 情况」（例如「进展 #R1 情况」），那件的办结就撤回了。")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved, "R2": village.StatusResolved}, village.StatusNew)
	for _, r := range c.reports()[:2] {
		if h := r.History[len(r.History)-1]; h.Action != village.ActResolve || !h.Implied || h.Note != "弄好了" {
			t.Errorf("%s's last step %+v, want an implied 办结 with his words", r.ID, h)
		}
	}
	has(t, "one taken back", c.say("李四", "进展 #R2 还差一点"), "#R2 已撤回办结")
}

// TestLeaderTakesOnSeveralByBareNumbers: "5号6号 我下午去看" takes both
// on, as "6号我去看" takes one: one commit, one reply. One of them taken
// on by him already is passed over; one of another grid, or no report,
// takes nothing on. A grid worker naming reports nobody gave him hears
// whom to ask, rather than nothing.
func TestLeaderTakesOnSeveralByBareNumbers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i, text := range []string{"上报 村口路灯不亮了", "上报 我家门口水沟堵了", "上报 后山的路冲垮了一块", "上报 垃圾站好几天没人清"} {
		if got := c.say([]string{"张三", "陈二"}[i%2], text); len(got) == 0 {
			t.Fatalf("%s: no reply", text)
		}
	}
	for _, text := range []string{"1号9号 我去看", "1 2号楼我去看", "1 2我去看"} {
		c.say("李四", text)
	}
	c.wantStatuses(nil, village.StatusNew)
	expect(t, "worker", c.say("王五", "1号2号 我下午去看"), grid3+": 王五，#R1（村口路灯不亮了）、#R2（我家门口水沟堵了）还没指派给您，"+
		"现在由网格长受理。要由您来办，请李四回复「指派 #R1 #R2 王五」；您先去看看也行，情况在群里说一声。")
	c.wantStatuses(nil, village.StatusNew)

	got := c.costs(t, 1, "1号2号 我下午去看 (the commit)", bot.Message{Chat: grid3, From: "李四", Text: "1号2号 我下午去看"})
	expect(t, "1号2号", got, grid3+": 按李四的回复，已受理 2 件，由李四负责，预计3月5日前办结：\n"+
		"#R1 村口路灯不亮了（张三）\n#R2 我家门口水沟堵了（陈二）\n办好后会告诉各位。")
	has(t, "2、3号: R2 his already", c.say("李四", "2、3号 马上去"), "按李四的回复，#R3 已受理")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted, "R3": village.StatusAccepted}, village.StatusNew)
	if r1 := c.reports()[0]; r1.History[len(r1.History)-1].Note != "我下午去看" || !r1.History[len(r1.History)-1].Implied {
		t.Errorf("R1's 确认 %+v, want an implied one with his words", r1.History[len(r1.History)-1])
	}
}

// TestLeaderNotesOnNumbersHeDidNotMean: a leader's plain words after a
// number: "1号 上午我去看看" (the time before 我) takes it on as "1号我去
// 看" does; "R9 弄好了" with no R9 is told there is none, not shown a
// 办结 that would fail; "R1 也好了" on R1 resolved already is no 进展,
// which would take its 办结 back.
func TestLeaderNotesOnNumbersHeDidNotMean(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), grid3+": 已登记 #R1（一般事项·道路交通）：村口路灯不亮了\n@李四\u2005请网格长受理：回复「确认 #R1」。\n张三，可随时发「查 #R1」看进度。")
	has(t, "time before 我", c.say("李四", "1号 上午我去看看"), "按李四的回复，#R1 已受理")
	expect(t, "no such number", c.say("李四", "R9 弄好了"), grid3+": 没有找到 #R9，请核对编号；发「查」可看您反映的事项，网格长、网格员发「待办」可看本网格的全部事项。")
	has(t, "done", c.say("李四", "R1 修好了"), "#R1 已办结")
	lacks(t, "also done", c.say("李四", "R1 也好了"), "撤回")
	c.firstStatus(village.StatusResolved)
}
