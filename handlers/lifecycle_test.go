package handlers_test

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers"
	"gridbot/roster"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

const (
	officeChat = "青山镇网格工作群"
	dutyChat   = "青山镇应急值班群"
)

// (c *chat) in sends a message to another chat of the township.
func (c *chat) in(chatName, from, text string) []string {
	c.t.Helper()
	return c.send(bot.Message{Chat: chatName, From: from, Text: text})
}

// (c *chat) office is 孙七's text in the township office's chat.
func (c *chat) office(text string) []string {
	c.t.Helper()
	return c.in(officeChat, "孙七", text)
}

// TestPrivateReportStaysPrivate: what a villager tells the bot in private
// is never shown in the group: not by 查, not in 待办, not in the replies
// to the leader who acts on it there.
func TestPrivateReportStaysPrivate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	// a dispute told in private reaches the village's mediator too, as one
	// told in the group does
	expect(t, "private report", c.private("陈二", "上报 隔壁老王家占了我家宅基地"),
		"陈二: 已登记 #R1（调解事项）：隔壁老王家占了我家宅基地\n已私下转给网格长李四和调解员郑十", "李四: 【私信反映】陈二 反映 #R1",
		"郑十: 【私信反映·调解】陈二 反映 #R1")
	expect(t, "a neighbour's 查", c.say("张三", "查 #R1"), grid3+": 没有找到 #R1，请核对编号")
	// the leader who asks in the group still hears of it, privately
	expect(t, "the group's 待办", c.say("李四", "待办"),
		"李四: 三组另有 1 件私下反映的事项（不在群里列）：\n#R1 调解事项·待受理 隔壁老王家占了我家宅基地\n请私信我回复（如「确认 #R1」）",
		grid3+": 三组目前没有待办事项")
	got := c.say("李四", "确认 #R1 下午去看看")
	expect(t, "the leader acts in the group", got,
		"李四: #R1 已受理", grid3+": 李四，已私信回复您", "陈二: #R1 已受理",
		"郑十: 【青山村三组】#R1（调解事项）李四 受理：下午去看看")
	for _, o := range got {
		if strings.HasPrefix(o, grid3) && (strings.Contains(o, "陈二") || strings.Contains(o, "宅基地")) {
			t.Errorf("the group hears of the private report: %q", o)
		}
	}
	expect(t, "the leader's 查 in the group", c.say("李四", "查 #R1"),
		"李四: #R1 调解事项·已受理", grid3+": 李四，已私信回复您")
	expect(t, "the reporter's reopen reaches the handlers", c.private("陈二", "查 #R1"), "陈二: #R1 调解事项·已受理")
}

// TestHiddenFromOnlookers: to someone it does not concern, a private
// report does not exist, whatever he sends about it (查, asking after it,
// a quote of its number, a command): the same answer as a number nobody
// has, so that the group cannot even learn that someone complained
// privately. A mediation filed in the group is known to exist, but how
// it goes (who agreed to pay what) is only for the parties and those who
// mediate: an onlooker gets one line and whom to ask, no content.
func TestHiddenFromOnlookers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	const g1 = "青山村一组网格群"
	c.private("陈二", "上报 我家隔壁天天半夜打孩子")
	unknown := "没有找到 #R1，请核对编号；发「查」可看您反映的事项"
	expect(t, "查 of a neighbour", c.say("张三", "查 #R1"), grid3+": "+unknown)
	expect(t, "a neighbour asks in private", c.private("张三", "R1怎么样了"), "张三: "+unknown)
	expect(t, "a neighbour's 满意", c.say("张三", "满意 #R1"), grid3+": "+unknown)
	expect(t, "a worker of another grid", c.in(g1, "马红梅", "查 #R1"), g1+": "+unknown)
	expect(t, "a worker of the grid", c.say("王五", "查 #R1"), "王五: #R1", grid3+": 王五，已私信回复您。")
	expect(t, "the reporter", c.private("陈二", "查 #R1"), "陈二: #R1 调解事项·待受理")

	expect(t, "a mediation in the group", c.say("张三", "上报 调解 陈二家的牛把我家玉米踩了，他不肯赔"), grid3+": 已登记 #R2（调解事项")
	c.say("李四", "进展 #R2 已约两家明天在村委会谈，陈二同意赔200元")
	hidden := grid3 + ": #R2 是调解事项，进展只有双方当事人、网格长、网格员和调解员能看。有情况要说明，请找网格长李四。"
	expect(t, "an onlooker's 查", c.say("赵六", "查 #R2"), hidden)
	expect(t, "an onlooker asks after it", c.say("赵六", "R2怎么样了"), hidden)
	expect(t, "an onlooker's 进度", c.say("赵六", "进度 #R2"), hidden)
	// the reporter, the other party (his household named in it), the
	// mediator, a worker, an officer
	for _, who := range []string{"张三", "陈二", "郑十", "王五", "孙七"} {
		// answered privately: how it goes is not for the group
		expect(t, who+"'s 查", c.say(who, "查 #R2"), who+": #R2 调解事项", grid3+": "+who+"，已私信回复您。")
	}
	has(t, "in private", c.private("陈二", "查 #R2"), "陈二同意赔200元")
}

// TestTownshipHearsHowItEnds: the duty chat that was alerted to an
// emergency hears what the grid did about it, and the office hears when a
// villager reopens an item it resolved; it stays on the office's 待办.
func TestTownshipHearsHowItEnds(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "快来人 后山着火了，烟很大！！")
	if len(got) != 2 || !strings.HasPrefix(got[0], dutyChat) {
		t.Fatalf("emergency: %q", got)
	}
	expect(t, "the leader rejects a false alarm", c.say("李四", "驳回 #R1 误报，是烧秸秆"),
		grid3+": #R1 不予受理：误报，是烧秸秆", dutyChat+": 【青山村三组】#R1（突发事件）李四 驳回：误报，是烧秸秆，现在「已驳回」")

	expect(t, "a mediation", c.say("陈二", "上报 调解 张三家的牛把我家玉米踩了，他不肯赔"), "已登记 #R2")
	expect(t, "went up", c.say("李四", "上报镇 #R2 双方分歧大"), officeChat+": 【网格上报】", grid3+": #R2 已上报镇")
	expect(t, "the township takes it", c.in(officeChat, "孙七", "确认 #R2 司法所周三去"),
		officeChat+": #R2 镇里已接手：由孙七负责协调，李四、郑十配合", grid3+": #R2 镇里已接手")
	// a mediation's notes reach the parties and handlers privately, the
	// group one line (TestMediationNotesStayOutOfTheGroup)
	expect(t, "the township resolves it", c.in(officeChat, "孙七", "办结 #R2 赔了200"), officeChat+": #R2 已办结", grid3+": #R2（调解事项）已办结",
		"陈二: 【调解事项】#R2", "张三: 【调解事项】#R2", "李四: 【青山村三组】#R2", "郑十: 【青山村三组】#R2")
	got = c.say("陈二", "未解决 #R2 他还是不赔")
	expect(t, "the villager reopens it", got,
		"陈二: #R2 已重新打开", grid3+": #R2（调解事项）当事人说还没解决，已重新打开", "张三: 【调解事项】#R2", "李四: 【青山村三组】#R2", "郑十: 【青山村三组】#R2",
		officeChat+": 【青山村三组】#R2（调解事项）陈二 未解决：他还是不赔，现在「重新处理」。\n报告人说没解决")
	for _, o := range got {
		if strings.HasPrefix(o, "孙七:") {
			t.Errorf("the officer who took it over hears it privately besides the office: %q", o)
		}
	}
	expect(t, "still on the office's list", c.in(officeChat, "孙七", "待办"), officeChat+": 全镇已上报和突发事项待办 1 件")
	expect(t, "the township may go on", c.in(officeChat, "孙七", "进展 #R2 再约双方"), officeChat+": #R2 进展已记录", grid3+": #R2（调解事项）有新进展（镇里孙七）",
		"陈二: 【调解事项】#R2", "张三: 【调解事项】#R2", "李四: 【青山村三组】#R2", "郑十: 【青山村三组】#R2")
}

// TestReopenGetsAFreshDeadline: an item the reporter reopens days after
// its deadline gets the whole time again, not an instant overdue.
func TestReopenGetsAFreshDeadline(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "accept", c.say("李四", "确认 #R1"), "#R1 已受理")
	expect(t, "resolve", c.say("李四", "办结 #R1 换好了"), "#R1 已办结")
	c.now = c.now.Add(5 * 24 * time.Hour)
	expect(t, "reopen", c.say("张三", "未解决 #R1 又坏了"), "#R1 已重新打开")
	rep := c.reports()[0]
	if !rep.DueAt.After(c.now.Add(24*time.Hour)) || rep.OverdueAt(c.now) {
		t.Errorf("reopened at %v: due %v, want the resolve time again", c.now, rep.DueAt)
	}
}

// TestLongBareCommands: a bare command with a long note acts when the
// sender has something it can apply to (the reporter's one resolved item,
// the handler's one item) or lists what it could mean; from someone with
// nothing, it is talk.
func TestLongBareCommands(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "resolve", c.say("李四", "办结 #R1 换好了"), "#R1 已办结")
	expect(t, "the reporter's long 未解决", c.say("张三", "未解决 路灯还是不亮，晚上根本看不见路"), grid3+": #R1 已重新打开：路灯还是不亮，晚上根本看不见路")
	// the one item he handles is the one meant (leader35: handlerMeant)
	expect(t, "the leader's long 进展 of his one item", c.say("李四", "进展 已经联系了电工，明天上午过来修"),
		grid3+": #R1 进展已记录：已经联系了电工，明天上午过来修\n可发「查 #R1」看全部记录。")
	expect(t, "talk that starts like a command", c.say("陈二", "确认，明天上午是不是要开会啊大家"))
	expect(t, "进展 without what", c.say("李四", "进展 #R1"), grid3+": 请写上进展情况，例如：进展 #R1 已联系电工，明天来修。")
	expect(t, "上报 in the office chat", c.in(officeChat, "孙七", "上报 镇政府门口路灯坏了"),
		officeChat+": 镇里的群不登记事项。要反映事情，请到所在网格的群里说，或私信我「上报 什么事、在哪里」。")
	got := c.in(officeChat, "孙七", "帮助")
	if len(got) != 1 || strings.Contains(got[0], "申请积分") || !strings.Contains(got[0], "镇干部：") || !strings.Contains(got[0], "通知 未回复") {
		t.Errorf("help in the office chat: %q", got)
	}
}

// TestHandlersSeeItThrough: the worker the leader assigned an item to, and
// the mediators of a dispute, may accept and resolve it as they are told
// to; a report filed for an elder (代报) is answered through the worker who
// filed it, not by mentioning the elder who has no WeChat.
func TestHandlersSeeItThrough(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "assign", c.say("李四", "指派 #R1 @王五"), grid3+": #R1 已指派给王五，现由李四、王五负责，预计3月5日前办结。@王五\u2005请跟进，办好后回复「办结 #R1 处理情况」。")
	expect(t, "the assigned worker resolves", c.say("王五", "办结 #R1 灯泡换好了"), grid3+": #R1 已办结：灯泡换好了。")
	expect(t, "a dispute", c.say("陈二", "上报 调解 张三家的牛把我家玉米踩了，他不肯赔"), "已登记 #R2")
	expect(t, "the mediator accepts", c.say("郑十", "确认 #R2"), grid3+": #R2 已受理，由李四、郑十负责")
	expect(t, "another villager may not", c.say("张三", "办结 #R2 好了"), grid3+": 抱歉，「办结」需要本网格的网格长或这件事的负责人")

	expect(t, "代报", c.say("王五", "代报 王奶奶 屋顶漏雨了"), "已登记 #R3")
	expect(t, "accepted", c.say("李四", "确认 #R3"), grid3+": #R3 已受理，由李四负责，预计3月5日前办结。\n王五，办好后会告诉您，请转告王奶奶。")
	expect(t, "resolved", c.say("李四", "办结 #R3 已补瓦"),
		grid3+": #R3 已办结：已补瓦。\n@王五\u2005请问过王奶奶：解决了回复「满意 #R3」，没解决回复「未解决 #R3 原因」。")
	expect(t, "the worker answers for her", c.say("王五", "满意 #R3"), grid3+": #R3 已完结")
}

// TestReferencesAsCadresWriteThem: full-width letters and digits, 「3号」,
// several references at once, a pick from a quoted list, 「给王五」.
func TestReferencesAsCadresWriteThem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "report 2", c.say("陈二", "上报 桥上栏杆断了"), "已登记 #R2")
	expect(t, "report 3", c.say("陈二", "上报 垃圾桶满了没人收"), "已登记 #R3")
	expect(t, "full width", c.say("李四", "确认 #Ｒ３"), grid3+": #R3 已受理")
	expect(t, "3号", c.say("李四", "进展 3号 联系了保洁"), grid3+": #R3 进展已记录：联系了保洁")
	list := c.say("李四", "待办")
	expect(t, "待办", list, grid3+": 三组待办 3 件")
	quoted := "「网格小助手：" + strings.TrimPrefix(list[0], grid3+": ") + "」\n- - - - - - - - - - - - - - -\n"
	expect(t, "quoting a list asks which", c.say("李四", quoted+"确认"),
		grid3+": 您引用的消息里有好几件（#R1、#R2、#R3），请写上编号，例如：确认 #R1；或者写「确认 第二件」；几件都受理的，回「都确认」。")
	expect(t, "第二件 of the quoted list", c.say("李四", quoted+"确认 第二件"), grid3+": #R2 已受理")
	expect(t, "a number written while quoting", c.say("李四", quoted+"进展 #1 电工明天来"), grid3+": #R1 进展已记录")
	expect(t, "第3件 is #R3 when the list holds it", c.say("李四", quoted+"进展 第3件 保洁下午来"), grid3+": #R3 进展已记录：保洁下午来")
	expectLike(t, "several at once, one reply", c.say("李四", "办结 #R1、#R2 都修好了"),
		like{start: grid3 + ": #R1 已办结：修好了。", has: "\n#R2 已办结：修好了。"})
	expect(t, "report 4", c.say("张三", "上报 后山小路的护栏倒了"), "已登记 #R4")
	expect(t, "给王五 with a note", c.say("李四", "指派 #R4 给王五 今天去看看"), grid3+": #R4 已指派给王五")
	for _, rep := range c.reports() {
		if rep.ID == "R1" && rep.History[len(rep.History)-1].Note != "修好了" {
			t.Errorf("R1's note = %q", rep.History[len(rep.History)-1].Note)
		}
	}
}

// TestSeveralReferencesRetriedOnce: a retried message naming several
// reports changes each of them once.
func TestSeveralReferencesRetriedOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "report 2", c.say("陈二", "上报 桥上栏杆断了"), "已登记 #R2")
	m := bot.Message{ID: "wx-9", At: c.now.Add(time.Minute), Chat: grid3, From: "李四", Text: "进展 #R1 #R2 电工明天来"}
	for range 2 {
		if err := c.r.Handle(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	for _, rep := range c.reports() {
		if n := len(rep.History); n != 2 {
			t.Errorf("%s has %d history entries after a retried 进展, want 2", rep.ID, n)
		}
	}
}

// TestDeadEnds: a merge into a closed item or of an emergency into an
// ordinary one is refused; a command on a finished item says what is left
// to do; a bare 满意 with nothing to confirm says so.
func TestDeadEnds(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "nothing to accept", c.say("李四", "确认"), grid3+": 这里现在没有您能「确认」的事项")
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "reject", c.say("李四", "驳回 #R1 已经修了"), "#R1 不予受理")
	if got := c.say("陈二", "救命 河里有人落水了"); len(got) != 2 {
		t.Fatalf("emergency: %q", got)
	}
	expect(t, "into a rejected item", c.say("李四", "重复 #R2 #R1"), grid3+": #R1 已经「已驳回」，不能合并进去；请单独处理 #R2。")
	expect(t, "report 3", c.say("陈二", "上报 桥上栏杆断了"), "已登记 #R3")
	expect(t, "an emergency into an ordinary item", c.say("李四", "重复 #R2 #R3"), grid3+": #R2 是突发事件，不能合并到一般事项 #R3")
	expect(t, "report 4", c.say("张三", "上报 垃圾桶满了没人收"), "已登记 #R4")
	expect(t, "merge", c.say("李四", "重复 #R4 #R3"), grid3+": #R4 与 #R3 是同一件事，已合并")
	expect(t, "acting on the merged item", c.say("李四", "办结 #R4 已清运"), grid3+": #R4 现在是「已合并」，不能再「办结」了。它已合并到 #R3，请对 #R3 操作。")
	expect(t, "reopening a rejected item", c.say("张三", "未解决 #R1 根本没修"),
		grid3+": #R1 现在是「已驳回」，不能再回「未解决」了。这件事已经结束；还有问题请重新「上报」，或找网格长李四。")
	expect(t, "nothing to confirm", c.say("陈二", "满意"), grid3+": 您没有办结了等您确认的事项")
	expect(t, "merging into itself", c.say("李四", "重复 #R3 #R3"), grid3+": 请写上原来那件事的编号，例如：重复 #R3 #R1")
}

// TestThreatInAQuarrel: a threat from either party of a live dispute
// reaches the mediators privately, even from one who spoke before.
func TestThreatInAQuarrel(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "dispute", c.say("陈二", "上报 调解 张三家的牛把我家玉米踩了，他不肯赔"), "已登记 #R1（调解事项）")
	expect(t, "the other party", c.say("张三", "凭什么要我赔，你家玉米本来就不行"), "李四: 【调解提醒】#R1", "郑十: 【调解提醒】#R1", "张三: 张三，您刚才在群里说的（#R1）已转告")
	expect(t, "a threat from him", c.say("张三", "你敢来试试，我打断你的腿"),
		"李四: 【调解提醒·注意】#R1 的争执中张三说了狠话：「你敢来试试，我打断你的腿」", "郑十: 【调解提醒·注意】#R1")
	expect(t, "a threat from the reporter", c.say("陈二", "你等着，晚上烧了你家"), "李四: 【调解提醒·注意】#R1", "郑十: 【调解提醒·注意】#R1")
	expect(t, "more words, no threat", c.say("张三", "懒得跟你说"))
}

// TestSecondRound: what a second round of testing found — a private item
// and a group item are not merged; a merged item's reporter follows the
// original; every handler of a private item hears what another did; the
// duty chat hears an emergency went up; the township takes an item over
// once; a threat with no live quarrel reaches the leader, not a question;
// 我的事项 in the group lists the private items privately.
func TestSecondRound(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "private", c.private("陈二", "上报 隔壁老王家占了我家宅基地"), "陈二: 已登记 #R1", "李四: 【私信反映】", "郑十: 【私信反映·调解】")
	expect(t, "group", c.say("张三", "上报 宅基地的事老王不讲理"), "已登记 #R2")
	// said privately: the group does not learn #R1 is a private item
	expect(t, "no merge across", c.say("李四", "重复 #R2 #R1"), "李四: 私下反映的事项和群里的事项不能合并，请分别处理 #R2 和 #R1。", grid3+": 李四，已私信回复您。")
	// the group does not learn he told the bot something privately: the
	// same answer as for someone with nothing open, his list in private
	expect(t, "mine in the group", c.say("陈二", "我的事项"), grid3+": 您目前没有还没办完的事项。",
		"陈二: 您私下反映的还没办完的事项：\n#R1 待受理 隔壁老王家占了我家宅基地")

	expect(t, "report 3", c.say("王五", "上报 桥上栏杆断了"), "已登记 #R3")
	expect(t, "merge", c.say("李四", "重复 #R2 #R3"), grid3+": #R2 与 #R3 是同一件事，已合并")
	expect(t, "the merged item's reporter follows", c.say("张三", "我的事项"), grid3+": 您反映的还没办完的事项：\n#R3 待受理 桥上栏杆断了")

	got := c.say("陈二", "快来人 后山着火了，烟很大！！")
	if len(got) != 2 {
		t.Fatalf("emergency: %q", got)
	}
	expect(t, "an emergency goes up", c.say("李四", "上报镇 #R4 火太大需要镇里调消防"),
		officeChat+": 【网格上报】", grid3+": #R4 已上报镇", dutyChat+": 【青山村三组】#R4（突发事件）李四 上报镇：火太大需要镇里调消防")
	expect(t, "the township takes it", c.in(officeChat, "孙七", "确认 #R4"), officeChat+": #R4 镇里已接手", grid3+": #R4 镇里已接手", dutyChat+": 【青山村三组】#R4")
	expect(t, "once", c.in(officeChat, "孙七", "确认 #R4"), officeChat+": #R4 您已经接手了")

	expect(t, "a threat, no quarrel", c.say("张三", "再这样我弄死你"), "李四: 【注意】「青山村三组网格群」里张三说了狠话：「再这样我弄死你」")
}

// TestRepliesWordedForWhoReadsThem: a reply names or @mentions the
// reporter only where he reads it. The office chat, which he is not in,
// hears of him; his grid group @mentions him; a leader answered in
// private is not spoken to as if he were the reporter, and the reporter's
// own private copy says 您.
func TestRepliesWordedForWhoReadsThem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a mediation", c.say("陈二", "上报 调解 张三家的牛把我家玉米踩了，他不肯赔"), "已登记 #R1")
	expect(t, "went up", c.say("李四", "上报镇 #R1 双方分歧大"), officeChat+": 【网格上报】", grid3+": #R1 已上报镇")
	expect(t, "the township takes it", c.in(officeChat, "孙七", "确认 #R1 司法所周三去"),
		officeChat+": #R1 镇里已接手：由孙七负责协调，李四、郑十配合，预计3月9日前办结。\n孙七：司法所周三去\n办好后请回复「办结 #R1 结果」，我会告诉报告人陈二。",
		// a mediation's note is not the group's (TestMediationTakeoverNoteStaysOutOfTheGroup)
		grid3+": #R1 镇里已接手：由孙七负责协调，李四、郑十配合，预计3月9日前办结。\n陈二、张三，孙七会听两边的说法，约双方当面谈，请等通知；有话当面说，不要在群里争吵。") // both sides (med82)
	expect(t, "the township assigns a grid worker", c.in(officeChat, "孙七", "指派 #R1 王五"),
		officeChat+": #R1 已指派给王五，现由李四、郑十、孙七、王五负责。已通知王五跟进，办好后由负责人回复「办结 #R1 处理情况」。",
		grid3+": #R1 已指派给王五，现由李四、郑十、孙七、王五负责。@王五\u2005请跟进")
	got := c.in(officeChat, "孙七", "办结 #R1 赔了200")
	expect(t, "the township resolves it", got,
		officeChat+": #R1 已办结：赔了200。\n已请报告人陈二确认，陈二回复后会告诉负责人。\n网格群里没说具体内容；已私信告知陈二、张三",
		grid3+": #R1（调解事项）已办结（镇里孙七），详情已私信告知当事人。\n@陈二\u2005请确认：解决了回复「满意 #R1」，没解决请私信我「未解决 #R1 原因」。",
		"陈二: 【调解事项】#R1「张三家的牛把我家玉米踩了，他不肯赔」已办结，孙七：赔了200\n请您确认：解决了回复「满意 #R1」",
		"张三: 【调解事项】#R1「张三家的牛把我家玉米踩了，他不肯赔」已办结，孙七：赔了200", "李四: ", "郑十: ", "王五: ")
	expect(t, "the villager reopens it in private", c.private("陈二", "未解决 #R1 他还是不赔"),
		"陈二: #R1 已重新打开：他还是不赔。\n已告诉负责人李四、郑十、孙七、王五继续处理，办好后会告诉您。\n网格群里没说具体内容。",
		grid3+": #R1（调解事项）当事人说还没解决，已重新打开（陈二），详情已私信告知负责人。\n@李四\u2005@郑十\u2005@王五\u2005请继续处理",
		// the officer who took it over reads it in the office chat, not
		// twice (TestTownshipHearsHowItEnds)
		"张三: ", "李四: ", "郑十: ", "王五: ",
		officeChat+": 【青山村三组】#R1（调解事项）陈二 未解决")

	expect(t, "a private report", c.private("张三", "上报 我家门口的水管漏水了"), "张三: 已登记 #R2", "李四: 【私信反映】")
	expect(t, "the leader accepts in private", c.private("李四", "确认 #R2"),
		"李四: #R2 已受理，由李四负责，预计3月5日前办结。\n办好后请回复「办结 #R2 结果」，我会告诉报告人张三。",
		"张三: #R2 已受理，由李四负责，预计3月5日前办结。\n办好后会告诉您。")
	got = c.private("李四", "办结 #R2 换了接头")
	expect(t, "the leader resolves in private", got,
		"李四: #R2 已办结：换了接头。\n已请报告人张三确认，张三回复后会告诉您。",
		"张三: #R2 已办结：换了接头。\n请您确认：解决了回复「满意 #R2」，没解决回复「未解决 #R2 原因」。")
	for _, o := range got {
		if strings.Contains(o, "@") {
			t.Errorf("a private reply @mentions: %q", o)
		}
	}
}

// TestRepliesWordedForTheHandlerHimself: told privately of his own step,
// the leader who handles an item is not pointed to "负责人" or "网格长"
// as if that were someone else: he is 您. The reporter's copy still
// names him.
func TestRepliesWordedForTheHandlerHimself(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a private report", c.private("张三", "上报 我家门口的水管漏水了"), "张三: 已登记 #R1", "李四: 【私信反映】")
	expect(t, "accepted", c.private("李四", "确认 #R1"), "李四: #R1 已受理", "张三: #R1 已受理")
	expectLike(t, "resolved", c.private("李四", "办结 #R1 换了接头"),
		like{start: "李四: #R1 已办结：换了接头。", end: "已请报告人张三确认，张三回复后会告诉您。"},
		like{start: "张三: #R1 已办结：换了接头。", has: "请您确认"})
	expectLike(t, "he takes his 办结 back", c.private("李四", "未解决 #R1 还在滴水"),
		like{start: "李四: #R1 已重新打开：还在滴水。", end: "请您继续处理，办好后回复「办结 #R1」。", lacks: "负责人"},
		like{start: "张三: #R1 已重新打开", has: "李四"})

	expect(t, "another private report", c.private("张三", "上报 村口垃圾堆了好几天没人收"), "张三: 已登记 #R2", "李四: 【私信反映】")
	expectLike(t, "rejected", c.private("李四", "驳回 #R2 不归网格管"),
		like{start: "李四: #R2 不予受理：不归网格管。", end: "已告诉报告人张三。", lacks: "网格长"},
		like{start: "张三: #R2 不予受理：不归网格管。", end: "不知道该找谁办的，可以问李四；没说清楚的，补充详情后可以重新「上报」。"})
}

// TestCourtesyBeforeACommand: "收到，确认 #R1", as officers and leaders
// write it, acts; it was taken for a 收到 and silently dropped.
func TestCourtesyBeforeACommand(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("陈二", "上报 村头的桥栏杆断了"), "已登记 #R1")
	expect(t, "went up", c.say("李四", "上报镇 #R1 需要镇里出钱"), officeChat+": 【网格上报】", grid3+": #R1 已上报镇")
	expect(t, "the township takes it", c.in(officeChat, "孙七", "收到，确认 #R1"), officeChat+": #R1 镇里已接手", grid3+": #R1 镇里已接手")
	expect(t, "the township resolves it", c.in(officeChat, "孙七", "好的！办结 #R1 已拨款修好"), officeChat+": #R1 已办结：已拨款修好", grid3+": #R1 已办结")
}

// TestAssignKeepsTheLeader: 指派 adds the grid worker to the item; the
// grid leader stays accountable, so a reopen @mentions both and the
// office's acceptance lists both. A second 指派 replaces the worker named
// before, not the leader.
func TestAssignKeepsTheLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "assign", c.say("李四", "指派 #R1 王五"),
		grid3+": #R1 已指派给王五，现由李四、王五负责，预计3月5日前办结。@王五\u2005请跟进，办好后回复「办结 #R1 处理情况」。")
	expect(t, "the worker resolves", c.say("王五", "办结 #R1 灯泡换好了"), grid3+": #R1 已办结")
	expect(t, "the reporter reopens", c.say("张三", "未解决 #R1 还是不亮"),
		grid3+": #R1 已重新打开：还是不亮。\n@李四\u2005@王五\u2005请继续处理")
	expect(t, "went up", c.say("李四", "上报镇 #R1 要换线路"), officeChat+": 【网格上报】", grid3+": #R1 已上报镇")
	expect(t, "the township takes it", c.in(officeChat, "孙七", "确认 #R1"),
		officeChat+": #R1 镇里已接手：由孙七负责协调，李四、王五配合", grid3+": #R1 镇里已接手：由孙七负责协调，李四、王五配合")

	expect(t, "another", c.say("张三", "上报 路上有个坑"), "已登记 #R2")
	expect(t, "assign", c.say("李四", "指派 #R2 王五"), grid3+": #R2 已指派给王五，现由李四、王五负责，预计3月5日前办结。")
	expect(t, "assign again", c.say("李四", "指派 #R2 郑十"),
		grid3+": #R2 已改派给郑十（王五不再负责），现由李四、郑十负责，预计3月5日前办结。@郑十\u2005请跟进")
	expect(t, "the worker replaced may not resolve it", c.say("王五", "办结 #R2 好了"),
		grid3+": 抱歉，「办结」需要本网格的网格长或这件事的负责人")
	expect(t, "the leader still may", c.say("李四", "办结 #R2 填平了"), grid3+": #R2 已办结")
}

// TestDeadlinesSayTheTime: a deadline today or tomorrow says its time
// (期限今天09:02, not the bare date, which hides an emergency's hours), in
// 查 and 待办; one further off stays a date. An emergency's acceptance
// names no deadline (a day off, "预计明天…前办结" reads as no hurry): it
// asks for action now and word from the scene.
func TestDeadlinesSayTheTime(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "emergency", c.say("陈二", "快来人 后山着火了，烟很大！！"), dutyChat+": 【突发事件】", grid3+": ")
	expect(t, "accepted", c.say("李四", "确认 #R1"), grid3+": #R1 已受理，由李四负责。紧急情况请立即处置，现场情况随时回复「进展 #R1 情况」。", dutyChat+": ")
	expect(t, "a report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R2")
	expect(t, "accepted", c.say("李四", "确认 #R2"), grid3+": #R2 已受理，由李四负责，预计3月5日前办结。")
	c.now = c.now.Add(16 * time.Hour) // after midnight
	expect(t, "查", c.say("张三", "查 #R1"), grid3+": #R1 突发事件·已受理\n内容：快来人 后山着火了，烟很大！！\n报告人：陈二，昨天09:01\n负责人：李四，期限今天09:02\n最新：昨天09:02 李四 受理")
	expect(t, "待办", c.say("李四", "待办"),
		grid3+": 三组待办 2 件：\n#R1 已受理 快来人 后山着火了，烟很大！！（李四，期限今天09:02）\n#R2 已受理 村口路灯不亮了（李四）\n")
	c.now = c.now.Add(24 * time.Hour)
	expect(t, "overdue in 待办", c.say("李四", "待办"),
		grid3+": 三组待办 2 件：\n#R1 已受理 快来人 后山着火了，烟很大！！（李四，已超期，期限昨天09:02）\n#R2 已受理 村口路灯不亮了（李四，期限明天09:04）\n")
}

// TestStatusSaysWhenToday: 查 says the time of what happened today or
// yesterday (办结 at 14:30 is "今天14:30", not a bare date that hides
// whether it was this morning); older events keep their date. A resolved
// item waits for its reporter: it shows no deadline.
func TestStatusSaysWhenToday(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "accepted", c.say("李四", "确认 #R1"), "#R1 已受理")
	c.now = c.now.Add(2 * 24 * time.Hour)
	expect(t, "resolved", c.say("李四", "办结 #R1 换了新灯泡"), "#R1 已办结")
	expect(t, "查 the same day", c.say("陈二", "查 #R1"),
		grid3+": #R1 一般事项·已办结待确认\n内容：村口路灯不亮了\n报告人：张三，3月2日\n负责人：李四\n最新：今天09:03 李四 办结：换了新灯泡")
	c.now = c.now.Add(24 * time.Hour)
	expect(t, "查 the day after", c.say("陈二", "查 #R1"), "\n最新：昨天09:03 李四 办结：换了新灯泡")
	c.now = c.now.Add(24 * time.Hour)
	expect(t, "查 later", c.say("陈二", "查 #R1"), "\n最新：3月4日 李四 办结：换了新灯泡")
}

// TestProgressPromisesADate: 「预计3月6日前办结」 in a 进展 note makes the
// end of that day, in the configured zone, the item's deadline: no
// reminder before; a day gone by changes nothing and says so.
func TestProgressPromisesADate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a report", c.say("张三", "上报 村东头水渠堵了"), "已登记 #R1")
	expect(t, "accepted", c.say("李四", "确认 #R1"), "预计3月5日前办结")
	expect(t, "a promise", c.say("李四", "进展 #R1 已联系挖机，预计3月10日前办结"),
		grid3+": #R1 进展已记录：已联系挖机，预计3月10日前办结\n办结期限改为3月10日当天24点前，过了还没办结会提醒；按期办结仍按规定期限3月5日算。\n可发「查 #R1」看全部记录。")
	rep := c.reports()[0]
	if got, want := rep.DueAt.In(at.Location()).Format("2006-01-02 15:04:05"), "2026-03-10 23:59:59"; got != want {
		t.Errorf("deadline %s, want %s", got, want)
	}
	expect(t, "a day gone by", c.say("李四", "进展 #R1 挖机来了，3月1日前办结"),
		grid3+": #R1 进展已记录：挖机来了，3月1日前办结\n3月1日已经过了，办结期限没有改，还是3月10日；")
	if got := c.reports()[0].DueAt; !got.Equal(rep.DueAt) {
		t.Errorf("a past day moved the deadline to %v", got)
	}
	expect(t, "a plain note", c.say("李四", "进展 #R1 明天来修"), grid3+": #R1 进展已记录：明天来修\n可发「查 #R1」看全部记录。")
}

// TestAcceptPromisesADate: a day promised in 确认's note (or in the
// words a cadre takes a fresh report on with) is the deadline, as in a
// 进展 note; words without a day leave the SLA's.
func TestAcceptPromisesADate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a report", c.say("张三", "上报 村东头水渠堵了"), "已登记 #R1")
	expect(t, "accepted with a day", c.say("李四", "确认 #R1 挖机3月10日前来"), "#R1 已受理，由李四负责，预计3月10日前办结。")
	if got, want := c.reports()[0].DueAt.In(at.Location()).Format("2006-01-02 15:04:05"), "2026-03-10 23:59:59"; got != want {
		t.Errorf("deadline %s, want %s", got, want)
	}
	expect(t, "another report", c.say("陈二", "上报 我家门口水管漏水"), "已登记 #R2")
	expect(t, "taken on in plain words with a day", c.say("李四", "收到 3月8日前去修"), "按李四的回复，#R2 已受理，由李四负责，预计3月8日前办结。")
	expect(t, "a third report", c.say("张三", "上报 后山垃圾没人清"), "已登记 #R3")
	expect(t, "no day: the SLA's", c.say("李四", "确认 #R3 明天去"), "预计3月5日前办结")
}

// TestQuoteTheVillagersMessage: a leader quotes the villager's own message
// (not the bot's) and types 确认 or 指派: the open report that message
// filed is meant. A quote that filed nothing, or is too short to tell, is
// no reference.
func TestQuoteTheVillagersMessage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "report 2", c.say("陈二", "上报 后山那条路上有个大坑，车都过不去"), "已登记 #R2")
	quoting := func(from, name, quoted, text string) []string {
		return c.send(bot.Message{Chat: grid3, From: from, Text: text, Quote: &bot.Quote{Name: name, Text: quoted}})
	}
	expect(t, "accept", quoting("李四", "张三", "上报 村口路灯不亮了", "确认"), "#R1 已受理，由李四负责")
	expect(t, "assign", quoting("李四", "陈二", "上报 后山那条路上有个大坑，车都过不去", "指派 王五"), "#R2 已指派给王五")
	expect(t, "a message that filed nothing", quoting("李四", "王五", "大家注意安全", "确认"), "这里现在没有您能「确认」的事项")
	expect(t, "an explicit number wins", quoting("李四", "张三", "上报 村口路灯不亮了", "办结 #R2 填好了"), "#R2 已办结：填好了")
	c.firstStatus(village.StatusAccepted)
}

// TestStatusShowsARunningDeadlineOnly: 查 shows the deadline while the
// clock runs; once resolved (waiting for the reporter) or paused (等待)
// there is no deadline to show, where 「期限3月5日」 used to stand under a
// finished item.
func TestStatusShowsARunningDeadlineOnly(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, step := range []struct{ from, text, want string }{
		{"张三", "上报 村口路灯不亮了", "已登记 #R1"},
		{"李四", "确认 #R1", "#R1 已受理"},
		{"张三", "查 #R1", "负责人：李四，期限"},
		{"李四", "等待 #R1 等电工买灯泡", "#R1"},
		{"张三", "查 #R1", "负责人：李四，今天09:04起暂停计时，接着办时期限顺延\n最新：今天09:04 李四 暂停计时"}, // the reason is in the status, once (reports49)
		{"李四", "进展 #R1 灯泡买到了", "#R1 进展已记录"},
		{"李四", "办结 #R1 修好了", "#R1 已办结"},
		{"张三", "查 #R1", "负责人：李四\n"},
	} {
		got := c.say(step.from, step.text)
		expect(t, step.text, got, step.want)
		if strings.HasSuffix(step.want, "\n") && strings.Contains(strings.Join(got, ""), "期限") {
			t.Errorf("%s: %q, want the handler without a deadline", step.text, got)
		}
	}
}

// TestStatusWhilePaused: while an item waits for the villager (等待), 查
// says its clock is stopped, not a deadline that no longer holds; once it
// goes on, the deadline is moved on by the pause.
func TestStatusWhilePaused(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a report", c.say("张三", "上报 想申请低保，需要什么材料"), "已登记 #R1")
	expect(t, "accepted", c.say("李四", "确认 #R1"), "#R1 已受理")
	expect(t, "paused", c.say("李四", "等待 #R1 等村民补交户口本"), "#R1 已暂停计时")
	c.now = c.now.Add(48 * time.Hour)
	got := c.say("陈二", "查 #R1")
	expect(t, "查 while paused", got, "\n负责人：李四，3月2日起暂停计时，接着办时期限顺延\n")
	if strings.Contains(got[0], "期限3月") {
		t.Errorf("查 while paused shows a deadline: %s", got[0])
	}
	expect(t, "going on", c.say("李四", "进展 #R1 户口本交来了"), "#R1 进展已记录")
	expect(t, "查 after", c.say("陈二", "查 #R1"), "\n负责人：李四，期限3月14日\n")
}

// TestProgressPromiseLimit: a promised day may move the deadline at most
// sla.promise_limit (7d) past the SLA's; a later one is refused politely,
// with the limit and what to do instead. A later promise within the
// limit is a 改期, which 查 shows with the SLA's deadline.
func TestProgressPromiseLimit(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a report", c.say("张三", "上报 村东头水渠堵了"), "已登记 #R1")
	expect(t, "accepted", c.say("李四", "确认 #R1"), "预计3月5日前办结")
	expect(t, "a promise", c.say("李四", "进展 #R1 已联系挖机，三月十日前办结"), "\n办结期限改为3月10日当天24点前")
	expect(t, "too far", c.say("李四", "进展 #R1 挖机坏了，下周五前办结"),
		grid3+": #R1 进展已记录：挖机坏了，下周五前办结\n办结期限最多只能延到3月12日（规定期限3月5日后7天），3月13日太晚了，期限没有改，还是3月10日。\n"+
			"要更长时间的，请发「上报镇 #R1 原因」请镇里协调；在等村民的，请发「等待 #R1 原因」暂停计时。\n可发「查 #R1」看全部记录。")
	if got := c.reports()[0].DueAt.In(at.Location()).Format("01-02 15:04"); got != "03-10 23:59" {
		t.Errorf("a day too far moved the deadline to %s", got)
	}
	expect(t, "put off", c.say("李四", "进展 #R1 换了挖机，3月12号前办结"),
		"\n办结期限从3月10日改期到3月12日当天24点前，过了还没办结会提醒；按期办结仍按规定期限3月5日算，镇里看得到改期。\n")
	expect(t, "查", c.say("陈二", "查 #R1"), "\n负责人：李四，期限3月5日，承诺3月12日前，改期1次\n")
	expect(t, "the same day again", c.say("李四", "进展 #R1 在挖了，3月12日前办结"), "\n办结期限改为3月12日当天24点前")
	if got := c.reports()[0].Promises; got != 2 {
		t.Errorf("the same day promised again counts as %d promises, want 2", got)
	}
	expect(t, "escalated", c.say("李四", "上报镇 #R1 挖机进不去，请镇里协调"), "#R1", "#R1")
	if rep := c.reports()[0]; rep.Promised() || rep.Promises != 0 {
		t.Errorf("上报镇 kept the promise: SLA due %v, %d promises", rep.SLADue, rep.Promises)
	}
}

// accepted has from file text in the grid group as #R1 and its leader
// 李四 accept it.
func (c *chat) accepted(from, text string) {
	c.t.Helper()
	expect(c.t, "report", c.say(from, text), "已登记 #R1")
	expect(c.t, "accept", c.say("李四", "确认 #R1"), "#R1 已受理")
}

// TestCommandsNeedTheirNote: 上报镇 without a reason, 办结 without a
// result and 未解决 without what is still wrong are not acted on: the
// township, the reporter and the handler need that text; the sender is
// shown how to write it.
func TestCommandsNeedTheirNote(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口路灯不亮了")
	expect(t, "上报镇 without a reason", c.say("李四", "上报镇 #R1"),
		grid3+": 请写上上报的原因（镇里据此协调），例如：上报镇 #R1 涉及两个组，村里协调不了。")
	c.firstStatus(village.StatusAccepted)
	expect(t, "办结 without a result", c.say("李四", "办结 #R1。"),
		grid3+": 请写上办理结果，例如：办结 #R1 已换新灯泡，路灯亮了。")
	c.firstStatus(village.StatusAccepted)
	expect(t, "办结 with its result", c.say("李四", "办结 #R1 换了新灯泡"), "#R1 已办结：换了新灯泡")
	expect(t, "未解决 without what is wrong", c.say("张三", "未解决 #R1"),
		grid3+": 请写上还有什么没解决，例如：未解决 #R1 路灯还是不亮。")
	expect(t, "a bare 不满意", c.say("张三", "不满意"),
		grid3+": 请写上还有什么没解决，例如：不满意 #R1 路灯还是不亮。")
	c.firstStatus(village.StatusResolved)
	expect(t, "未解决 with what is wrong", c.say("张三", "未解决 #R1 还是一闪一闪的"), "#R1 已重新打开：还是一闪一闪的")
	expect(t, "办结 of a closed item says it is closed", c.say("李四", "驳回 #R1 重复反映"), "#R1 不予受理")
	expect(t, "bare 办结 on a rejected item", c.say("李四", "办结 #R1"), "#R1 现在是「已驳回」")
}

// TestLeaderAfterEscalation: once an item went up, the grid leader's
// 「确认」 is not a bare refusal: he hears the township takes it over and
// what he still can do with it.
func TestLeaderAfterEscalation(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口路灯不亮了")
	expect(t, "went up", c.say("李四", "上报镇 #R1 要换线路，村里没钱"), officeChat+": 【网格上报】", grid3+": #R1 已上报镇")
	expect(t, "the leader's 确认", c.say("李四", "确认 #R1"),
		grid3+": #R1 已上报镇，等镇干部确认接手，网格不用再「确认」。您仍可以：「指派」「进展」「办结」，例如：进展 #R1 已陪镇里的人到现场看过。")
	expect(t, "a villager's 确认 is still refused", c.say("陈二", "确认 #R1"), grid3+": 抱歉，「确认」需要镇干部")
}

// TestOfficerTakesChargeOfAnEmergency: a township officer who confirms an
// emergency in the duty chat takes charge of it alongside the grid
// leader: he joins its handlers and the reply says so.
func TestOfficerTakesChargeOfAnEmergency(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "快来人 后山着火了，烟很大！！")
	if len(got) != 2 || !strings.HasPrefix(got[0], dutyChat) {
		t.Fatalf("emergency: %q", got)
	}
	expect(t, "the duty officer confirms", c.in(dutyChat, "孙七", "确认 #R1"),
		dutyChat+": #R1 镇里已接手：由孙七负责协调，李四配合", grid3+": #R1 镇里已接手：由孙七负责协调，李四配合")
	if h := c.reports()[0].Handlers; !slices.Contains(h, "孙七") || !slices.Contains(h, "李四") {
		t.Errorf("R1 handlers %q, want 李四 and 孙七", h)
	}
	expect(t, "the leader confirms on the scene", c.say("李四", "确认 #R1"), grid3+": #R1 现在是「已受理」")
	expect(t, "the officer may resolve it", c.in(dutyChat, "孙七", "办结 #R1 火已扑灭，无人受伤"), dutyChat+": #R1 已办结", grid3+": #R1 已办结")

	expect(t, "another emergency", c.say("陈二", "快来人 河边有人落水了"), dutyChat+": 【突发事件】", grid3+": @李四")
	expect(t, "the leader confirms first", c.say("李四", "确认 #R2"), grid3+": #R2 已受理，由李四负责", dutyChat+": 【青山村三组】#R2")
	expect(t, "the duty officer joins it", c.in(dutyChat, "孙七", "确认 #R2"),
		dutyChat+": #R2 镇里已接手：由孙七负责协调，李四配合", grid3+": #R2 镇里已接手：由孙七负责协调，李四配合")
	expect(t, "once", c.in(dutyChat, "孙七", "确认 #R2"), dutyChat+": #R2 现在是「已受理」")
}

// TestReporterDoesNotHandleHisOwnItem: 指派 does not make the reporter, or
// someone of his household, the handler of his own item, and a handler
// who reported it himself may not 办结 it: the one who resolves is never
// the one who confirms. A villager who is no grid worker may still be
// assigned (the village electrician); the grid leader answers for it.
func TestReporterDoesNotHandleHisOwnItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	expect(t, "assign the reporter", c.say("李四", "指派 #R1 张三"),
		grid3+": #R1 是张三反映的，不能指派给张三本人或家里人：办结的人和确认满意的人不能是一家。请指派网格员或别的人，例如：指派 #R1 王五。")
	expect(t, "assign his son", c.say("李四", "指派 #R1 张明"), grid3+": #R1 是张三反映的，不能指派给张明")
	expect(t, "so he may not resolve it", c.say("张三", "办结 #R1 我自己修好了"), grid3+": #R1 是您反映的，不能自己办结。")
	c.firstStatus(village.StatusNew)
	expect(t, "a villager electrician may be assigned", c.say("李四", "指派 #R1 雷志明"), grid3+": #R1 已指派给雷志明，现由李四、雷志明负责，预计3月5日前办结。")
	expect(t, "and resolve it", c.say("雷志明", "办结 #R1 换了灯泡"), grid3+": #R1 已办结：换了灯泡")

	expect(t, "the mediator's own quarrel", c.say("郑十", "上报 调解 张三家的狗把我家鸡咬死了"), "已登记 #R2")
	expect(t, "he may not resolve it", c.say("郑十", "办结 #R2 他赔了"), grid3+": #R2 是您反映的，不能自己办结。办好了请告诉李四，由网格长办结后您再回复「满意 #R2」。")
	expect(t, "the leader may", c.say("李四", "办结 #R2 张三赔了50元"), "李四: #R2 已办结", grid3+": #R2（调解事项）已办结", "郑十: ", "张三: ")
}

// TestLeaderInAnotherGridsGroup: a leader's command about his grid's report
// typed in another grid's group is answered there and in the report's own
// group; a privately reported item is answered privately, and that group
// hears nothing of it.
func TestLeaderInAnotherGridsGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	const g1 = "青山村一组网格群"
	c.say("张三", "上报 村口路灯不亮了")
	expect(t, "accept from group 1", c.in(g1, "李四", "确认 #R1"),
		g1+": #R1 已受理，由李四负责", grid3+": #R1 已受理，由李四负责，预计3月5日前办结。\n张三，办好后会告诉您。")
	c.private("陈二", "上报 我家隔壁老王家天天吵架打孩子")
	for _, text := range []string{"查 #R2", "确认 #R2", "进展 #R2 已上门了解", "办结 #R2 已调解"} {
		got := c.in(g1, "李四", text)
		has(t, text, got, "李四: #R2", g1+": 李四，已私信回复您。")
		for _, o := range got {
			if (strings.HasPrefix(o, g1) || strings.HasPrefix(o, grid3)) && (strings.Contains(o, "吵架") || strings.Contains(o, "陈二")) {
				t.Errorf("%s: a private report shows in a group: %q", text, o)
			}
		}
	}
}

// TestEmergencyAsksTheLeaderWhatFits: the group reply asks the grid leader
// for what the kind of emergency needs: a search for a missing person,
// not a scene to guard.
func TestEmergencyAsksTheLeaderWhatFits(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "我家老爷子早上出去到现在没回来，手机也打不通，找不到了")
	has(t, "missing", got, "请网格长立即组织人手分头寻找，开始找后回复「确认 #R1」")
	lacks(t, "missing", got, "保护好现场")
	has(t, "fire", c.say("张三", "快来人 后山着火了，烟很大！！"), "请网格长立即赶到现场、组织疏散，到场后回复「确认 #R2」")
}

// TestMediationNotesStayOutOfTheGroup: who agreed to pay what in a
// neighbours' quarrel is not for the whole group, wherever the mediator,
// leader or officer records it (the group, privately, the office chat):
// the group hears one line that there is news, its parties (the
// reporter, the neighbour the report names) hear the note privately, a
// party without WeChat through his grid worker, the other handlers too;
// the one who wrote it is told whom the bot wrote to. Cadres still read
// it all in 查.
func TestMediationNotesStayOutOfTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a quarrel filed in the group", c.say("陈二", "上报 调解 王奶奶家的狗把我家鸡咬死了，她不肯赔"), grid3+": 已登记 #R1（调解事项")
	c.say("李四", "确认 #R1")
	const note = "王奶奶同意赔30块，陈二嫌少"
	got := c.say("李四", "进展 #R1 "+note)
	expect(t, "the leader records it in the group", got,
		"李四: #R1 进展已记录："+note+"\n可发「查 #R1」看全部记录。\n网格群里没说具体内容；已私信告知陈二、王奶奶（没加我微信的收不到，请当面或电话转告）。\n您这条是在群里写的，原话大家已看到；调解的具体情况以后私信我记，群里就不会出现。",
		grid3+": #R1（调解事项）有新进展，详情已私信告知当事人。",
		"陈二: 【调解事项】#R1「王奶奶家的狗把我家鸡咬死了，她不肯赔」有新进展，李四："+note,
		"王五: 【请转告】王奶奶不用微信，请打电话（",
		"郑十: 【青山村三组】#R1（调解事项）李四 进展："+note)
	has(t, "the party without WeChat", got, "【调解事项】#R1「王奶奶家的狗把我家鸡咬死了，她不肯赔」有新进展，李四："+note)
	for _, o := range got {
		if strings.HasPrefix(o, "王五: 【请转告】") && (strings.Contains(o, "私信") || strings.Contains(o, "查 #")) {
			t.Errorf("the note read out to a party without WeChat tells him to use WeChat: %q", o)
		}
	}
	has(t, "the party without WeChat is told how to ask", got, "有疑问请找李四、郑十，可以请网格员帮忙联系。调解的事请当面或电话说，不要在群里说。")
	for _, o := range got {
		if strings.HasPrefix(o, grid3) && strings.Contains(o, "30") {
			t.Errorf("the group hears the note: %q", o)
		}
	}
	expect(t, "the mediator records it privately", c.private("郑十", "进展 #R1 约了周六两家再谈"),
		"郑十: #R1 进展已记录：约了周六两家再谈",
		grid3+": #R1（调解事项）有新进展（郑十），详情已私信告知当事人。",
		"陈二: 【调解事项】#R1「王奶奶家的狗把我家鸡咬死了，她不肯赔」有新进展，郑十：约了周六两家再谈", "王五: 【请转告】王奶奶", "李四: 【青山村三组】#R1（调解事项）郑十 进展：约了周六两家再谈")
	expect(t, "the resolution", c.private("郑十", "办结 #R1 王奶奶赔了50块，两家和好"),
		"郑十: #R1 已办结：王奶奶赔了50块，两家和好。\n已请报告人陈二确认",
		grid3+": #R1（调解事项）已办结（郑十），详情已私信告知当事人。\n@陈二\u2005请确认：解决了回复「满意 #R1」，没解决请私信我「未解决 #R1 原因」。",
		"陈二: 【调解事项】#R1「王奶奶家的狗把我家鸡咬死了，她不肯赔」已办结，郑十：王奶奶赔了50块，两家和好\n请您确认", "王五: 【请转告】王奶奶", "李四: 【青山村三组】#R1")
	has(t, "a cadre's 查", c.private("王五", "查 #R1"), "王五: #R1 调解事项·已办结待确认", "最新：", "郑十 办结：王奶奶赔了50块")
	// an ordinary item's notes are still the group's
	c.say("张三", "上报 村口路灯不亮了")
	c.say("李四", "确认 #R2")
	expect(t, "a general item", c.private("李四", "进展 #R2 已联系电工"), "李四: #R2 进展已记录：已联系电工", grid3+": #R2 进展已记录（李四）：已联系电工")
	// waiting for a party is his business too
	c.say("陈二", "上报 调解 王奶奶家的鸡天天进我家院子刨菜，她不肯关")
	c.say("李四", "确认 #R3")
	expect(t, "paused in the group", c.say("李四", "等待 #R3 王奶奶儿子下周回来再谈"),
		"李四: #R3 已暂停计时，等待村民：王奶奶儿子下周回来再谈", grid3+": #R3（调解事项）暂停计时，等当事人，详情已私信告知当事人。",
		"陈二: 【调解事项】#R3「王奶奶家的鸡天天进我家院子刨菜，她不肯关」暂停计时，李四：王奶奶儿子下周回来再谈\n有疑问请找李四、郑十", "王五: 【请转告】王奶奶", "郑十: ")
}

// TestAnswerPassedOnByLeader: the villager the bot cannot write to has
// the grid's 网格长 李四 as his 责任网格员: the group hears 网格长李四
// brings the answer.
func TestAnswerPassedOnByLeader(t *testing.T) {
	cfg, dir := exampleVillage(t, village.Person{Name: "孙大", Village: "青山村", Household: "QS-396", Relation: "户主", Grid: "三组",
		Phone: "13900000096", UsesWeChat: true, Caretaker: "李四", Roles: []village.Role{village.RoleVillager}})
	c := chatUnwritableOf(t, cfg, dir, "孙大")
	expect(t, "a mediation in the group", c.say("孙大", "上报 调解 陈二家的牛把我家玉米踩了，他不肯赔"), grid3+": 已登记 #R1（调解事项")
	got := c.say("孙大", "查 #R1")
	expect(t, "his 查", got, "李四: 【请转告】", grid3+": 孙大，详情不在群里说，已请网格长李四转告您。")
}

// TestAnswerPassedOnToWhomTheBotCannotWrite: a villager whom the bot
// account cannot write to privately (no friend of it) asks in the group
// about his mediation: the answer goes to his grid worker to pass on, and
// the group hears who will bring it, not that he was written to.
func TestAnswerPassedOnToWhomTheBotCannotWrite(t *testing.T) {
	c := chatUnwritable(t, "张三")
	expect(t, "a mediation in the group", c.say("张三", "上报 调解 陈二家的牛把我家玉米踩了，他不肯赔"), grid3+": 已登记 #R1（调解事项")
	got := c.say("张三", "查 #R1")
	expect(t, "his 查", got,
		"王五: 【请转告】机器人还不是张三的微信好友，私信发不到，请打电话",
		grid3+": 张三，详情不在群里说，已请网格员王五转告您。")
	has(t, "the worker's copy", got, "#R1 调解事项")
	expect(t, "a friend's 查", c.say("陈二", "查 #R1"), "陈二: #R1 调解事项", grid3+": 陈二，已私信回复您。")
}

// TestProgressAfterPauseSaysTheDeadline: a 进展 on an item paused with 等待
// says that the clock runs again and the deadline the pause moved, so the
// handler knows by when it is now due.
func TestProgressAfterPauseSaysTheDeadline(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口桥边的栏杆断了两根")
	c.say("李四", "确认 #R1")
	expect(t, "paused", c.say("李四", "等待 #R1 等村里买了钢管再焊"), "#R1 已暂停计时")
	c.now = c.now.Add(48 * time.Hour)
	expect(t, "resumed", c.say("李四", "进展 #R1 钢管买回来了，明天焊"),
		grid3+": #R1 进展已记录：钢管买回来了，明天焊\n已恢复计时，办结期限顺延到3月7日。")
	expect(t, "a 进展 with the clock running says no more", c.say("李四", "进展 #R1 焊好一半了"), grid3+": #R1 进展已记录：焊好一半了\n可发")
}

// TestEmergencyNeverPaused: an emergency is not paused with 等待 (the
// duty chat follows it to its end, and 等待村民 means nothing for a
// fire): the reply says so and what to send instead; the clock runs on.
func TestEmergencyNeverPaused(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "快来人 后山着火了，烟很大！！")
	expect(t, "accepted", c.say("李四", "确认 #R1"), "#R1 已受理", dutyChat+": ")
	got := c.say("李四", "等待 #R1 等消防车")
	expect(t, "等待 an emergency", got, "#R1 是突发事件，不暂停计时")
	expect(t, "what to send instead", got, "「进展 #R1 等消防车」")
	if strings.Contains(strings.Join(got, ""), "等待村民") || strings.Contains(strings.Join(got, ""), "已暂停计时") {
		t.Errorf("an emergency paused:\n%s", strings.Join(got, "\n"))
	}
	c.firstStatus(village.StatusAccepted)
	got = c.in(dutyChat, "孙七", "等待 #R1 等家属")
	expect(t, "an officer's 等待", got, "#R1 是突发事件，不暂停计时")
	c.firstStatus(village.StatusAccepted)
	got = c.say("李四", "R1 先等等 等家里人回来")
	expect(t, "a note after its number", got, "「进展 #R1 先等等 等家里人回来」")
	lacks(t, "no 等待 offered for an emergency", got, "「等待")
}

// TestProgressTakesANewItemOn: a 进展 on an item nobody accepted yet
// (the leader answering the 【又来反映】 with what he does) takes it on,
// as 指派 does: it gets the whole time to resolve it, not the day it had
// to be accepted in, so it is not overdue (and sent up) the next morning.
func TestProgressTakesANewItemOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 后山那段路上有块大石头挡着路")
	expect(t, "progress", c.say("李四", "进展 #R1 明天叫铲车来"), grid3+": #R1 进展已记录：明天叫铲车来")
	rep := c.reports()[0]
	if rep.Status != village.StatusInProgress || rep.DueAt.Before(c.now.Add(48*time.Hour)) {
		t.Errorf("after 进展: %s due %v, want in progress with the time to resolve it (accepted now: %v)", rep.Status, rep.DueAt, c.now)
	}
	c.now = c.now.Add(36 * time.Hour)
	if rep := c.reports()[0]; rep.OverdueAt(c.now) {
		t.Errorf("overdue a day and a half after its first 进展 (due %v)", rep.DueAt)
	}
}

// TestMediatorsOfOtherGrids: a dispute of 二组 goes to 二组's leader and
// the village's mediator (郑十), not to 三组's leader: the example config
// listed 李四 among the village's mediators, and every grid's disputes
// were handed to him too.
func TestMediatorsOfOtherGrids(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.in("青山村二组网格群", "杨春花", "上报 调解 朱大勇家和袁桂珍家为宅基地边界吵起来了")
	has(t, "二组's dispute", got, "已交黄永红、郑十调解")
	lacks(t, "not 三组's leader", got, "李四")
	has(t, "三组's dispute", c.say("陈二", "上报 调解 张三家的牛把我家玉米踩了，他不肯赔"), "已交李四、郑十调解")
}

// TestLeaderRejectingIsAskedHimself: a grid leader who rejects an item
// himself (驳回 #R 误报) is the one to ask about it: the group and the
// reporter are told to ask him, not sent to "网格长李四" as if he were
// someone else.
func TestLeaderRejectingIsAskedHimself(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "快来人 后山着火了，烟很大！！")
	expect(t, "in the group", c.say("李四", "驳回 #R1 误报，是烧秸秆"),
		grid3+": #R1 不予受理：误报，是烧秸秆。\n如有疑问请在群里问李四。", dutyChat+": 【青山村三组】#R1（突发事件）李四 驳回：误报，是烧秸秆，现在「已驳回」。")
	c.private("陈二", "上报 村口垃圾堆了好几天没人收")
	expectLike(t, "privately", c.private("李四", "驳回 #R2 不归网格管"),
		like{start: "李四: #R2 不予受理：不归网格管。", end: "已告诉报告人陈二。"},
		like{start: "陈二: #R2 不予受理：不归网格管。", end: "不知道该找谁办的，可以问李四；没说清楚的，补充详情后可以重新「上报」。", lacks: "网格长"})
}

// chatUnwritable is the example village's chat where the bot account
// cannot write privately to who (no friend of it).
func chatUnwritable(t *testing.T, who string) *chat {
	t.Helper()
	cfg, dir := exampleVillage(t)
	return chatUnwritableOf(t, cfg, dir, who)
}

// chatUnwritableOf is chatUnwritable of cfg and dir.
func chatUnwritableOf(t *testing.T, cfg *config.Config, dir *roster.Directory, who string) *chat {
	t.Helper()
	st := storagetest.New(t)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Friends: func(villageName, address string) (bool, bool) { return address != who, true },
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil))})
	return &chat{t: t, r: r, st: st, now: at}
}
