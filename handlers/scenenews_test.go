package handlers_test

import (
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestCadreSceneNews: a grid cadre's plain words about the grid's one
// open emergency are its news: "救护车把人接走了" from the worker takes the
// alarm nobody took on yet on and records a 进展, "火灭了 没人受伤" from the
// leader its 办结, the reporter asked to confirm; the duty chat hears
// each. The reporter's same words end nothing; a bare "灭了" says not what.
func TestCadreSceneNews(t *testing.T) {
	c := fireAlarm(t)
	has(t, "the reporter's words", c.say("张三", "火灭了 没人受伤"), "请网格长核实后回复「办结 #R1 情况」")
	c.firstStatus(village.StatusNew)
	expect(t, "the worker's news", c.say("王五", "救护车把人接走了 没大事"),
		grid3+": 按王五的话，#R1 已受理，由李四、王五负责，进展已记录：救护车把人接走了 没大事",
		dutyChat+": 【青山村三组】#R1（突发事件）王五 进展：救护车把人接走了 没大事，现在「处理中」。")
	r1 := c.reports()[0]
	var acts []village.Action
	for _, e := range r1.History {
		acts = append(acts, e.Action)
	}
	if want := []village.Action{village.ActCreate, village.ActAccept, village.ActProgress}; !slices.Equal(acts, want) ||
		!r1.History[1].Implied || !slices.Contains(r1.Handlers, "王五") {
		t.Errorf("R1 history %v (want %v, the 确认 implied), handlers %q", acts, want, r1.Handlers)
	}
	expect(t, "bare 灭了", c.say("李四", "灭了"))
	has(t, "a new alarm with its rescue under way is no news of R1", c.say("王五", "又有人落水了 正在抢救"), "紧急情况 #R2 已登记")
	if r1 := c.reports()[0]; r1.Status != village.StatusInProgress || len(r1.History) != 3 {
		t.Errorf("R1 %s with %d entries, want the 进展 alone", r1.Status, len(r1.History))
	}
	c.say("李四", "办结 #R2 人救上来了")
	expect(t, "the leader's end", c.say("李四", "火灭了 没人受伤"),
		grid3+": 按李四的话，#R1 已办结：火灭了 没人受伤。\n@张三\u2005请确认",
		dutyChat+": 【青山村三组】#R1（突发事件）李四 办结：火灭了 没人受伤，现在「已办结待确认」。")
	c.firstStatus(village.StatusResolved)
	expect(t, "said again once resolved: nothing open", c.say("李四", "火灭了"))
}

// TestCadreSceneNewsWhich: with several emergencies of the grid open, a
// cadre's plain news goes to the one it can only be of: "人找到了" to the
// search, not the fire; of two fires, "火灭了" to the one he took on. When
// his words fit several alike, neither changes: he is shown the 办结 to
// send with their numbers.
func TestCadreSceneNewsWhich(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺家孙子不见了 一下午没回来 快帮忙找找")
	c.say("张三", "后山着火了 烟很大")
	// nobody confirmed the search: his words confirm it and are its 进展 (emg46)
	has(t, "found: the search", c.say("李四", "人找到了 在他姑家"), "按李四的话，#R1 已受理，由李四负责，进展已记录：人找到了 在他姑家")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusNew)
	c.say("周八", "村东头老李家着火了 快来人")
	expect(t, "which fire", c.say("李四", "火灭了"),
		grid3+": 李四，本组有2件突发事件没办结：\n#R3 村东头老李家着火了 快来人\n#R2 后山着火了 烟很大\n您说的是哪件？请回复「办结 #编号 火灭了」")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusNew)
	has(t, "the worker takes one on", c.say("王五", "确认 #R3"), "#R3")
	has(t, "his fire is out", c.say("王五", "火灭了 没人受伤"), "按王五的话，#R3 已办结：火灭了 没人受伤")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress, "R3": village.StatusResolved}, village.StatusNew)
}

// TestCadreSceneNewsInPartNamesItsHazard: news of an end only in part
// ("火灭了 消防在看守余火", "水退了一些") is a 进展, and it names its
// hazard as a whole end does: with a fire, a gas leak and a fallen elder
// open, it goes to the fire, not asked which; of two fires it is asked,
// unless he took on one of them (a new one names the leader its handler
// before anyone took it on).
func TestCadreSceneNewsInPartNamesItsHazard(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("周八", "超市后面好大一股煤气味 好像哪里漏气了")
	c.say("陈二", "王奶奶在院子里摔倒了 叫她不答应 一动不动")
	c.say("张三", "后山竹林着火了 火很大")
	c.wantReports(3, "(three alarms)")
	has(t, "the fire's news", c.say("李四", "火灭了 消防在看守余火"), "#R3 已受理", "进展已记录：火灭了 消防在看守余火")
	c.wantStatuses(map[string]village.Status{"R3": village.StatusInProgress}, village.StatusNew)
	c.say("赵六", "村口仓库着火了 快来人")
	has(t, "of two fires: the worker, who took on neither, asked", c.say("王五", "火基本灭了"), "本组有2件突发事件没办结", "#R4", "#R3")
	has(t, "of two fires: the leader's is the one he took on", c.say("李四", "火基本灭了"), "按李四的话，#R3 进展已记录：火基本灭了")
}

// TestCadreFoundWhileAFireBurns: a worker's "钥匙找到了" while the grid's
// one open emergency is a fire says nothing of the fire: it stays as it
// was, and the duty chat hears nothing.
func TestCadreFoundWhileAFireBurns(t *testing.T) {
	c := fireAlarm(t)
	lacks(t, "found words during a fire", c.say("王五", "钥匙找到了"), "#R1")
	c.firstStatus(village.StatusNew)
}

// fireAlarm is a chat where 张三 has just raised a fire alarm, #R1.
func fireAlarm(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	if got := c.say("张三", "快来人 老王家着火了"); len(got) == 0 {
		t.Fatal("no alarm")
	}
	return c
}

// TestSceneNewsOneRoundTrip: with the report cache on, a cadre's news of
// the grid's one open emergency ("火灭了 没人受伤") and a handler's
// progress in plain words cost their commit alone: the grid's open
// reports this process follows are read from memory.
func TestSceneNewsOneRoundTrip(t *testing.T) {
	c := fireAlarm(t)
	got := c.costs(t, 1, "火灭了 (the commit)", bot.Message{Chat: grid3, From: "王五", Text: "火灭了 没人受伤"})
	// a worker's end of an alarm nobody confirmed is its 进展 (emg45)
	has(t, "over", got, "#R1 已受理", "进展已记录：火灭了 没人受伤", "「办结 #R1 火灭了 没人受伤」")
	c.say("张三", "上报 村口路灯不亮了")
	c.say("李四", "确认 #R2")
	got = c.costs(t, 1, "已经联系电工了 (the commit)", bot.Message{Chat: grid3, From: "李四", Text: "已经联系电工了 明天来修"})
	has(t, "progress", got, "#R2 进展已记录：已经联系电工了 明天来修")
}

// TestSceneNewsAcrossProcesses: a second alarm raised through another bot
// process since this one last read the grid is not passed over: "火灭了"
// of two fires ends neither, and the cadre is shown both.
func TestSceneNewsAcrossProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "first alarm", a.say("张三", "快来人 老王家着火了"), "#R1 已登记")
	has(t, "through the other process", b.say("陈二", "上报 紧急 村东头仓库着火了"), "#R2 已登记")
	has(t, "two open", a.say("王五", "火灭了 没人受伤"), "王五，本组有2件突发事件没办结")
	for _, rep := range a.reports() {
		if rep.Status != village.StatusNew {
			t.Errorf("%s is %s, want it untouched", rep.ID, rep.Status)
		}
	}
}

// TestSceneNewsOfATakenOnEmergency: once the leader took an emergency
// on, a villager's "火灭了 没人受伤" closes nothing: those who handle it
// are told, and the duty chat. A worker's "孩子没事了 家长接回家了" of a
// search the leader took on is its 进展, the duty chat told and the
// leader offered the 办结 with his words.
func TestSceneNewsOfATakenOnEmergency(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "fire", c.say("张三", "后山着火了 快来人"), "紧急情况 #R1 已登记")
	c.say("李四", "确认 #R1")
	expect(t, "a villager's news", c.say("陈二", "火灭了 没人受伤"),
		dutyChat+": 【突发补充】青山村三组 #R1",
		grid3+": @李四\u2005陈二说：「火灭了 没人受伤」。#R1 如已解除，请核实后回复「办结 #R1 情况」")
	c.firstStatus(village.StatusAccepted)
	has(t, "the leader's end of the fire", c.say("李四", "火灭了 没人受伤"), "按李四的话，#R1 已办结")
	has(t, "search", c.say("陈二", "我家孩子放学没回家 到处找不到"), "紧急情况 #R2 已登记")
	c.say("李四", "确认 #R2")
	expect(t, "the worker's news", c.say("王五", "孩子没事了 家长接回家了"),
		grid3+": 按王五的话，#R2 进展已记录：孩子没事了 家长接回家了\n@李四\u2005已解除的话，请网格长核实后回复「办结 #R2 孩子没事了 家长接回家了」",
		dutyChat+": 【青山村三组】#R2（突发事件）王五 进展：孩子没事了 家长接回家了，现在「处理中」。")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved, "R2": village.StatusInProgress}, "")
	has(t, "the offered command works", c.say("李四", "办结 #R2 孩子没事了 家长接回家了"), "#R2 已办结")
}
