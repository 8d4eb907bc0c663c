package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// ditch is a quarrel over a wall that blocks a ditch, 张三 the other party.
const ditch = "上报 调解 张三家砌的墙把我家排水沟堵死了 一下雨水就往我院子里灌"

// TestMediationFutile: a party's bare "调解了好几次都没用" (no word of a
// new quarrel) is news for his mediation item: its handlers hear it, with
// 上报镇 offered since it failed more than once, and he hears that they
// know, where he said it; said by someone who is party to no mediation,
// he is told plainly what to do, and nobody else hears of it.
func TestMediationFutile(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("陈二", ditch), grid3+": 已登记 #R1（调解事项）")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(26 * time.Hour)
	expect(t, "the reporter, in the group", c.say("陈二", "调解了好几次都没用"),
		grid3+": @陈二\u2005收到，#R1（调解事项）还在调解，刚才说的已转告李四、郑十",
		"李四: 【调解没见效】#R1（张三家砌的墙把我家排水沟堵死了 一下雨水就往我院子里灌）：陈二在群里说：「调解了好几次都没用」",
		"郑十: 【调解没见效】#R1")
	c.now = c.now.Add(2 * time.Hour)
	got := c.private("张三", "调解了也没用 他根本不听")
	expect(t, "the other party, privately", got,
		"张三: 收到，#R1（调解事项）还在调解，刚才说的已转告李四、郑十",
		"李四: 【调解没见效】#R1", "郑十: 【调解没见效】#R1")
	has(t, "failed twice: 上报镇 offered", got, "上报镇 #R1 原因")
	expect(t, "a stranger, privately", c.private("周八", "调解了好几次都没用"),
		"周八: 没有找到您是当事人的调解事项")
	expect(t, "a stranger, in the group", c.say("周八", "调解了好几次都没用"),
		grid3+": @周八\u2005没有找到您是当事人的调解事项")
	c.say("王五", "上报 调解 刘婶家的鸡把我家秧苗啄了")
	lacks(t, "the leader of two quarrels is no stranger", c.say("李四", "调解了好几次都没用"), "没有找到")
	lacks(t, "nor is the mediator, privately", c.private("郑十", "调解了好几次都没用"), "没有找到")
	c.wantReports(2, "(the ditch, the chickens)")
}

// ditchTaken is a chat where the ditch quarrel (陈二 against 张三) was
// filed and taken on by the leader, hours before.
func ditchTaken(t *testing.T, hours time.Duration) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.say("陈二", ditch)
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(hours * time.Hour)
	return c
}

// ditchSettled is a chat where the ditch quarrel was taken on and
// resolved the day before, waiting for its reporter 陈二 to confirm.
func ditchSettled(t *testing.T) *chat {
	t.Helper()
	c := ditchTaken(t, 0)
	c.say("李四", "办结 #R1 张三答应把沟挖通")
	c.now = c.now.Add(26 * time.Hour)
	return c
}

// TestMediationFutileAfterResolve: once a quarrel's 办结 waits for its
// reporter, his bare "调解了好几次都没用" is his 未解决.
func TestMediationFutileAfterResolve(t *testing.T) {
	c := ditchSettled(t)
	has(t, "the reporter: not settled", c.say("陈二", "调解了好几次都没用"), "已重新打开")
	c.wantStatuses(nil, village.StatusReopened)
}

// TestOtherPartyQuarrelBack: after a quarrel's 办结, the other party
// telling the bot privately that it broke out again reopens it, as the
// reporter's words would: he hears what happens next, the reporter and
// the handlers hear who said so.
func TestOtherPartyQuarrelBack(t *testing.T) {
	c := ditchSettled(t)
	got := c.private("张三", "又吵起来了")
	has(t, "he hears what happens next", got, "张三: 按您说的，#R1 已重新打开：又吵起来了。\n已告诉负责人李四、郑十继续调解")
	lacks(t, "not asked for the reporter's 满意", got, "张三: 按您说的，#R1 已重新打开：又吵起来了。\n已告诉负责人李四、郑十继续调解，他们会再约双方当面谈。\n如果")
	has(t, "the reporter hears", got, "陈二: 【调解事项】#R1「张三家砌的墙把我家排水沟堵死了")
	has(t, "the handlers hear who", got, "李四: 【青山村三组】#R1（调解事项）张三 未解决：又吵起来了，现在「重新处理」。\n当事人张三说没解决")
	has(t, "the group hears the step", got, grid3+": #R1（调解事项）当事人说还没解决，已重新打开")
	c.wantReports(1, "")
	c.wantStatuses(nil, village.StatusReopened)
}

// TestMediatorSaysHeGoes: the mediator saying in the group that he will
// go to the matter of the one mediation item nobody took on yet ("我下午去
// 看看那条沟") takes it on, as "#R1 我去看" does; words of another thing
// take nothing on; of two quarrels alike, he is asked which.
func TestMediatorSaysHeGoes(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "张三家砌墙把我家门口的水沟堵死了，一下雨水全往我家院子里灌，说了好几次都不听，请村里给调解一下")
	c.now = c.now.Add(2 * time.Hour)
	silent(t, "another thing", c.say("郑十", "我下午去看看那个路灯"))
	c.firstStatus(village.StatusNew)
	has(t, "the mediator goes", c.say("郑十", "我下午去看看那条沟"), "#R1 已受理，由李四、郑十负责")
	c.firstStatus(village.StatusAccepted)
	rep := c.reports()[0]
	if last := rep.History[len(rep.History)-1]; last.Action != village.ActAccept || last.By != "郑十" || last.Note != "我下午去看看那条沟" {
		t.Errorf("R1's last step %s by %s %q, want 确认 by 郑十 with his words", last.Action, last.By, last.Note)
	}

	c.say("周八", "上报 调解 雷志明家的鸡天天跑到我家菜地里 说了也不管")
	c.say("王五", "上报 调解 刘婶家的鸡把我家秧苗啄了")
	has(t, "two alike: which", c.say("郑十", "我明天去看看那几只鸡"), "郑十，最近有2件新事项还没受理，您接手的是哪一件？请回复数字：\n「1」#R2", "「2」#R3", "和发「确认 #R2」一样")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
	has(t, "the leader names the party", c.say("李四", "我明天上午去雷志明家调解一下"), "#R2 已受理，由李四、郑十负责")
}

// TestMediationFutileStaleCopy: process a follows the grid's open reports;
// through process b the quarrel was resolved since. The reporter's "调解了
// 好几次都没用" through a, news on a's copy, is refused there and decided
// again on Redis: his 未解决 of the 办结 he was asked to confirm.
func TestMediationFutileStaleCopy(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("陈二", ditch)
	a.say("李四", "确认 #R1")
	has(t, "resolved through b", b.say("李四", "办结 #R1 张三答应把沟挖通"), "#R1")
	has(t, "his 未解决", a.say("陈二", "调解了好几次都没用"), "已重新打开")
	a.wantStatuses(nil, village.StatusReopened)
}

// TestMediationSettledInWords: the reporter's thanks that settle his
// quarrel in the group close it; what to do if it is not settled after
// all is said privately, as the 办结 asked (a mediation's 未解决 is not
// told in the group).
func TestMediationSettledInWords(t *testing.T) {
	c := ditchSettled(t)
	has(t, "his 满意", c.say("陈二", "谢谢村里 这回总算解决了"), grid3+": 已按您的回复记为满意，#R1 已完结，谢谢您的反馈！\n如果其实还没解决，请私信我「未解决 #R1 原因」")
	c.wantStatuses(nil, village.StatusClosed)
}

// TestOtherPartyQuarrelBackAtNight: the other party who reopens a settled
// quarrel at night hears that the others are told in the morning.
func TestOtherPartyQuarrelBackAtNight(t *testing.T) {
	c := ditchSettled(t)
	c.now = c.now.Add(11 * time.Hour)
	expect(t, "at night", c.private("张三", "又吵起来了"),
		"张三: 按您说的，#R1 已重新打开：又吵起来了。\n已告诉负责人李四、郑十继续调解，他们会再约双方当面谈，也告诉了陈二。请先保持冷静，不要动手。\n网格群里没说具体内容；现在是夜里，明天早上7点再发给他们。")
}

// TestMediatorStuck: the mediator's "两家都不让步" in the group is the
// 进展 of the one quarrel he mediates; he hears the next step (another
// talk, then 上报镇 by the leader), and so does the leader.
func TestMediatorStuck(t *testing.T) {
	c := ditchTaken(t, 5)
	got := c.say("郑十", "两家都不让步")
	has(t, "recorded, the next step told", got, "郑十: 按您说的，#R1 进展已记录：两家都不让步\n下一步：再约两家当面谈一次；还谈不拢，请网格长李四发「上报镇 #R1 原因」")
	has(t, "the leader hears", got, "李四: 【青山村三组】#R1（调解事项）郑十 进展：两家都不让步", "网格长可发「上报镇 #R1 原因」")
	has(t, "the party hears the news, not the advice", got, "有新进展，郑十：两家都不让步")
	for _, o := range got {
		if (strings.HasPrefix(o, "张三: ") || strings.HasPrefix(o, "陈二: ")) && strings.Contains(o, "下一步") {
			t.Errorf("the party hears the 上报镇 advice: %q", o)
		}
	}
	if h := c.reports()[0].History; h[len(h)-1].Action != village.ActProgress {
		t.Errorf("last step %v, want 进展", h[len(h)-1].Action)
	}
}

// TestMediatorGoesAgainWhich: the mediator's "我明天上午再去一趟" with two
// quarrels of his open is asked which, both named; right after his word
// on one of them, it is that one's 进展.
func TestMediatorGoesAgainWhich(t *testing.T) {
	c := ditchTaken(t, 0)
	c.say("王五", "上报 调解 刘婶家的鸡把我家秧苗啄了")
	c.say("李四", "确认 #R2")
	c.now = c.now.Add(5 * time.Hour)
	got := c.say("郑十", "我明天上午再去一趟")
	has(t, "asked which, both named", got, "郑十，您说的「我明天上午再去一趟」是哪件的进展？请回复数字：", "「2」#R1 张三家砌的墙", "「1」#R2 刘婶家的鸡", "「进展 #R2 我明天上午再去一趟」")
	c.wantStatuses(nil, village.StatusAccepted)

	c.say("郑十", "进展 #R2 刘婶答应把鸡圈起来")
	has(t, "the one he just wrote of", c.say("郑十", "我明天上午再去一趟"), "郑十: 按您说的，#R2 进展已记录：我明天上午再去一趟")
	if h := c.reports()[0].History; h[len(h)-1].Action != village.ActAccept {
		t.Errorf("R1's last step %v, want its 受理 alone", h[len(h)-1].Action)
	}
}

// TestPartyAcceptsSettlement: "镇里量好了 我认" after the township's 办结
// of a quarrel is its reporter's 满意; the other party's is his word that
// he accepts, which the handlers hear (the 满意 stays the reporter's);
// said while the township still works on it, the handlers hear it and
// are asked for the 办结.
func TestPartyAcceptsSettlement(t *testing.T) {
	c := ditchTaken(t, 1)
	c.say("李四", "上报镇 #R1 两家谈不拢 请司法所协调")
	c.say("孙七", "确认 #R1")
	c.now = c.now.Add(24 * time.Hour)
	got := c.private("张三", "镇里量好了 我认")
	has(t, "escalated: he hears they know", got, "张三: 收到，您认可 #R1（调解事项）的处理结果，已转告", "镇里办结后会请陈二确认。")
	has(t, "escalated: the officer is asked for the 办结", got, "孙七: 【当事人认可】#R1", "请回复「办结 #R1 结果」")
	c.say("孙七", "办结 #R1 司法所量了面积 张三出钱把沟挖通")
	c.now = c.now.Add(2 * time.Hour)
	got = c.say("张三", "镇里量好了 我认")
	has(t, "the other party, resolved", got, "@张三\u2005收到，您认可 #R1（调解事项）的处理结果", "等陈二确认后这件事就完结了。", "李四: 【当事人认可】#R1")
	c.wantStatuses(nil, village.StatusResolved)
	has(t, "the reporter's is his 满意", c.private("陈二", "镇里量好了 我认"), "#R1 已完结")
	c.wantStatuses(nil, village.StatusClosed)
}

// TestPartyAcceptsStaleCopy: process a follows the grid's open reports;
// through process b the township resolved the quarrel since. The other
// party's "我没意见" through a is decided again on what b did: the
// handlers hear it waits for the reporter, not for the 办结.
func TestPartyAcceptsStaleCopy(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("陈二", ditch)
	a.say("李四", "确认 #R1")
	a.say("李四", "上报镇 #R1 两家谈不拢")
	has(t, "resolved through b", b.say("孙七", "办结 #R1 司法所量了 张三把沟挖通"), "#R1")
	got := a.say("张三", "镇里量好了 我没意见")
	has(t, "told as resolved", got, "等陈二确认后这件事就完结了", "【当事人认可】#R1（张三家砌的墙把我家排水沟堵死了 一下雨水就往我院子里灌，已办结待确认）")
}

// TestMediatorTodo: the village's mediator (no cadre of a grid) asking
// 待办 is shown the mediation items he handles, in the group and in
// private, not told that 待办 is the grid cadres'; other items of the grid
// are not his.
func TestMediatorTodo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", ditch)
	c.say("张三", "上报 村口路灯不亮了")
	for _, got := range [][]string{c.say("郑十", "待办"), c.private("郑十", "待办"), c.private("郑十", "我的待办")} {
		has(t, "his quarrels", got, "郑十调解的待办 1 件", "#R1 ")
		lacks(t, "not the lamp, no refusal", got, "#R2", "网格长或网格员")
	}
}

// TestPauseInTheGroupNoHint: a mediator's 等待 written in the group whose
// note only says what the quarrel waits for ("等他儿子回来了再说", with 了
// or without) tells nothing of the dispute: he is not told privately that
// its particulars belong in a private message; a note that also tells
// how it stands ("张三说最多赔200") still brings that hint.
func TestPauseInTheGroupNoHint(t *testing.T) {
	const hint = "您这条是在群里写的"
	for _, note := range []string{"等他儿子回来了再说", "等他儿子回来再说", "先等等 张三出门了 等他回来了再谈"} {
		c := ditchTaken(t, 2)
		got := c.say("郑十", "等待 #R1 "+note)
		has(t, note+": paused", got, "郑十: #R1 已暂停计时，等待村民："+note)
		lacks(t, note+": no hint", got, hint)
	}
	c := ditchTaken(t, 2)
	has(t, "a note with particulars", c.say("郑十", "等待 #R1 张三说最多赔200 等他儿子回来了再商量"), hint)
}

// TestOtherPartyObjects: the other party's word, after the 办结, that he
// does not accept how the quarrel was settled ("凭什么退 我不服") reaches
// its handlers privately and tells him, where he said it, what comes
// next, without repeating his words there; the item waits still for its
// reporter, whose 满意 closes it.
func TestOtherPartyObjects(t *testing.T) {
	c := ditchSettled(t)
	got := c.say("张三", "凭什么要我挖 我不服")
	has(t, "he hears the next step", got, grid3+": @张三\u2005收到，您对 #R1（调解事项）的处理结果有不同意见，已转告李四、郑十。", "负责人会再找您当面说明")
	has(t, "the handlers hear it", got, "李四: 【当事人不认可】#R1", "郑十: 【当事人不认可】#R1")
	lacks(t, "his words stay out of the group", got, grid3+": @张三\u2005收到，您对 #R1（调解事项）的处理结果有不同意见，已转告李四、郑十。\n凭什么")
	c.wantStatuses(nil, village.StatusResolved)
	has(t, "the reporter's 满意 closes it", c.say("陈二", "满意 #R1"), "已完结")
}

// TestAcceptTellsBothSides: the 确认 of a quarrel told in the group names
// both sides, its reporter and the villager his words name, and tells
// them what comes next: the mediators will bring them together.
func TestAcceptTellsBothSides(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", ditch)
	has(t, "both sides", c.say("李四", "确认 #R1"), grid3+": #R1 已受理，由李四、郑十负责", "陈二、张三，调解员会听两边的说法，约双方当面谈，请等通知")
}

// TestPartyRefusesMediation: a party's "我不同意调解" is his refusal, not
// news that mediating failed: the handlers hear it privately, he hears in
// the group that mediation is voluntary and where else he may go.
func TestPartyRefusesMediation(t *testing.T) {
	c := ditchTaken(t, 26)
	got := c.say("张三", "我不同意调解 又不是我的错")
	has(t, "he hears it is voluntary", got, grid3+": @张三\u2005收到，调解是自愿的，您不愿意调解，已私下转告李四、郑十。", "司法所", "法院", "上报镇里")
	has(t, "the handlers hear", got, "李四: 【当事人不愿调解】#R1", "郑十: 【当事人不愿调解】#R1")
	lacks(t, "no 调解没见效", got, "调解没见效")
	lacks(t, "no new talk promised", got, "再约双方当面谈")
	has(t, "privately too", c.private("陈二", "调解我不去"), "陈二: 收到，调解是自愿的")
}

// TestMediatorWaitNote: the mediator handling a quarrel writing "R1 等他
// 儿子回来了再说" has it recorded as the item's 等待, as its leader has,
// not offered a new item.
func TestMediatorWaitNote(t *testing.T) {
	c := ditchTaken(t, 2)
	has(t, "the mediator's note", c.say("郑十", "R1 等他儿子回来了再说"),
		"郑十: 按您说的，#R1 已暂停计时，等待村民：等他儿子回来了再说", grid3+": #R1（调解事项）暂停计时")
	lacks(t, "privately no new item", c.private("郑十", "R1 等他儿子回来了再说"), "一般事项")
}
