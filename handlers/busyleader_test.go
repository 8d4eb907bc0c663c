package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// busyWeek files five reports in grid 三组 and returns the chat: #R1 to
// #R5, all waiting to be taken on.
func busyWeek(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	for _, s := range []struct{ from, text string }{
		{"张三", "上报 村口那段路塌了个大坑"},
		{"陈二", "上报 垃圾站三天没人收了"},
		{"张三", "上报 路灯坏了三盏"},
		{"陈二", "上报 后山有几条野狗追人"},
		{"周八", "上报 超市门口下水道堵了"},
	} {
		c.say(s.from, s.text)
	}
	c.wantReports(5, "(R1 to R5)")
	return c
}

// TestTwoItemsOneMatterListed: a leader who says two items are one
// matter, their numbers side by side ("R5 R2 是一件事", "R2、R5是一回事"),
// merges them as 重复 would, the later into the earlier, whichever he
// wrote first; he was told to record it as progress.
func TestTwoItemsOneMatterListed(t *testing.T) {
	c := busyWeek(t)
	expect(t, "later first", c.say("李四", "R5 R2 是一件事"), grid3+": #R5 与 #R2 是同一件事，已合并")
	expect(t, "earlier first", c.say("李四", "#R3、#R4是一回事"), grid3+": #R4 与 #R3 是同一件事，已合并")
	c.wantStatuses(map[string]village.Status{"R4": village.StatusDuplicate, "R5": village.StatusDuplicate}, village.StatusNew)
}

// TestTakeOnByNumberPlainly: a leader's plain words after an item's
// number that say he goes ("#R2 我去看", "R3 我去") take it on, as "R2
// 收到 马上去" does; he was only shown how to write 确认. A refusal
// ("R4 我去不了") takes nothing on.
func TestTakeOnByNumberPlainly(t *testing.T) {
	c := busyWeek(t)
	expect(t, "#R2 我去看", c.say("李四", "#R2 我去看"), grid3+": 按李四的回复，#R2 已受理，由李四负责")
	expect(t, "R3 我去", c.say("李四", "R3 我去"), grid3+": 按李四的回复，#R3 已受理，由李四负责")
	c.say("李四", "R4 我去不了")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted, "R3": village.StatusAccepted}, village.StatusNew)
}

// TestNumbersWithoutLetter: a cadre's numbers typed without their letter
// after a command ("确认 1 5", "确认 #2 #3", "办结 1、5 已修好") name the
// items, each acted on and all told in one reply; he was asked to write the numbers he wrote. A
// villager's plain number names nothing.
func TestNumbersWithoutLetter(t *testing.T) {
	c := busyWeek(t)
	expectLike(t, "plain", c.say("李四", "确认 1 5"), like{start: grid3 + ": 已受理 2 件，由李四负责", has: "\n#R1 村口那段路塌了个大坑（张三）\n#R5 "})
	expectLike(t, "with #", c.say("李四", "确认 #2 #3"), like{start: grid3 + ": 已受理 2 件，由李四负责", has: "\n#R2 垃圾站三天没人收了（陈二）\n#R3 "})
	expectLike(t, "a list, then the note", c.say("李四", "办结 1、5 已修好"), like{start: grid3 + ": #R1 已办结：已修好", has: "\n#R5 已办结：已修好"})
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved, "R5": village.StatusResolved, "R4": village.StatusNew}, village.StatusAccepted)
	if got := c.say("张三", "查 4"); len(got) != 1 || strings.Contains(got[0], "#R4") {
		t.Errorf("a villager's plain number was read as an item: %q", got)
	}
}

// TestCadresOwnList: 我的待办 lists what waits on the sender: a worker's,
// the items given to him; a leader's, those he handles, what waits on its
// reporter only counted. A villager's is his own reports (我的事项). It
// was silent in the group and the menu in private.
func TestCadresOwnList(t *testing.T) {
	c := busyWeek(t)
	expect(t, "worker, nothing yet", c.say("王五", "我的待办"), grid3+": 王五负责的事项目前都办完了。发「待办」看全组的。")
	c.say("李四", "指派 #R2 王五")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 已修好")
	got := c.private("王五", "我的待办")
	expect(t, "worker, in private", got, "王五: 王五负责的待办 1 件：\n#R2 ")
	got = c.say("李四", "我的待办")
	expect(t, "leader", got, grid3+": 李四负责的待办 4 件（另有 1 件已办结、等报告人确认）")
	if strings.Contains(got[0], "#R1 ") {
		t.Errorf("the leader's own list shows what waits on its reporter: %q", got)
	}
	if strings.Contains(got[0], "（李四") || !strings.Contains(got[0], "（王五") {
		t.Errorf("the leader's own list names him on each line, or not whom he shares #R2 with: %q", got)
	}
	expect(t, "villager", c.say("张三", "我的待办"), grid3+": ")
	if got := c.say("张三", "我的待办"); len(got) != 1 || !strings.Contains(got[0], "#R3") || strings.Contains(got[0], "#R2") {
		t.Errorf("a villager's 我的待办 is not his own reports: %q", got)
	}
}

// TestItemOfAnotherGrid: a leader who names another grid's item in his
// group (a number typed wrong) is told whose it is and what it is, and
// where his own are; he was only told to ask its leader.
func TestItemOfAnotherGrid(t *testing.T) {
	c := busyWeek(t)
	const g1 = "青山村一组网格群"
	expect(t, "filed in 一组", c.in(g1, "陈桂兰", "上报 桥头护栏断了"), g1+": 已登记 #R6")
	expect(t, "the wrong number", c.say("李四", "办结 #R6 已修好"),
		grid3+": #R6 是一组的事项（桥头护栏断了），不是三组的，这里不能「办结」。\n编号写错了的话，发「待办」看三组的事项；确是这件，请一组网格长刘建国办。")
	if got := c.say("张三", "办结 #R6 已修好"); len(got) != 1 || strings.Contains(got[0], "编号写错") {
		t.Errorf("a villager is answered as a cadre: %q", got)
	}
}

// TestAllDoneInWords: a leader's "都修好了" with several items lists them
// one a line and shows how to close several at once; an item already
// closed and waiting on its reporter is not among them. "都处理了" is
// heard as well.
func TestAllDoneInWords(t *testing.T) {
	c := busyWeek(t)
	c.say("李四", "确认 #R1 #R2 #R3")
	c.say("李四", "办结 #R3 已修好")
	want := grid3 + ": 李四，您负责的有：\n#R2 垃圾站三天没人收了\n#R1 村口那段路塌了个大坑\n办好了的话，请回复「办结 #R2 都修好了」，几件一起写也行，如「办结 #R2 #R1 都修好了」，我会请报告人确认；只是记一下进展，请回复「进展 #R2 都修好了」。"
	expect(t, "都修好了", c.say("李四", "都修好了"), want)
	expect(t, "都处理了", c.say("李四", "都处理了"), grid3+": 李四，您负责的有：\n#R2 ")
}

// TestQuotedReminderOfSeveral: the leader answers the overdue reminder
// of two items by quoting it. "收到 马上去" took on the first item alone
// and a bare "好的" did too; now it is asked which, "好的" is taken as
// read, "确认 4" (a number without its letter) and "都确认" act on what
// they name, and the question lists each item once (the reminder's
// example named them twice).
func TestQuotedReminderOfSeveral(t *testing.T) {
	c := busyWeek(t)
	c.say("李四", "确认 #R1 #R2 #R3")
	reminder := "@李四 这 2 件已过期限：\n#R4 待受理 后山有几条野狗追人（李四，期限今天08:50）\n#R5 待受理 超市门口下水道堵了（李四，期限今天08:50）\n" +
		"请尽快受理：回复「确认 #编号」，几件一起写也行，如「确认 #R4 #R5」。"
	quoted := "「网格小助手：" + reminder + "」\n- - - - - - - - - - - - - - -\n"
	expect(t, "收到 马上去", c.say("李四", quoted+"收到 马上去"),
		grid3+": 您引用的消息里有好几件（#R4、#R5），请写上编号，例如：确认 #R4；或者写「确认 第二件」；几件都受理的，回「都确认」。")
	expect(t, "好的", c.say("李四", quoted+"好的"))
	c.wantStatuses(map[string]village.Status{"R4": village.StatusNew, "R5": village.StatusNew}, village.StatusAccepted)
	expect(t, "确认 4", c.say("李四", quoted+"确认 4"), grid3+": #R4 已受理")
	expectLike(t, "都确认", c.say("李四", quoted+"都确认"), like{start: grid3 + ": #R4 ", has: "\n#R5 已受理"})
	c.wantStatuses(nil, village.StatusAccepted)
}

// TestAllAcceptUnquoted: the leader's "都确认" quoting nothing lists what
// waits to be taken on and gives the one command that takes on each; it
// was silent. Nothing is taken on unasked.
func TestAllAcceptUnquoted(t *testing.T) {
	c := busyWeek(t)
	c.say("李四", "确认 #R1 #R2 #R3")
	expect(t, "都确认", c.say("李四", "都确认"),
		grid3+": 这几件等您「确认」：\n#R5 待受理 超市门口下水道堵了\n#R4 待受理 后山有几条野狗追人\n都确认的话，回复「全部」或发「确认 #R5 #R4」；只确认一件的，写它的编号，如「确认 #R5」。")
	c.wantStatuses(map[string]village.Status{"R4": village.StatusNew, "R5": village.StatusNew}, village.StatusAccepted)
	// town78: 「1」 may mean the first listed: it does not take on both
	c.say("李四", "1")
	c.wantStatuses(map[string]village.Status{"R4": village.StatusNew, "R5": village.StatusNew}, village.StatusAccepted)
	// town78: 「全部」 to the list is its command (it was not read)
	has(t, "全部", c.say("李四", "全部"), "已受理 2 件", "#R5 超市门口", "#R4 后山")
	c.wantStatuses(nil, village.StatusAccepted)
}
