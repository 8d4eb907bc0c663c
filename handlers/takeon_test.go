package handlers_test

import (
	"slices"
	"strings"
	"testing"
	"time"

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
		"李四，最近有2件新事项还没受理，您接手的是哪一件？请回复数字：\n「1」#R3 后山垃圾没人清\n「2」#R2 我家门口水管漏水\n回「1」就由您受理 #R3")
	expect(t, "he names one", c.say("李四", "确认 #R3"), "#R3 已受理")
	expect(t, "the one left, his bare 知道了 with no notice", c.say("李四", "知道了 明天去修"), "按李四的回复，#R2 已受理")
	c.wantStatuses(nil, village.StatusAccepted)
}

// TestCadreAckAnswersTheLatest: a leader's bare 收到 answers what was
// posted last in the group: a notice posted after a fresh report is
// acknowledged silently, the report left waiting; a report filed after
// the notice is taken on. A cadre who says no more than 收到 to an older
// report with a notice since must 确认 it; several fresh ones, he is
// asked which.
func TestCadreAckAnswersTheLatest(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村口那个路灯坏了三天了"), "已登记 #R1")
	c.office("通知 青山村 明天下午停水，请提前储水")
	expect(t, "收到 answers the later notice", c.say("李四", "收到"))
	c.firstStatus(village.StatusNew)
	expect(t, "report 2", c.say("陈二", "上报 我家门口水管漏水"), "已登记 #R2")
	expect(t, "收到 after the later report: two fresh ones, which", c.say("李四", "收到"), "李四，最近有2件新事项还没受理")
	expect(t, "he names one", c.say("李四", "确认 #R1"), "#R1 已受理")
	expect(t, "收到 again takes the one left", c.say("李四", "收到"), "按李四的回复，#R2 已受理")
}

// TestCadreTakesOnBesideAnEmergency: while an emergency waits for 确认,
// a leader's "收到 马上去" is his answer to the alarm: it takes the alarm
// on (emg54; before, he was shown 确认), and the general report filed
// before it is not taken on.
func TestCadreTakesOnBesideAnEmergency(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口那个路灯坏了三天了"), "已登记 #R1")
	if got := c.say("陈二", "着火了 后山烧起来了"); len(got) == 0 {
		t.Fatal("no alarm")
	}
	has(t, "the leader's 收到 马上去", c.say("李四", "收到 马上去看"), "按李四的回复，#R2 已受理", dutyChat+": 【青山村三组】#R2（突发事件）李四 受理：马上去看")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted}, village.StatusNew)
}

// TestWorkerTakesOnNotHis: a grid worker's "收到 马上去看" on a fresh
// report the leader has not assigned to him accepts nothing and tells him
// who may give it to him; once assigned, his words take it on.
func TestWorkerTakesOnNotHis(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口那个路灯坏了三天了"), "已登记 #R1")
	expect(t, "not his yet", c.say("王五", "收到 马上去看"),
		"王五，#R1（村口那个路灯坏了三天了）还没指派给您，现在由网格长受理。要由您来办，请李四回复「指派 #R1 王五」")
	c.firstStatus(village.StatusNew)
}

// TestCadreGoesLaterBesideAnEmergency: while an emergency waits for 确认,
// a leader who says he will see to a fresh dispute tomorrow answers no
// alarm: he takes the dispute on; his words about a dispute he handles
// (its 进展), or a worker's about their work, are neither a party's more
// of the quarrel told back to them nor a new dispute.
func TestCadreGoesLaterBesideAnEmergency(t *testing.T) {
	c := newChat(t, understand.Rules{})
	if got := c.say("陈二", "着火了 后山烧起来了"); len(got) == 0 {
		t.Fatal("no alarm")
	}
	expect(t, "the dispute", c.say("张三", "陈二家的狗天天晚上叫 吵得我家老人睡不着 说了几次也不管"), "已登记 #R2（调解事项）")
	got := c.say("李四", "收到 明天上午我去他们两家调解一下")
	expect(t, "he takes the dispute on", got, "按李四的回复，#R2 已受理")
	for _, line := range got {
		if strings.Contains(line, "调解提醒") {
			t.Errorf("the mediator is told his own words: %q", line)
		}
	}
	c.wantStatuses(map[string]village.Status{"R1": village.StatusNew, "R2": village.StatusAccepted}, "")
	// the meeting he arranged is the dispute's 进展 (med81), told to its parties
	got = c.say("李四", "两家我都约好了 明天上午在村委会调解")
	has(t, "his word on his work files nothing: it is his 进展", got, "#R2 进展已记录：两家我都约好了 明天上午在村委会调解")
	lacks(t, "nor is it a party's word", got, "调解提醒")
	expect(t, "nor a worker's", c.say("王五", "明天上午我也去他们两家协调一下"))
	c.wantReports(2, "")
	got = c.say("陈二", "我家狗晚上根本不叫 他家瞎说")
	expect(t, "a party's side reaches the mediators, who need no 确认 hint", got, "李四: 【调解提醒】#R2 的争执还在群里继续，陈二也说了", "郑十: 【调解提醒】#R2", "陈二: 陈二，您刚才在群里说的（#R2）已转告")
	if slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "确认 #R2") }) {
		t.Errorf("an accepted dispute's mediators are asked to 确认 it: %q", got)
	}
}

// TestHandlerProgressInPlainWords: the worker an item was given to who
// tells the group how it goes, with no number, records its 进展 (his
// words the note); "还没修好" is progress too; "修好了" is kept as its
// 进展 and offered the 办结 that asks the reporter (rep97); a villager's same words, or a handler's with two
// items of his open, record nothing; "得报到镇上" is shown the 上报镇 to
// send; an item not touched for days takes no words without a number.
func TestHandlerProgressInPlainWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "村里的自来水又停了 都两天了 也没人通知一声"), grid3+": 已登记 #R1")
	expect(t, "assigned", c.say("李四", "指派 R1 王五"), grid3+": #R1 已指派给王五")
	expect(t, "a villager's words", c.say("陈二", "已经联系水厂了"))
	expect(t, "the worker's progress", c.say("王五", "已经联系水厂了 说是主管道爆了 明天中午前修好"),
		grid3+": 按王五的话，#R1 进展已记录：已经联系水厂了 说是主管道爆了 明天中午前修好")
	expect(t, "not yet fixed is progress", c.say("王五", "还没修好 在等配件"), grid3+": 按王五的话，#R1 进展已记录：还没修好 在等配件")
	expect(t, "fixed: the 办结 offered", c.say("王五", "水管修好了"), grid3+": 按王五的话，#R1 进展已记录：水管修好了\n王五，确实办好了就回「1」，按「办结 #R1 水管修好了」记，我会请报告人确认；还没办完的，接着报进展。")
	expect(t, "replaced: the 办结 offered", c.say("王五", "阀门换好了"), grid3+": 按王五的话，#R1 进展已记录：阀门换好了\n王五，确实办好了就回「1」，按「办结 #R1 阀门换好了」记")
	expect(t, "welded: the 办结 offered", c.say("王五", "管子焊好了"), grid3+": 按王五的话，#R1 进展已记录：管子焊好了\n王五，确实办好了就回「1」，按「办结 #R1 管子焊好了」记")
	r1 := c.reports()[0]
	if r1.Status != village.StatusInProgress {
		t.Errorf("R1 is %s, want in progress", r1.Status)
	}
	if last := r1.History[len(r1.History)-1]; last.Note != "管子焊好了" || !last.Implied {
		t.Errorf("R1's last entry %+v", last)
	}

	expect(t, "report 2", c.say("陈二", "上报 后山垃圾没人清"), grid3+": 已登记 #R2")
	expect(t, "assigned too", c.say("李四", "指派 R2 王五"), grid3+": #R2 已指派给王五")
	expect(t, "two of his: which", c.say("王五", "已经联系环卫站了"),
		grid3+": 王五，您说的「已经联系环卫站了」是哪件的进展？请回复数字：\n「1」#R2 后山垃圾没人清\n「2」#R1 村里的自来水又停了 都两天了 也没人通知一声\n回「1」就记到 #R2 上，和发「进展 #R2 已经联系环卫站了」一样。")
	expect(t, "for the township: the 上报镇 to send", c.say("李四", "这个村里没钱修 得报到镇上"),
		grid3+": 李四，您负责的有：\n#R2 后山垃圾没人清\n#R1 村里的自来水又停了 都两天了 也没人通知一声\n要请镇里协调的话，请回复「上报镇 #R2 这个村里没钱修 得报到镇上」，是哪件就写哪个编号，我会发到镇网格工作群。")
	c.now = c.now.Add(4 * 24 * time.Hour)
	expect(t, "days later, words without a number are left alone", c.say("王五", "已经联系环卫站了"))
}

// TestBareAcceptOfTheFreshOne: the leader's bare 确认 right after the one
// report waiting in the group takes it on, an emergency too; with two
// waiting, or the one filed long ago, he is shown them and nothing is
// taken on; a villager's bare 确认 takes on nothing.
func TestBareAcceptOfTheFreshOne(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "村东头那座桥的栏杆断了好几根 晚上走很危险"), grid3+": 已登记 #R1")
	expect(t, "a villager's 确认", c.say("陈二", "确认"), grid3+": 抱歉")
	expect(t, "the leader's", c.say("李四", "确认"), grid3+": #R1 已受理，由李四负责")
	if got := c.say("陈二", "着火了 后山烧起来了"); len(got) == 0 {
		t.Fatal("no alarm")
	}
	expect(t, "the alarm", c.say("李四", "确认"), grid3+": #R2 已受理", "青山镇应急值班群: 【青山村三组】#R2（突发事件）李四 受理")
	expect(t, "report 3", c.say("张三", "上报 后山垃圾没人清"), grid3+": 已登记 #R3")
	expect(t, "report 4", c.say("陈二", "上报 村口路灯坏了"), grid3+": 已登记 #R4")
	expect(t, "two waiting", c.say("李四", "确认"), grid3+": 请写上编号")
	expect(t, "one named", c.say("李四", "确认 #R4"), grid3+": #R4 已受理")
	c.now = c.now.Add(7 * time.Hour)
	expect(t, "the one left, long ago", c.say("李四", "确认"), grid3+": 请写上编号")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted, "R3": village.StatusNew, "R4": village.StatusAccepted}, "")
}

// TestBareAcceptInPrivate: the leader told 【私信反映】 who answers the bot
// with a bare 确认 takes that private report on; a second one waiting, he
// is shown both.
func TestBareAcceptInPrivate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a private report", c.private("张三", "上报 村口的垃圾池好几天没人清了 别说是我说的"), "张三: 已登记 #R1", "李四: 【私信反映】")
	expect(t, "the leader's bare 确认", c.private("李四", "确认"), "李四: #R1 已受理", "张三: #R1 已受理")
	expect(t, "another", c.private("陈二", "上报 后山有人偷偷倒建筑垃圾"), "陈二: 已登记 #R2", "李四: 【私信反映】")
	expect(t, "a third", c.private("张三", "上报 村口路灯坏了"), "张三: 已登记 #R3", "李四: 【私信反映】")
	expect(t, "two waiting", c.private("李四", "确认"), "李四: 请写上编号")
}

// TestPlainTakeOnInPrivate: the leader told 【私信反映】 who answers the
// bot in private in plain words ("好的 明天找人去看看") takes that report
// on as 确认 would, his words the note: it is not read as a new report of
// his own. Two waiting, he is asked which and nothing is filed.
func TestPlainTakeOnInPrivate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a private report", c.private("张三", "上报 村口的垃圾池好几天没人清了 别说是我说的"), "张三: 已登记 #R1", "李四: 【私信反映】")
	expect(t, "the leader's plain words", c.private("李四", "好的 明天找人去看看"), "李四: 按李四的回复，#R1 已受理", "张三: 按李四的回复，#R1 已受理")
	if r := c.reports(); len(r) != 1 || r[0].Status != village.StatusAccepted || r[0].History[len(r[0].History)-1].Note != "明天找人去看看" {
		t.Fatalf("reports %+v", r)
	}
	expect(t, "another", c.private("陈二", "上报 后山有人偷偷倒建筑垃圾"), "陈二: 已登记 #R2", "李四: 【私信反映】")
	expect(t, "a third", c.private("张三", "上报 村口路灯坏了"), "张三: 已登记 #R3", "李四: 【私信反映】")
	expect(t, "two waiting: which", c.private("李四", "收到 下午过去"), "李四: 李四，最近有2件新事项还没受理")
	if n := len(c.reports()); n != 3 {
		t.Errorf("%d reports, want 3", n)
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

// TestQuotedAckTakesOn: a grid leader who quotes the bot's message about
// a new report and says 收到 (with what he will do, or not) takes it on,
// his words the note; the same words again, or to a report taken on
// already, get no answer; an emergency still waits for 确认 said as such,
// and an officer's 收到 in the office is shown how to take over.
func TestQuotedAckTakesOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	quote := func(who, chat, text, quoted string) []string {
		return c.send(bot.Message{Chat: chat, From: who, Text: text, Quote: &bot.Quote{Name: "网格小助手", Text: quoted}})
	}
	r1 := "已登记 #R1（一般事项·道路交通）：村口路灯不亮了"
	expect(t, "收到 with a plan", quote("李四", grid3, "收到 下午叫电工去看", r1), grid3+": 按李四的回复，#R1 已受理，由李四负责")
	if h := c.reports()[0].History; len(h) != 2 || h[1].Note != "下午叫电工去看" || !h[1].Implied {
		t.Errorf("R1 history %+v, want an implied 确认 noting the plan", h)
	}
	expect(t, "again", quote("李四", grid3, "收到", r1))
	c.say("陈二", "快来人 后山着火了")
	expect(t, "an emergency", quote("李四", grid3, "收到", "@李四 @王五 紧急情况 #R2 已登记，已报告镇应急值班。"),
		grid3+": 李四，突发事件 #R2 还没人确认")
	c.sentUp("张三", "上报 水渠堵了", "#R3", "需要镇里出钱清淤")
	expect(t, "an officer", quote("孙七", officeChat, "收到", "【上报镇】青山村三组 #R3"), officeChat+": 孙七，镇里要接手 #R3")
}

// TestWorkerOnTheScene: the grid worker who reaches an emergency at night
// while the leader sleeps takes it on, by 确认 or in his own words ("我到
// 了 已经打了120"), joining its handlers: the duty chat hears someone is
// there and the watchdog stops. A villager's same words take nothing on;
// with two alarms waiting the worker is shown the 确认s.
func TestWorkerOnTheScene(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺家老头子摔倒了 头上流血 起不来了 快来人啊")
	expect(t, "a villager's words", c.say("张三", "我到了 已经打了120"))
	got := c.say("王五", "我到了 已经打了120")
	expect(t, "the worker's words", got, grid3+": 按王五的回复，#R1 已受理，由李四、王五负责", dutyChat+": 【青山村三组】#R1（突发事件）王五 受理：我到了 已经打了120")
	if r1 := c.reports()[0]; r1.Status != village.StatusAccepted || !slices.Contains(r1.Handlers, "王五") {
		t.Errorf("R1 %s handlers %q", r1.Status, r1.Handlers)
	}
	c.say("陈二", "后山着火了 烟很大")
	c.say("张三", "上报 紧急 河边有人落水了")
	expect(t, "two waiting", c.say("王五", "我到现场了"), grid3+": 王五，突发事件 #R2、#R3 还没人确认")
	has(t, "确认 by the worker", c.say("王五", "确认 #R3 人已经拉上来了"), grid3+": #R3 已受理，由李四、王五负责", dutyChat+": 【青山村三组】#R3（突发事件）王五 受理")
}

// TestWorkerArrivesInOwnWords: a worker who opens with 到了 and says what
// he found ("到了，是煤气罐阀门没关紧，已经关好开窗了") is at the scene: the
// waiting alarm is his, with his words, and the watchdog stops. Inside a
// message 到了 is no arrival ("收到了", "找到了"), and a villager's is none.
func TestWorkerArrivesInOwnWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "闻到好大一股煤气味，好像是隔壁那边飘过来的")
	expect(t, "a villager's words", c.say("张三", "到了，阀门关好了"))
	expect(t, "收到了 is no arrival", c.say("王五", "通知我收到了"))
	got := c.say("王五", "到了，是煤气罐阀门没关紧，已经关好开窗了")
	expect(t, "the worker's words", got, grid3+": 按王五的回复，#R1 已受理，由李四、王五负责",
		dutyChat+": 【青山村三组】#R1（突发事件）王五 受理：到了，是煤气罐阀门没关紧，已经关好开窗了")
	if r1 := c.reports()[0]; r1.Status != village.StatusAccepted {
		t.Errorf("R1 is %s, want accepted", r1.Status)
	}
}

// TestTakeOnReadsOnce: a leader's "收到 马上去看" quoting the bot's
// message about a report, and a worker's "我到了" at the one waiting
// alarm, read the report once, and 确认 acts on it as read: with no
// report cache (as for a report another process wrote), one read and the
// commit.
func TestTakeOnReadsOnce(t *testing.T) {
	c, trips := uncachedChat(t)
	c.say("张三", "上报 村口路灯不亮了")
	n, got := trips(bot.Message{From: "李四", Text: "收到 马上去看", Quote: &bot.Quote{Name: "网格小助手", Text: "已登记 #R1（一般事项）：村口路灯不亮了"}})
	expect(t, "quoted", got, grid3+": 按李四的回复，#R1 已受理")
	if n != 2 {
		t.Errorf("收到 quoting R1: %d round trips, want 2 (a read and the commit)", n)
	}
	c.say("陈二", "俺家老头子摔倒了 头上流血 起不来了 快来人啊")
	n, got = trips(bot.Message{From: "王五", Text: "我到了 已经打了120"})
	expect(t, "on the scene", got, grid3+": 按王五的回复，#R2 已受理", dutyChat+": 【青山村三组】#R2（突发事件）王五 受理")
	if n != 2 {
		t.Errorf("我到了: %d round trips, want 2 (a read and the commit)", n)
	}
}

// TestOnSceneOneRoundTrip: with the report cache on, a worker's "我到了"
// at the one waiting alarm costs its commit alone: the grid's open
// reports this process follows are read from memory, and the commit
// holds only while they are as read.
func TestOnSceneOneRoundTrip(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺家老头子摔倒了 头上流血 起不来了 快来人啊")
	got := c.costs(t, 1, "我到了 (the commit)", bot.Message{Chat: grid3, From: "王五", Text: "我到了 已经打了120"})
	expect(t, "on the scene", got, grid3+": 按王五的回复，#R1 已受理", dutyChat+": 【青山村三组】#R1（突发事件）王五 受理")
}

// TestOnSceneAcrossProcesses: an alarm raised through another bot process
// on the same Redis since this one last read the grid is not passed over:
// the worker's "我到现场了" is not taken for the one alarm this process
// knew of, but shows him the two to choose from.
func TestOnSceneAcrossProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "first alarm", a.say("陈二", "俺家老头子摔倒了 头上流血 起不来了 快来人啊"), "#R1 已登记")
	has(t, "through the other process", b.say("张三", "上报 紧急 河边有人落水了"), "#R2 已登记")
	expect(t, "two waiting", a.say("王五", "我到现场了"), grid3+": 王五，突发事件 #R1、#R2 还没人确认")
	for _, rep := range a.reports() {
		if rep.Status != village.StatusNew {
			t.Errorf("%s is %s, want it still waiting", rep.ID, rep.Status)
		}
	}
}

// TestPrivateProgressInPlainWords: the leader who took on an item told
// to the bot in private tells the bot privately how it goes, in plain
// words and without its number ("已经联系瓦匠了 说是周六来换瓦"): that is
// its 进展, told to whoever filed it, not a new report of his. A worker's
// call news with the same words ("给王奶奶打了电话 说是…") stays a call.
func TestPrivateProgressInPlainWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "her need", c.private("王五", "回访 王奶奶 已通 屋顶漏雨"), "王五: 已记录：王奶奶 已通", "李四: 【私信反映】王奶奶（王五代报）反映 #R1")
	expect(t, "taken on", c.private("李四", "确认 R1"), "李四: #R1 已受理", "王五: #R1 已受理")
	expect(t, "his plain progress", c.private("李四", "已经联系瓦匠了 说是周六来换瓦"), "李四: 按您说的，#R1 进展已记录", "王五: ")
	if r := c.reports(); len(r) != 1 || r[0].History[len(r[0].History)-1].Action != village.ActProgress {
		t.Fatalf("reports %+v", r)
	}
	expect(t, "assigned to the worker too", c.private("李四", "指派 R1 王五"), "李四: #R1 已指派给王五", "王五: #R1 已指派给王五")
	expect(t, "the worker's call news", c.private("王五", "给王奶奶打了电话 说是瓦匠还没来"), "王五: 已记录：王奶奶 已通")
}

// TestHandlerSaysDrainCleared: the handler who says in the group that the
// blocked drain is cleared ("水沟挖通了") is given the 办结 to send, not
// met with silence.
func TestHandlerSaysDrainCleared(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("陈二", "上报 我家后面那个水沟堵了 一下雨就淹到院子里"), "已登记 #R1")
	expect(t, "taken on", c.say("李四", "确认 #R1"), grid3+": #R1 已受理")
	has(t, "cleared", c.say("李四", "水沟挖通了"), "办结 #R1")
}

// TestLeaderDelegatesInPlainWords: the leader who answers a fresh report
// in the group by sending a grid worker ("王五你去看下", "让王五去看看",
// "@王五 去看看") assigns it to him, as 指派 would; with two fresh ones he
// is asked which; naming a villager, or a question, does nothing.
func TestLeaderDelegatesInPlainWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯又不亮了"), "已登记 #R1")
	expect(t, "a villager named", c.say("李四", "张三你去看下"))
	expect(t, "a question", c.say("李四", "王五你去看下吗"))
	expect(t, "another errand", c.say("李四", "王五你明天去镇里开会"))
	has(t, "he sends the worker", c.say("李四", "王五你去看下"), "#R1 已受理并指派给王五")
	if r := c.reports()[0]; !r.HandledBy(village.Person{Name: "王五", Village: "青山村", Household: "QS-304"}) {
		t.Errorf("R1 handlers %v", r.Handlers)
	}
	expect(t, "report 2", c.say("陈二", "上报 我家后面水沟堵了"), "已登记 #R2")
	expect(t, "report 3", c.say("张三", "上报 后山垃圾没人清"), "已登记 #R3")
	has(t, "two fresh: which", c.say("李四", "让王五去看看"), "请回复数字：", "和发「指派 #R3 王五」一样")
}

// TestNewsOfOwnItem: a grid worker's plain news about an open item he
// recorded ("奶奶家屋顶看了 瓦碎了几块" after 代报 王奶奶 屋顶漏雨) is
// offered as that item's 进展, in private and in the group, recorded on
// 1; another matter is filed as before.
func TestNewsOfOwnItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "recorded", c.say("王五", "代报 王奶奶 屋顶漏雨"), grid3+": 已登记 #R1")
	expect(t, "news in private", c.private("王五", "奶奶家屋顶看了 瓦碎了几块"), "王五: 是 #R1（屋顶漏雨）的进展吗？回复「1」记上，「2」另外登记。")
	expect(t, "recorded as progress", c.private("王五", "1"), "王五: #R1 进展已记录：奶奶家屋顶看了 瓦碎了几块", grid3+": #R1 进展已记录（王五）")
	c.wantReports(1, "news of #R1 filed apart")
	got := c.costs(t, 1, "news in the group (the question's commit)", bot.Message{Chat: grid3, From: "王五", Text: "王奶奶家屋顶瓦换了几块 还有点漏"})
	expect(t, "news in the group", got, grid3+": @王五\u2005是 #R1（屋顶漏雨）的进展吗？回复「1」记上，「2」另外登记。")
	expect(t, "filed apart on 2", c.say("王五", "2"), grid3+": 已登记 #R2")
	got = c.private("王五", "村口的路灯不亮了")
	if strings.Contains(strings.Join(got, ""), "的进展吗") {
		t.Errorf("another matter offered as progress:\n%s", strings.Join(got, "\n"))
	}
}

// TestArrivedInPlainWords: a cadre who reaches an emergency says so as
// people do, the arrival first ("到了，正在组织大家打水", "刚到"): that takes
// it on, and the watchdog stops. So does one on his way ("在路上了",
// "马上到": emg54; before, he heard the 确认 the duty chat waits for).
// Words that start like an arrival but ask or put it off take nothing on;
// a villager's arrival is none.
func TestArrivedInPlainWords(t *testing.T) {
	for _, w := range []string{"到了", "刚到 火挺大", "我们到了", "　到了 在救"} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "着火了着火了 后山老李家柴房烧起来了 快来人")
		expect(t, w, c.say("王五", w), grid3+": 按王五的回复，#R1 已受理，由李四、王五负责",
			dutyChat+": 【青山村三组】#R1（突发事件）王五 受理："+strings.TrimLeft(w, "　"))
		if r1 := c.reports()[0]; r1.Status != village.StatusAccepted {
			t.Errorf("%s: R1 is %s, want accepted", w, r1.Status)
		}
	}
	c := newChat(t, understand.Rules{})
	c.say("陈二", "着火了着火了 后山老李家柴房烧起来了 快来人")
	expect(t, "arrived and at work", c.say("王五", "到了，正在组织大家打水"), grid3+": 按王五的话，#R1 已受理，由李四、王五负责，进展已记录：到了，正在组织大家打水",
		dutyChat+": 【青山村三组】#R1（突发事件）王五 进展：到了，正在组织大家打水")
	for _, w := range []string{"在路上了", "马上到", "正在赶过去", "收到马上到"} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "着火了着火了 后山老李家柴房烧起来了 快来人")
		expect(t, w, c.say("王五", w), grid3+": 按王五的回复，#R1 已受理，由李四、王五负责",
			dutyChat+": 【青山村三组】#R1（突发事件）王五 受理："+w)
		if r1 := c.reports()[0]; r1.Status != village.StatusAccepted {
			t.Errorf("%s: R1 is %s, want accepted", w, r1.Status)
		}
	}
	c = newChat(t, understand.Rules{})
	c.say("陈二", "着火了着火了 后山老李家柴房烧起来了 快来人")
	expect(t, "a villager's arrival", c.say("张三", "到了"))
	expect(t, "a question", c.say("王五", "到了吗"))
	expect(t, "later", c.say("王五", "我到时候再说"))
	if r1 := c.reports()[0]; r1.Status != village.StatusNew {
		t.Errorf("R1 is %s, want still new", r1.Status)
	}
	c = newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了")
	expect(t, "no emergency waits", c.say("王五", "在路上了"))
}

// TestCadreReportsFromTheScene: a cadre of the grid who reports an
// emergency saying he is there ("我在现场，已经打了119") has taken it on:
// nobody is asked to 确认 it, and it is not left waiting for the
// watchdog. A villager saying the same is not; nor a cadre not there.
func TestCadreReportsFromTheScene(t *testing.T) {
	cases := []struct {
		name, who, text string
		taken           bool
	}{
		{"a worker there", "王五", "村口李家着火了 我在现场，已经打了119", true},
		{"the leader, with 上报", "李四", "上报 紧急 河边有人落水了 我已赶到 打了120", true},
		{"a villager there", "张三", "村口李家着火了 我在现场，已经打了119", false},
		{"a worker not there", "王五", "村口李家着火了 快来人", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			got := c.say(tc.who, tc.text)
			r := c.reports()
			if len(r) != 1 || r[0].Type != village.Emergency {
				t.Fatalf("reports %+v", r)
			}
			if taken := r[0].Status == village.StatusAccepted; taken != tc.taken {
				t.Fatalf("%s: status %s, want taken on %v", tc.text, r[0].Status, tc.taken)
			}
			if !tc.taken {
				has(t, "asked to 确认", got, "「确认 #R1」")
				return
			}
			has(t, "the group", got, tc.who+"在现场，已记为确认接手", "「办结 #R1 结果」")
			has(t, "the duty chat", got, dutyChat+": 【突发事件】青山村三组 #R1", "报告人在现场，已确认接手")
			if strings.Contains(strings.Join(got, "\n"), "「确认 #R1」") {
				t.Errorf("still asked to 确认: %q", got)
			}
			if !slices.ContainsFunc(r[0].Handlers, func(h string) bool { return strings.HasPrefix(h, tc.who) }) {
				t.Errorf("handlers %v, want %s among them", r[0].Handlers, tc.who)
			}
		})
	}
}

// TestCadreReportsFromTheSceneRoundTrips: taking on the emergency he files
// from the scene costs the cadre's message no round trip more than filing
// it does: the 确认 is in the filing commit.
func TestCadreReportsFromTheSceneRoundTrips(t *testing.T) {
	trips := func(text string) int64 {
		c := newChat(t, understand.Rules{})
		n, _ := c.counted(bot.Message{Chat: grid3, From: "王五", Text: text})
		return n
	}
	plain, there := trips("村口李家着火了 快来人"), trips("村口李家着火了 我在现场，已经打了119")
	if there != plain {
		t.Errorf("filed from the scene: %d round trips, filed plain: %d", there, plain)
	}
}
