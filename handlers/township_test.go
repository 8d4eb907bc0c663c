package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestOfficeTodoEmergencyFirst: the township's 待办 puts an emergency
// nobody has taken on above routine escalations, however old these are,
// and names each item's village and grid: the office serves them all.
func TestOfficeTodoEmergencyFirst(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的桥栏杆断了，小孩上学很危险")
	c.say("李四", "确认 #R1")
	c.say("李四", "上报镇 #R1 桥梁维修需要镇里出资")
	c.in("青山村一组网格群", "陈桂兰", "上报 山上冒烟了，好像着火了！")
	got := c.in(officeChat, "孙七", "待办")
	if len(got) != 1 {
		t.Fatalf("待办: %q", got)
	}
	lines := strings.Split(got[0], "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[1], "#R2 青山村一组 突发·待受理 山上冒烟了") ||
		!strings.HasPrefix(lines[2], "#R1 青山村三组 已上报镇 村口的桥栏杆断了") {
		t.Errorf("待办 in the office:\n%s", got[0])
	}
}

// TestOfficerTakesOver: an officer's 确认 of an item the grid sent up
// tells the grid and the office that the township took it, who there,
// and that the grid leader works with him; not a second "已受理".
func TestOfficerTakesOver(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口的桥栏杆断了，小孩上学很危险", "#R1", "桥梁维修需要镇里出资")
	got := c.in(officeChat, "孙七", "确认 #R1")
	expect(t, "the takeover", got,
		officeChat+": #R1 镇里已接手：由孙七负责协调，李四配合，预计",
		grid3+": #R1 镇里已接手：由孙七负责协调，李四配合，预计")
	if len(got) == 2 && !strings.Contains(got[1], "张三，办好后会告诉您。") {
		t.Errorf("the grid group is not told the reporter hears back:\n%s", got[1])
	}
	expect(t, "an emergency taken from the duty chat", func() []string {
		c.in("青山村一组网格群", "陈桂兰", "上报 山上冒烟了，好像着火了！")
		return c.in(dutyChat, "孙七", "确认 #R2")
	}(), dutyChat+": #R2 镇里已接手：由孙七负责协调，刘建国配合", "青山村一组网格群: #R2 镇里已接手：由孙七负责协调，刘建国配合")
}

// TestOfficeStatusSaysWhere: 查 in the township chats names the item's
// village and grid and its grid leader's phone, whom the officer calls;
// in the grid group it stays as it was.
func TestOfficeStatusSaysWhere(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 路边电线杆歪了", "#R1", "需要供电所来处理")
	got := c.in(officeChat, "孙七", "查 #R1")
	expectLike(t, "查 in the office", got, like{start: officeChat + ": #R1 青山村三组 一般事项·已上报镇\n", has: "\n网格长：李四 13900000004"})
	got = c.say("张三", "查 #R1")
	expectLike(t, "查 in the grid", got, like{start: grid3 + ": #R1 一般事项·已上报镇\n", lacks: "13900000004"})
}

// TestEscalationTellsTheOfficeWhatToDo: the office's 【网格上报】 gives the
// grid leader's phone, what the grid did last (its last 进展), and says
// that 确认 takes it over, 指派 refers it, 退回 sends it back (its 确认's
// reply says how to 办结); the leader who sent it up is said once, with
// his phone (town97).
func TestEscalationTellsTheOfficeWhatToDo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 路边电线杆歪了")
	c.say("李四", "进展 #R1 打过供电所电话，没人来")
	got := c.say("李四", "上报镇 #R1 需要供电所来处理")
	expectLike(t, "上报镇", got, like{start: officeChat + ": 【网格上报】青山村三组 #R1（一般事项）：路边电线杆歪了\n张三今天09:01反映；网格长李四（13900000004）上报：需要供电所来处理\n已做：今天09:02 李四 进展：打过供电所电话，没人来\n", end: "接手回复「确认 #R1」，转交回复「指派 #R1 部门或名字」，不归镇里的回复「退回 #R1 原因」。\n要网格补充情况：引用本条直接问（私信问网格长），或发「问网格 #R1 问题」（在网格群里问）。"}, like{})
}

// TestOfficeTodoSaysWhoTookIt: in the township's 待办 an escalated item
// says which officer took it over, or that nobody has yet; its 查 in the
// office then says how to take it over.
func TestOfficeTodoSaysWhoTookIt(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 路边电线杆歪了", "#R1", "需要供电所来处理")
	expect(t, "nobody yet", c.in(officeChat, "孙七", "待办"), officeChat+": 全镇已上报和突发事项待办 1 件：\n#R1 青山村三组 已上报镇 路边电线杆歪了（镇里还没人接手）\n")
	has(t, "查 says how to take it", c.in(officeChat, "孙七", "查 #R1"),
		"\n镇里还没人接手：接手回复「确认 #R1」，转交回复「指派 #R1 部门或名字」，不归镇里的回复「退回 #R1 原因」。")
	c.in(officeChat, "孙七", "确认 #R1")
	expect(t, "taken", c.in(officeChat, "孙七", "待办"), officeChat+": 全镇已上报和突发事项待办 1 件：\n#R1 青山村三组 已上报镇 路边电线杆歪了（孙七接手）\n")
	lacks(t, "查 once taken", c.in(officeChat, "孙七", "查 #R1"), "镇里还没人接手")
}

// TestOfficeStatusOfWaitingAlarm: an officer's 查 of an emergency nobody
// confirmed says what to do, as the duty chat's alarm did; once confirmed
// it says no more.
func TestOfficeStatusOfWaitingAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "快来人 后山着火了")
	has(t, "waiting", c.in(dutyChat, "孙七", "查 #R1"), "\n还没人确认：请立即电话调度，接手后回复「确认 #R1」；误报的回复「驳回 #R1 误报」。")
	lacks(t, "a villager's 查", c.say("张三", "查 #R1"), "还没人确认")
	c.in(dutyChat, "孙七", "确认 #R1")
	lacks(t, "confirmed", c.in(dutyChat, "孙七", "查 #R1"), "还没人确认")
}

// TestOfficerTodoInGridGroup: a township officer's 待办 in a grid group
// lists the grid's open items, as his 情况 there shows its picture; a
// villager's still points him to 我的事项.
func TestOfficerTodoInGridGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了")
	expect(t, "the officer", c.say("孙七", "待办"), grid3+": 三组待办 1 件：\n#R1 待受理 村口的路灯坏了")
	has(t, "a villager", c.say("陈二", "待办"), "「我的事项」")
}

// TestOfficerProgressTakesItOver: an officer's 进展 on an item sent up
// that nobody in the township took over takes it over: 待办 and 查 stop
// saying that nobody has.
func TestOfficerProgressTakesItOver(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("陈二", "上报 三组水渠被石头堵了", "#R1", "需要挖掘机")
	expect(t, "progress", c.in(officeChat, "孙七", "进展 #R1 已联系农机站，明天派挖掘机"),
		officeChat+": #R1 镇里由孙七接手，进展已记录：已联系农机站，明天派挖掘机", grid3+": #R1 镇里由孙七接手，进展已记录：已联系农机站")
	has(t, "taken", c.in(officeChat, "孙七", "待办"), "#R1 青山村三组 已上报镇 三组水渠被石头堵了（孙七接手）")
	lacks(t, "查", c.in(officeChat, "孙七", "查 #R1"), "镇里还没人接手")
	lacks(t, "once", c.in(officeChat, "孙七", "进展 #R1 挖掘机到了"), "接手")
}

// TestOfficeUnknownClaim: an officer's 查 of a claim that does not exist
// points him to 待审, not to his household's 我的积分 (he has none).
func TestOfficeUnknownClaim(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "office", c.in(officeChat, "孙七", "查 #C9"), officeChat+": 没有找到 #C9，请核对积分编号；发「待审」可看还没审核的申请。")
	has(t, "a villager", c.say("张三", "查 #C9"), "发「我的积分」可看本户待审核的申请")
}

// TestOfficeTodoLeavesResolvedOut: an item the township resolved waits on
// its reporter, not on the office: 待办 counts it apart, as the morning
// digest does.
func TestOfficeTodoLeavesResolvedOut(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 路边电线杆歪了", "#R1", "需要供电所来处理")
	c.sentUp("张三", "上报 村口的桥栏杆断了", "#R2", "需要镇里出资")
	c.in(officeChat, "孙七", "办结 #R1 供电所已扶正")
	expect(t, "one left", c.in(officeChat, "孙七", "待办"),
		officeChat+": 全镇已上报和突发事项待办 1 件（另有 1 件已办结、等报告人确认）：\n#R2 青山村三组 已上报镇 村口的桥栏杆断了")
	c.in(officeChat, "孙七", "办结 #R2 已修好")
	expect(t, "none left", c.in(officeChat, "孙七", "待办"),
		officeChat+": 全镇已上报和突发事项目前没有待办事项（另有 2 件已办结、等报告人确认）。")
}

// TestGridHearsWhoActedElsewhere: an officer's 进展 and 办结, written in
// the township chat, reach the grid group saying they come from the
// township, and who there; the officer's own reply stays as it was.
func TestGridHearsWhoActedElsewhere(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口的桥栏杆断了", "#R1", "需要镇里出资")
	c.in(officeChat, "孙七", "确认 #R1")
	expect(t, "the leader in his group", c.say("李四", "进展 #R1 已陪交通办看过"), grid3+": #R1 进展已记录：已陪交通办看过",
		officeChat+": 【青山村三组】#R1（一般事项）李四 进展：已陪交通办看过")
	expect(t, "progress", c.in(officeChat, "孙七", "进展 #R1 已联系交通办，下周来测量"),
		officeChat+": #R1 进展已记录：已联系交通办", grid3+": #R1 进展已记录（镇里孙七）：已联系交通办")
	expect(t, "resolve", c.in(officeChat, "孙七", "办结 #R1 交通办已修好栏杆"),
		officeChat+": #R1 已办结：交通办已修好栏杆", grid3+": #R1 已办结（镇里孙七）：交通办已修好栏杆")
}

// TestOfficerCannotPauseAnItemSentUp: an item sent up is not paused (等待
// is for waiting on villagers): the officer waiting on a department is
// shown how to note it instead, and all he may do, 退回 too.
func TestOfficerCannotPauseAnItemSentUp(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的桥栏杆断了")
	c.say("李四", "上报镇 #R1 需要交通站来修")
	c.in(officeChat, "孙七", "确认 #R1")
	expect(t, "等待", c.in(officeChat, "孙七", "等待 #R1 等交通站排期"),
		officeChat+": #R1 现在是「已上报镇」，已上报镇的事项不暂停计时；等部门、等排期的，请发「进展 #R1 等交通站排期」记下。您现在可以：「指派」「进展」「办结」「退回」。")
}

// TestDutyOfficerCallsOffAFalseAlarm: the duty officer who finds an
// emergency a false alarm (烧秸秆, not a fire) rejects it from the duty
// chat with the reason; the grid hears it was the township, and whom to
// ask (the duty chat only that the grid was told: the officer has no
// question for the grid leader). An ordinary
// item the grid did not send up stays the grid leader's to reject.
func TestDutyOfficerCallsOffAFalseAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 紧急 村口好像着火了")
	expect(t, "false alarm", c.in(dutyChat, "孙七", "驳回 #R1 误报，是烧秸秆"),
		dutyChat+": #R1 不予受理：误报，是烧秸秆。\n已告诉青山村三组的网格群和报告人陈二。",
		grid3+": #R1 不予受理（镇里孙七）：误报，是烧秸秆。\n如有疑问请找网格长李四。")
	expect(t, "status", c.in(dutyChat, "孙七", "查 #R1"), "突发事件·已驳回")
	c.say("张三", "上报 路边电线杆歪了")
	expect(t, "not his to reject", c.in(officeChat, "孙七", "驳回 #R2 不归镇里管"), officeChat+": #R2 是青山村三组网格在办的事项，还没上报镇，镇里不能「驳回」。")
}

// TestOfficerRefersToADepartment: the township refers an item it took
// over to a department of config (指派 #R 司法所): the office hears the
// department's duty and phone and that the officer stays on it, the grid
// that the township referred it; 查 and the office's 待办 show it. A
// grid leader is asked to send it up first; an unknown name lists the
// departments.
func TestOfficerRefersToADepartment(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 陈二家砌墙占了我家的地，吵了好几次了")
	c.say("李四", "确认 #R1")
	c.say("郑十", "进展 #R1 约了两次，陈二不来")
	expect(t, "the grid cannot", c.say("李四", "指派 #R1 司法所"), grid3+": 转交司法所要由镇里来：请先发「上报镇 #R1 请司法所协助")
	c.say("李四", "上报镇 #R1 调解不成，请司法所介入")
	// a mediation's progress, asked in the group, is answered privately
	expect(t, "the grid's status", c.say("李四", "查 #R1"), "李四: #R1 调解事项·已上报镇", grid3+": 李四，已私信回复您。")
	expect(t, "unknown", c.in(officeChat, "孙七", "指派 #R1 综合办"), "名单里没有「综合办」，镇里也没有这个部门，请核对名字。\n转交镇里部门写部门名，例如：指派 #R1 政法委。可转交：政法委、平安办、司法所")
	expect(t, "refer", c.in(officeChat, "孙七", "指派 #R1 镇司法所，请尽快约双方"),
		officeChat+": #R1 已转交司法所（人民调解、法律援助、法律咨询）：请尽快约双方。\n司法所电话 0123-5550103，请电话告知并跟进，仍由孙七负责",
		grid3+": #R1 镇里已转交司法所办理，孙七跟进（司法所电话 0123-5550103）。有进展会私信告诉当事人。") // a mediation (TestMediationNotesStayOutOfTheGroup)
	expect(t, "status", c.in(officeChat, "孙七", "查 #R1"), "负责人：孙七（镇里接手），李四、郑十配合，期限3月9日\n已转交：司法所（电话 0123-5550103）\n已做：今天09:03 郑十 进展：约了两次，陈二不来\n最新：今天09:08 孙七 指派：转交司法所 请尽快约双方\n")
	expect(t, "todo", c.in(officeChat, "孙七", "待办"), "（孙七接手，已转交司法所）")
}

// TestAssignUnknownNamesTheGrid: 指派 to nobody of the roster names, as
// its example, a worker of the item's own grid (not 三组's 王五 for 一组's
// item); an officer is shown a department instead (town41), and hears of
// bodies outside the township, which are phoned.
func TestAssignUnknownNamesTheGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in("青山村一组网格群", "唐国平", "上报 一组的水渠堵了")
	expect(t, "the leader", c.in("青山村一组网格群", "刘建国", "指派 #R1 老王"),
		"青山村一组网格群: 名单里没有「老王」，请核对名字，例如：指派 #R1 @马红梅。")
	c.in("青山村一组网格群", "刘建国", "上报镇 #R1 要镇里出钱")
	got := c.in(officeChat, "孙七", "指派 #R1 水利站")
	has(t, "the officer", got, "名单里没有「水利站」，镇里也没有这个部门，请核对名字。\n转交镇里部门写部门名，例如：指派 #R1 政法委。",
		"\n镇外的单位（如供电所、自来水公司）请打电话联系，再回复「进展 #R1 已联系……」记下来。")
}

// TestOfficerAssignsWithATask: an officer's 指派 says what the cadre is
// to do, in the office and in the item's group; one of another grid, who
// is not in that group, is told privately (an @mention there reaches no
// one), with the item and how to report back.
func TestOfficerAssignsWithATask(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("陈二", "上报 三组垃圾站满了一周没人拉", "#R1", "垃圾车归镇环卫管")
	expect(t, "a worker of the grid", c.in(officeChat, "孙七", "指派 #R1 王五 先组织人清一下"),
		officeChat+": #R1 已指派给王五，现由李四、王五负责。\n要办的：先组织人清一下\n已通知王五跟进",
		grid3+": #R1 已指派给王五，现由李四、王五负责。\n要办的：先组织人清一下\n@王五\u2005请跟进")
	got := c.in(officeChat, "孙七", "指派 #R1 刘建国 借一组的三轮车去拉")
	expect(t, "a leader of another grid", got,
		officeChat+": #R1 已指派给刘建国，现由李四、王五、刘建国负责。\n要办的：借一组的三轮车去拉\n已通知刘建国跟进",
		grid3+": #R1 已指派给刘建国，现由李四、王五、刘建国负责。\n要办的：借一组的三轮车去拉\n已私信通知刘建国跟进",
		"刘建国: 孙七把青山村三组 #R1 交给您跟进：借一组的三轮车去拉。\n内容：三组垃圾站满了一周没人拉\n报告人：陈二，")
	lacks(t, "a leader of another grid", got, "@刘建国")
	expect(t, "himself", c.in(officeChat, "孙七", "指派 #R1 孙七"), officeChat+": #R1 已指派给孙七", grid3+": #R1 已指派给孙七，现由李四、王五、刘建国、孙七负责。已通知孙七跟进")
	expect(t, "no task", c.in(officeChat, "孙七", "指派 #R1 赵六"), officeChat+": #R1 已指派给赵六，现由李四、王五、刘建国、孙七、赵六负责。已通知赵六跟进", grid3+": #R1 已指派给赵六，现由李四、王五、刘建国、孙七、赵六负责。@赵六\u2005请跟进")
}

// TestTownshipSendsItBack: an officer's 退回 (or 驳回) of an item the grid
// sent up returns it to the grid with the reason: the township and the
// department leave it, the grid leaders have it with a fresh deadline
// and are told how to go on; the item is not closed. Sent back twice, the
// officer hears it is the grid's already. The grid leader cannot reject
// what he sent up.
func TestTownshipSendsItBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 陈二家砌墙占了我家的地，吵了好几次了")
	c.say("李四", "确认 #R1")
	expect(t, "the leader's 退回 with no reason", c.say("李四", "退回 #R1"), grid3+": 退回要写理由，例如：退回 #R1 不属于本网格。")
	c.say("李四", "上报镇 #R1 调解不成")
	expect(t, "the leader", c.say("李四", "驳回 #R1 不管了"), "#R1 现在是「已上报镇」，不能「驳回」。您现在可以：「指派」「进展」「办结」。")
	c.in(officeChat, "孙七", "确认 #R1")
	c.in(officeChat, "孙七", "指派 #R1 司法所")
	// no reason: the officer is shown 退回 with one, not the grid's 驳回
	expect(t, "no reason", c.in(officeChat, "孙七", "退回 #R1"),
		officeChat+": 退回村里要写原因，网格据此接着办，例如：退回 #R1 属于村里的事，请网格长先组织处理。")
	expect(t, "sent back", c.in(officeChat, "孙七", "退回 #R1 属于民事纠纷，请村里继续调解"),
		officeChat+": #R1 已退回村里：属于民事纠纷，请村里继续调解。\n由网格长李四接着办，期限",
		// a mediation's reason is its parties' and handlers', told privately
		grid3+": #R1（调解事项）已退回村里（镇里孙七），理由已私信告知当事人和负责人。\n@李四\u2005@郑十\u2005请网格接着办，期限",
		"张三: 【调解事项】#R1「陈二家砌墙占了我家的地，吵了好几次了」已退回村里，孙七：属于民事纠纷，请村里继续调解\n由网格长李四接着办", "陈二: 【调解事项】#R1", "李四: ", "郑十: ")
	again := c.in(officeChat, "孙七", "退回 #R1 村里自己处理")
	has(t, "sent back twice", again, "已由孙七退回村里，现在由网格长李四接着办，不用再退回。要看进度，请发「查 #R1」。")
	lacks(t, "sent back twice", again, "需要本网格的网格长")
	got := c.in(officeChat, "孙七", "查 #R1")
	expect(t, "status", got, "调解事项·处理中\n内容：陈二家砌墙占了我家的地，吵了好几次了\n报告人：张三，今天09:01\n负责人：李四、郑十，期限")
	if len(got) == 1 && strings.Contains(got[0], "已转交") {
		t.Errorf("the department stays on it:\n%s", got[0])
	}
	expect(t, "no longer the township's to do", c.in(officeChat, "孙七", "待办"), "全镇已上报和突发事项目前没有待办事项")
	c.say("李四", "上报镇 #R1 两次调解不成，陈二拒绝面谈")
	expect(t, "sent up again", c.in(officeChat, "孙七", "待办"), "待办 1 件：\n#R1 青山村三组 已上报镇")
	expect(t, "the grid resolves it", c.say("李四", "办结 #R1 双方签了调解协议"), "李四: #R1 已办结：双方签了调解协议。", grid3+": #R1（调解事项）已办结",
		"张三: ", "陈二: ", "郑十: ", officeChat+": 【青山村三组】#R1")
}

// TestPrivateReportOfNoGrid: someone of no grid (a township officer, the
// admin) who reports privately is told that no grid leader would hear of
// it and where to say it, and nothing is filed; an emergency he reports
// still goes to the duty chat, and he hears back privately (there is no
// group to alert).
func TestPrivateReportOfNoGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "officer's ordinary report", c.private("孙七", "上报 村口路灯坏了"),
		"孙七: 名单里您不属于哪个网格，我不知道这件事该转给哪位网格长，没有登记。请在事情所在网格的微信群里说，或请那个网格的网格员「代报」。")
	expect(t, "admin's free text", c.private("吴九", "村口路灯坏了好几天了，晚上黑乎乎的"), "吴九: 名单里您不属于哪个网格")
	if reps := c.reports(); len(reps) != 0 {
		t.Fatalf("filed %d reports for people of no grid, want none", len(reps))
	}
	duty := c.private("孙七", "后山着火了 快来人")
	expect(t, "officer's emergency", duty,
		"青山镇应急值班群: 【突发事件】青山村 #R1\n情况：后山着火了 快来人\n报告人：孙七（13900000007）",
		"孙七: 紧急情况 #R1 已登记，已报告镇应急值班，值班人员会打电话联系您。\n没认出在哪个组，还没有通知网格群：请回复在哪个组（如「三组」），我马上通知那个网格。\n火情请立即拨打119")
	// The duty officer is told whom to call: no grid leader (none is
	// missing from the configuration), the reporter, for the place.
	if !strings.Contains(duty[0], "\n没认出是哪个网格，已问报告人；请直接打电话联系报告人（13900000007）问清地点") || strings.Contains(duty[0], "网格长：") {
		t.Errorf("the duty chat about an emergency of no grid:\n%s", duty[0])
	}
	// his own: worded for him (no "call the reporter")
	whom := "\n这件事没有登记在哪个网格，由镇应急值班跟进，值班人员会打电话联系您。知道在哪个组的话，请回复组名（如「三组」）"
	if status := c.in(officeChat, "孙七", "查 #R1"); !strings.Contains(status[0], whom) || strings.Contains(status[0], "网格长：") {
		// answered privately: the report is private
		t.Errorf("the township about a report of no grid:\n%s", status[0])
	}
	// his "三组", privately, files it there and closes the unplaced one
	got := c.private("孙七", "三组")
	expectLike(t, "he names the grid", got,
		like{start: dutyChat + ": 【突发事件】青山村三组 #R2（即刚才没认出网格的 #R1，已确定在这个网格）"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况 #R2 已登记"},
		like{start: "孙七: 紧急情况 #R2 已登记"})
	if reps := c.reports(); len(reps) != 2 || reps[0].Status != village.StatusDuplicate || reps[1].Grid != "三组" || reps[1].ToldIn != village.ToldPrivately {
		t.Errorf("reports = %+v, want #R1 merged into #R2 of 三组, told privately", reps)
	}
}

// TestRedeliveredNotFoundSeveralVillages: in a township of several
// villages, a command in a township chat naming an item that does not
// exist yet, and no village, is answered "not found"; delivered again (the
// same message id) once the item exists in a village, it is seen as the
// same message and not acted on: for a report and for a claim.
func TestRedeliveredNotFoundSeveralVillages(t *testing.T) {
	c := twoVillages(t)
	accept := bot.Message{ID: "dup-accept", Chat: dutyChat, From: "孙七", Text: "确认 #R1"}
	expect(t, "确认 #R1 before it exists", c.send(accept), dutyChat+": 没有找到 #R1")
	expect(t, "the emergency", c.say("张三", "上报 后山着火了，快来人"), dutyChat+": 【突发事件】青山村三组 #R1", grid3+": ")
	expect(t, "确认 #R1 delivered again", c.send(accept))
	c.firstStatus(village.StatusNew)

	reject := bot.Message{ID: "dup-reject", Chat: officeChat, From: "孙七", Text: "驳回 #C1 不符合条件"}
	expect(t, "驳回 #C1 before it exists", c.send(reject), officeChat+": 没有找到 #C1")
	c.say("张三", "申请积分 农药瓶回收")
	expect(t, "驳回 #C1 delivered again", c.send(reject))
}

// TestOfficeToldToTheBot: in the office chat, an item asked after by its
// number is answered as 查, a note on it (or quoting the bot's message
// about it) is shown the two commands, a number not found is told where
// the township's items are listed, and
// what is said to the bot gets the officer's list ("今天有什么事" too),
// thanks or the menu;
// the office's own talk is left alone.
func TestOfficeToldToTheBot(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯不亮了", "#R1", "需要镇里协调")
	has(t, "asked after", c.in(officeChat, "孙七", "R1怎么样了"), "#R1 青山村三组 一般事项·已上报镇")
	for _, q := range []string{"R1什么情况", "R1现在什么情况", "#R1 现在什么情况了", "R1情况如何", "R1啥情况了", "R1的事情况怎么样"} {
		has(t, "asked after: "+q, c.in(officeChat, "孙七", q), "#R1 青山村三组 一般事项·已上报镇")
	}
	has(t, "sent up, asked in words", c.in(officeChat, "孙七", "@网格小助手 上报到镇里的有哪些"), "全镇已上报和突发事项待办 1 件")
	has(t, "emergencies, asked in words", c.in(officeChat, "孙七", "@网格小助手 突发事件有哪些"), "全镇已上报和突发事项待办 1 件")
	has(t, "a grid the township has not", c.in(officeChat, "孙七", "@网格小助手 四组有什么没办的"), "没有找到「四组」这个村或网格。本镇的网格有：青山村一组")
	has(t, "a village the township has not", c.in(officeChat, "孙七", "@网格小助手 石桥村有什么没办的"), "没有找到「石桥村」这个村或网格。")
	// this month so far (cover44): no call task yet in this test
	expect(t, "coverage asked", c.in(officeChat, "孙七", "@网格小助手 回访覆盖率多少"),
		officeChat+": 这个月还没有安排回访电话。电话由各网格的网格员打：每天早上把到期该打的电话私信发给他们，他们打完请回复「回访 名字 已通 情况」记下来；之后再问我，就能看到谁联系上了、谁还没有。")
	has(t, "@ by the short name", c.in(officeChat, "孙七", "@小助手 三组有什么没办的"), "青山村三组待办 1 件")
	has(t, "a note", c.in(officeChat, "孙七", "R1 已联系供电所"), "回复「1」就照「进展 #R1 已联系供电所」记下")
	// the whole township's count, every village's (情况 全镇), not only what went up (office26)
	has(t, "the count", c.in(officeChat, "孙七", "@网格小助手 全镇现在有多少没办完的"), "【情况】全镇", "未办结 1 件", "等镇里接手的上报")
	has(t, "today", c.in(officeChat, "孙七", "@网格小助手 今天有什么事"), "全镇已上报和突发事项待办 1 件")
	has(t, "overdue: the overdue list (status.go), none here", c.in(officeChat, "孙七", "@网格小助手 超期的有哪些"), "全镇目前没有超期事项")
	has(t, "today privately", c.private("孙七", "今天有啥事"), "全镇已上报和突发事项待办 1 件")
	has(t, "admin's today", c.in(officeChat, "吴九", "@网格小助手 有什么事"), "全镇已上报和突发事项待办 1 件")
	quoting := func(quoted, text string) []string {
		return c.send(bot.Message{Chat: officeChat, From: "孙七", Text: text, Quote: &bot.Quote{Name: "网格小助手", Text: quoted}})
	}
	expect(t, "a note quoting the escalation", quoting("【网格上报】青山村三组 #R1（一般事项）\n内容：村口路灯不亮了", "已联系供电所"),
		officeChat+": 孙七，要把「已联系供电所」记到 #R1 上吗？回复「1」就照「进展 #R1 已联系供电所」记下；办好以后再发「办结 #R1 结果」。")
	expect(t, "收到 quoting the escalation: the officer takes it over", quoting("【网格上报】青山村三组 #R1（一般事项）\n内容：村口路灯不亮了", "收到 我明天去看看"),
		officeChat+": 孙七，镇里要接手 #R1，请引用后回「确认」，或发「确认 #R1」；转交部门发「指派 #R1 部门名」，不归镇里办的发「退回 #R1 原因」。")
	expect(t, "the village's to do", quoting("【网格上报】青山村三组 #R1（一般事项）\n内容：村口路灯不亮了", "这个归电工管 让村里自己找"),
		// town102: its 退回 offered, one 「1」 sends it back
		officeChat+": 孙七，#R1 要退回村里吗？回复「1」就照「退回 #R1 这个归电工管 让村里自己找」退回，网格会接着办，您这句话网格群里也看得到；只是记一下进展，请发「进展 #R1 这个归电工管 让村里自己找」。")
	has(t, "a note quoting a list", quoting("全镇已上报和突发事项待办 2 件：\n#R2 …\n#R1 …", "已联系供电所"), "可以这样用")
	expect(t, "no such item", c.in(officeChat, "孙七", "查 #R9"), officeChat+": 没有找到 #R9，请核对编号；发「待办」可看全镇已上报和突发事项。")
	has(t, "the villages compared", c.in(officeChat, "孙七", "@网格小助手 哪个村积分最高"), "全镇2026年各村积分（按村户均分）", "全镇只有这一个村，没有别的村可比。", "各户的排行请发「积分排行」")
	has(t, "thanks", c.in(officeChat, "孙七", "@网格小助手 辛苦了"), "不客气")
	has(t, "the menu", c.in(officeChat, "孙七", "@网格小助手 这个怎么用"), "我是网格小助手，可以这样用")
	silent(t, "office talk answered", c.in(officeChat, "孙七", "大家辛苦了 今天早点休息"))
}

// TestTownshipHelpLeavesOutVillagers: the private menus of a township
// officer and an admin of no grid leave out a villager's commands and the
// office's pointer to the grid groups; the office's menu keeps it.
func TestTownshipHelpLeavesOutVillagers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lacks(t, "private township menus", append(c.private("孙七", "帮助"), c.private("吴九", "帮助")...),
		"申请积分", "我的事项", "满意", "村民反映事情请到")
	has(t, "office menu", c.in(officeChat, "吴九", "帮助"), "村民反映事情请到各网格群或私信我", "管理员：绑定本群 网格名")
	// the office's menu lists 待办, 情况 and 超期 once, above the officer's commands
	for _, menu := range [][]string{c.in(officeChat, "孙七", "帮助"), c.private("孙七", "帮助")} {
		if m := strings.Join(menu, "\n"); strings.Count(m, "「待办 三组」") != 1 || strings.Count(m, "超期 三组") != 1 {
			t.Errorf("the officer's menu repeats itself:\n%s", m)
		}
	}
}

// TestOfficeAsksAfterAMatterInWords: an officer asks in the office after
// a matter by its grid and words, with no number ("三组那个桥的事怎么样了"):
// the one open item that fits is answered as 查 would, whether or not it
// went up to the township; said to the bot, several fitting items are
// listed with their numbers and none is told where to look. The office's
// own talk that names no grid, and a question that fits several items
// not said to the bot, are left alone.
func TestOfficeAsksAfterAMatterInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 三组那个桥栏杆断了好几根 小孩上学走那里很危险", "#R1", "村里没钱修")
	c.say("陈二", "上报 三组路灯坏了")
	c.in("青山村二组网格群", "黄晓东", "上报 二组河边垃圾堆了好多没人清理")
	has(t, "the bridge", c.in(officeChat, "孙七", "三组那个桥的事怎么样了"), officeChat+": #R1 青山村三组 一般事项·已上报镇\n")
	has(t, "the bridge, in other words", c.in(officeChat, "孙七", "三组那个桥现在什么情况"), officeChat+": #R1 青山村三组 一般事项·已上报镇\n")
	has(t, "the rubbish, not sent up", c.in(officeChat, "孙七", "二组河边垃圾的事有进展吗"), "#R3 青山村二组 一般事项·待受理\n")
	has(t, "said to the bot, no grid", c.in(officeChat, "孙七", "@网格小助手 桥的事怎么样了"), "#R1 青山村三组 一般事项·已上报镇\n")
	expect(t, "several said to the bot", c.in(officeChat, "孙七", "@网格小助手 三组的事怎么样了"),
		officeChat+": 您问的可能是这几件，请发「查 #编号」看详情：\n#R2 青山村三组 待受理 三组路灯坏了\n#R1 青山村三组 已上报镇 三组那个桥栏杆断了好几根 小孩上学走那里很危险")
	has(t, "none: a grid the township has not", c.in(officeChat, "孙七", "@网格小助手 四组水库怎么样了"), "本镇没有「四组」这个村或网格。本镇的村有：青山村（一组、二组、三组）。")
	has(t, "none", c.in(officeChat, "孙七", "@网格小助手 水库怎么样了"), "没有找到您说的这件事")
	has(t, "privately", c.private("孙七", "三组那个桥的事怎么样了"), "孙七: #R1 青山村三组 一般事项·已上报镇\n")
	has(t, "points privately", c.private("孙七", "全镇积分排名怎么样了"), "全镇2026年积分排行")
	for _, talk := range []string{"桥的事怎么样了", "今天天气怎么样了", "三组怎么样了"} {
		silent(t, fmt.Sprintf("office talk %q answered", talk), c.in(officeChat, "孙七", talk))
	}
}

// TestOfficerOnTheGridsOwnItem: an officer's 确认 or 办结 in the office of
// an item its grid never sent up is refused with whom to call to press it
// (the grid leader and his phone) and how it comes to the township (上报镇),
// not only a name to contact.
func TestOfficerOnTheGridsOwnItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	want := officeChat + ": #R1 是青山村三组网格在办的事项，还没上报镇，镇里不能「确认」。\n" +
		"要催办请发「#R1 抓紧处理」（私信转给网格长，回复会发到本群），或联系网格长：李四 13900000004；确需镇里接手的，请网格长发「上报镇 #R1 原因」。"
	expect(t, "确认", c.in(officeChat, "孙七", "确认 #R1"), want)
	has(t, "办结", c.in(officeChat, "孙七", "办结 #R1 修好了"), "镇里不能「办结」")
	// a question for the grid (镇里问) goes to it, its answer to the office (town45)
	has(t, "a question", c.in(officeChat, "孙七", "R1 灯杆有没有倒？"), officeChat+": #R1 已私信问网格长李四：灯杆有没有倒？")
	c.say("李四", "上报镇 #R1 需要镇里协调")
	has(t, "sent up", c.in(officeChat, "孙七", "确认 #R1"), "#R1 镇里已接手")
}

// TestDutyOfficerSaysWhatHeDid: an officer telling the duty chat in plain
// words what he did about an alarm nobody confirmed ("已经通知供电所抢修
// 了") is shown the 确认 with his words, which stops the watchdog; the
// office's own talk, and the duty chat's once it is confirmed, get
// nothing.
func TestDutyOfficerSaysWhatHeDid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 紧急 电线杆倒了 电线掉在路上冒火花")
	expect(t, "his note", c.in(dutyChat, "孙七", "已经通知供电所抢修了"),
		dutyChat+": 孙七，突发事件 #R1 还没人确认：镇里接手请回「确认 #R1 已经通知供电所抢修了」，网格群就知道镇里在管了，也不会再发无人确认的提醒。")
	expect(t, "talk", c.in(dutyChat, "孙七", "今天天气不错"))
	expect(t, "the office", c.in(officeChat, "孙七", "已安排人员去看桥"))
	c.in(dutyChat, "孙七", "确认 #R1")
	expect(t, "confirmed", c.in(dutyChat, "孙七", "供电所的人已经到了"))
}

// TestOfficerLooksIntoAGrid: an officer's "待办 三组" (or "@bot 三组有几
// 件没办完") lists every open item of that grid, not only what was sent
// up; what was told in private reaches him privately, never the office
// chat; a place the township has not is answered with the ones it has.
func TestOfficerLooksIntoAGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	c.private("陈二", "上报 调解 隔壁家在我家地里倒垃圾 别让他知道是我说的")
	c.in("青山村一组网格群", "陈桂兰", "上报 水渠堵了")
	for _, ask := range []string{"待办 三组", "待办 3组", "@网格小助手 三组有几件没办完"} {
		got := c.in(officeChat, "孙七", ask)
		expect(t, ask, got, "孙七: 青山村三组另有 1 件私下反映的事项", officeChat+": 青山村三组待办 1 件：\n#R1 待受理 村口的路灯坏了好几天了")
		if joined := strings.Join(got, "\n"); strings.Contains(got[len(got)-1], "倒垃圾") || strings.Contains(joined, "水渠") {
			t.Errorf("%s:\n%s", ask, joined)
		}
	}
	has(t, "a village", c.in(officeChat, "孙七", "待办 青山村"), "青山村待办 2 件", "青山村三组 待受理 村口的路灯", "青山村一组 待受理 水渠堵了")
	got := c.costs(t, 1, "待办 青山村 again (the reply, on the village's open items as followed)", bot.Message{Chat: officeChat, From: "孙七", Text: "待办 青山村"})
	has(t, "a village again", got, "青山村待办 2 件", "青山村三组 待受理 村口的路灯", "青山村一组 待受理 水渠堵了")
	expect(t, "no such grid", c.in(officeChat, "孙七", "待办 四组"), officeChat+": 没有找到「四组」这个村或网格。本镇的网格有：青山村一组、青山村二组、青山村三组。")
	expect(t, "the township's own list", c.in(officeChat, "孙七", "待办"), officeChat+": 全镇已上报和突发事项目前没有待办事项")
	for _, ask := range []string{"待办 青山村 三组", "待办 青山村三组", "@网格小助手 青山村 三组有几件没办完"} {
		expect(t, ask, c.in(officeChat, "孙七", ask), "孙七: 青山村三组另有 1 件私下反映的事项", officeChat+": 青山村三组待办 1 件：\n#R1 待受理 村口的路灯坏了好几天了")
	}
	expect(t, "the township named", c.in(officeChat, "孙七", "待办 全镇"), officeChat+": 全镇已上报和突发事项目前没有待办事项")
}

// TestOfficerLooksIntoAGridOfSeveralVillages: "待办 一组" where two
// villages have a 一组 lists both grids and names both villages; the
// next page's 待办 names the place as he wrote it.
func TestOfficerLooksIntoAGridOfSeveralVillages(t *testing.T) {
	c := twoVillages(t)
	expect(t, "none", c.in(officeChat, "孙七", "待办 一组"), officeChat+": 青山村一组、石桥村一组目前没有待办事项。")
	for i := range 16 {
		c.now = c.now.Add(7 * time.Minute) // fewer than maxReportsPerHour an hour
		expect(t, "report", c.in("青山村一组网格群", "陈桂兰", fmt.Sprintf("上报 第%d号路灯不亮了", i+1)), "已登记 #R")
	}
	c.inSQ("石桥村一组网格群", "石大山", "上报 桥栏杆断了")
	got := c.in(officeChat, "孙七", "@网格小助手 一组有几件没办完")
	has(t, "both", got, officeChat+": 青山村一组、石桥村一组待办 17 件（第 1/2 页", "发「待办 一组 2」看下一页")
	has(t, "page 2", c.in(officeChat, "孙七", "待办 一组 2"), "青山村一组、石桥村一组待办 17 件（第 2/2 页")
	expect(t, "one village's", c.in(officeChat, "孙七", "待办 石桥村 一组"), officeChat+": 石桥村一组待办 1 件：\n石桥村 #R1 待受理 桥栏杆断了") // town78: every item with its village
}

// TestOfficerConfirmsFromOffice: an officer who reported an item of a
// grid and says 满意 from the office chat is named in the grid group,
// which did not see him write it (not thanked as "您").
func TestOfficerConfirmsFromOffice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("孙七", "后山着火了 快来人")
	c.private("孙七", "三组")
	c.say("李四", "办结 #R2 火已扑灭")
	got := c.in(officeChat, "孙七", "满意 #R2")
	has(t, "his 满意", got, grid3+": 孙七已确认 #R2 办好了，已完结。")
	lacks(t, "his 满意", got, grid3+": #R2 已完结，谢谢您的反馈！")
}

// TestTownshipRejectsWhatIsDone: an officer's 驳回 of an item sent up
// whose note says it is done already ("已经清运过了") is no 退回 to the
// grid: he is asked whether he means 办结, and nothing changes until he
// says which. A 驳回 with another reason still sends it back.
func TestTownshipRejectsWhatIsDone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 三组垃圾站满了一周没人拉")
	c.say("李四", "确认 #R1")
	c.say("李四", "上报镇 #R1 村里没车")
	for _, note := range []string{"已经清运过了", "已处理", "已经修好了"} {
		got := c.in(officeChat, "孙七", "驳回 #R1 "+note)
		expect(t, "done already: "+note, got,
			officeChat+": #R1 您说「"+note+"」，是已经办好了吗？是的话请回复「办结 #R1 "+note+"」")
		lacks(t, "done already: "+note, got, "请网格接着办")
	}
	expect(t, "still the township's", c.in(officeChat, "孙七", "待办"), "待办 1 件：\n#R1 青山村三组 已上报镇")
	has(t, "he closes it", c.in(officeChat, "孙七", "办结 #R1 已经清运过了"), officeChat+": #R1 已办结")
	c.say("张三", "未解决 #R1 又满了")
	c.say("李四", "上报镇 #R1 又满了")
	has(t, "another reason", c.in(officeChat, "孙七", "驳回 #R1 村里自己找车拉"), "请网格接着办")
}

// TestOfficerTodoPlaceFirst: an officer's 待办 written after the place
// ("青山村待办", "红旗村待办") reads as "待办 青山村" does, a place the
// township has not included; a word for villages in general is no place.
func TestOfficerTodoPlaceFirst(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了好几天了")
	for _, ask := range []string{"青山村待办", "青山村的待办", "三组待办", "青山村 三组待办 1"} {
		has(t, ask, c.in(officeChat, "孙七", ask), "待办 1 件", "#R1 待受理 村口的路灯坏了好几天了")
	}
	expect(t, "红旗村待办", c.in(officeChat, "孙七", "红旗村待办"), officeChat+": 没有找到「红旗村」这个村或网格。本镇的网格有：青山村一组、青山村二组、青山村三组。")
	expect(t, "全镇待办", c.in(officeChat, "孙七", "全镇待办"), officeChat+": 全镇已上报和突发事项目前没有待办事项。")
	expect(t, "我们村待办", c.in(officeChat, "孙七", "我们村待办"))
}
