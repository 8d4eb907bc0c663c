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
// which puts it back in hand. One he does not handle (not taken on yet, a
// worker's not assigned to him) still only gets the commands to choose
// from.
func TestHandlerResolvesByNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "report 2", c.say("陈二", "上报 水渠堵了"), "已登记 #R2")
	has(t, "not taken on: the hint", c.say("李四", "R1 搞定了"), "请发「办结 #R1 搞定了」")
	expect(t, "taken on", c.say("李四", "确认 #R1"), grid3+": #R1 已受理")
	has(t, "a worker not on it: the hint", c.say("王五", "R1 修好了"), "请发「办结 #R1 修好了」")
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
