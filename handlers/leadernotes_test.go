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

// darkLampTaken is a chat where 张三 reported the lamp at the village
// entrance (村口的路灯坏了 晚上黑乎乎的, #R1) and 李四 took it on.
func darkLampTaken(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了 晚上黑乎乎的")
	c.say("李四", "确认 #R1")
	return c
}

// TestBystanderWordsKept: what a neighbour says of an item he neither
// reported nor handles ("R1 那个灯昨天晚上又灭了") is kept in its history,
// in the commit that answers him (one round trip), so that 查 shows it,
// with what was last done beside it; what he says again is kept too.
func TestBystanderWordsKept(t *testing.T) {
	c := darkLampTaken(t)
	c.say("李四", "进展 #R1 已联系供电所")
	got := c.costs(t, 1, "the bystander's words", bot.Message{Chat: grid3, From: "周八", Text: "R1 那个灯昨天晚上又灭了"})
	expect(t, "the bystander is answered", got, grid3+": 好的，周八说的已记到 #R1，李四会看到。有进展会在群里说，也可发「查 #R1」看。")
	expect(t, "查 shows his words and the work", c.say("张三", "查 #R1"),
		grid3+": #R1 一般事项·处理中\n内容：村口的路灯坏了 晚上黑乎乎的\n报告人：张三，今天09:01（同反映：周八）\n负责人：李四，期限3月5日\n"+
			"已做：今天09:03 李四 进展：已联系供电所\n最新：今天09:04 周八 反映：那个灯昨天晚上又灭了")
	expect(t, "he says more", c.say("周八", "#R1 今天早上还是不亮"), grid3+": #R1 就是周八反映的这件事，正在办")
	has(t, "kept too", c.say("李四", "查 #R1"), "最新：今天09:06 周八 反映：今天早上还是不亮")
	if got := c.reports()[0].Status; got != village.StatusInProgress {
		t.Errorf("R1 is %s, want in progress: a neighbour's words change nothing", got)
	}
}

// TestDoneOnTheDay: a handler's "R1 12月4日办结了" said on 4 December is
// done today (not a number after R1, nor a plan); "明天就修好了" and
// "12月6日修好" name a day to come: a plan, its 进展, not its 办结.
func TestDoneOnTheDay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 4, 9, 0, 0, 0, at.Location())
	c.say("张三", "上报 村口的路灯坏了 晚上黑乎乎的")
	c.say("陈二", "上报 后山垃圾堆了好几天没人收")
	c.say("周八", "上报 超市门口下水道堵了")
	c.say("李四", "确认 #R1 #R2")
	c.say("李四", "指派 #R3 王五")
	expect(t, "done on the day", c.say("李四", "R1 12月4日办结了"), grid3+": 按李四的话，#R1 已办结：12月4日办结了。")
	expect(t, "a plan for tomorrow", c.say("李四", "R2 明天就修好了"), grid3+": 按李四的话，#R2 进展已记录：明天就修好了")
	expect(t, "a plan for a day to come", c.say("李四", "R2 12月6日清理好"), grid3+": 按李四的话，#R2 进展已记录：12月6日清理好")
	expect(t, "a promise for this afternoon", c.say("李四", "R2 下午就清理好了"), grid3+": 按李四的话，#R2 进展已记录：下午就清理好了")
	expect(t, "a worker's 办结了 alone", c.say("王五", "办结了"), grid3+": 王五，办好了的话，请回复「办结 #R3 办理结果」")
	expect(t, "a worker's 已经办结了", c.say("王五", "R3 已经办结了"), grid3+": 按王五的话，#R3 已办结：已经办结了。")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusInProgress}, village.StatusResolved)
}

// TestTakenByAnother: a grid cadre's plan to go to an item someone else
// took on ("R1 我去看看", "R1 我下午过去看下") is its 进展, a plan the
// township reads apart from the work: the handler is @-told he is going
// and how it becomes his (指派); it stays the handler's. Of one nobody
// took on yet, the worker hears that the leader gives it to him.
func TestTakenByAnother(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了 晚上黑乎乎的")
	c.say("陈二", "上报 后山垃圾堆了好几天没人收")
	c.say("周八", "上报 超市门口下水道堵了")
	c.say("李四", "确认 #R1")
	c.say("李四", "指派 #R3 王五")
	expect(t, "taken by the leader", c.say("王五", "R1 我去看看"),
		grid3+": 按王五的话，#R1 进展已记录：我去看看\n可发「查 #R1」看全部记录。\n@李四\u2005王五也会去，#R1 仍由李四负责；要改由王五办，请李四回复「指派 #R1 王五」。")
	expect(t, "a plan in other words", c.say("王五", "R1 我下午过去看下"),
		grid3+": 按王五的话，#R1 进展已记录：我下午过去看下\n可发「查 #R1」看全部记录。\n@李四\u2005王五也会去，#R1 仍由李四负责；要改由王五办，请李四回复「指派 #R1 王五」。")
	expect(t, "nobody took it on", c.say("王五", "R2 我去看看"),
		grid3+": 王五，#R2（后山垃圾堆了好几天没人收）还没指派给您，现在由网格长受理。要由您来办，请李四回复「指派 #R2 王五」")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress, "R3": village.StatusAccepted}, village.StatusNew)
	if r1 := c.reports()[0]; !slices.Equal(r1.Handlers, []string{"李四"}) {
		t.Errorf("R1 is handled by %v, want 李四's still", r1.Handlers)
	}
	has(t, "the office sees the plan as one", c.say("李四", "上报镇 #R1 村里没钱换灯"), "打算：今天09:07 王五 说：我下午过去看下")
}

// TestMixedRefs: a command naming items of which some do not exist does
// those that do, and says in one short line which numbers were not found
// (not the items they may be, read before the others changed); when none
// was found, the items they may be are listed once.
func TestMixedRefs(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了 晚上黑乎乎的")
	c.say("陈二", "上报 后山垃圾堆了好几天没人收")
	got := c.say("李四", "确认 #R1 #R9 #R8")
	expect(t, "one done, two unknown", got, grid3+": #R1 已受理，由李四负责，预计3月5日前办结。\n张三，办好后会告诉您。\n没有找到 #R9、#R8，请核对编号。")
	if len(got) == 1 && strings.Contains(got[0], "可能是") {
		t.Errorf("the items it may be are listed beside one done: %q", got[0])
	}
	expect(t, "none found", c.say("李四", "确认 #R8 #R9"),
		grid3+": 没有找到 #R8、#R9，请核对编号。可能是这一件：\n#R2 待受理 后山垃圾堆了好几天没人收\n请回「确认 #R2 …」这样写上对的编号。")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
}

// TestLeaderWeekWords: what a busy week showed: a worker's "R3 疏通好了"
// is its 办结 (not a 进展 the reporter never hears to confirm); the
// reporter's own "R3 …更臭了" is kept with the item as a neighbour's is;
// a leader's "R5 村里没钱修 得报到镇上" is shown 上报镇, not 进展 and 办结.
func TestLeaderWeekWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("周八", "上报 超市门口下水道堵了 污水漫到路上")
	c.say("陈二", "上报 我家门口那段水泥路裂了个大口子")
	c.say("李四", "确认 #R1 #R2")
	c.say("李四", "指派 #R1 王五")
	expect(t, "the reporter tells more", c.say("周八", "R1 那个下水道今天早上更臭了"), grid3+": #R1 就是周八反映的这件事，正在办")
	has(t, "kept", c.say("王五", "查 #R1"), "最新：今天09:05 周八 反映：那个下水道今天早上更臭了")
	expect(t, "for the township", c.say("李四", "R2 村里没钱修 得报到镇上"),
		grid3+": 李四，#R2 要上报镇吗？回复「1」就上报，您这句话一并发到镇网格工作群；只是记一下进展，请发「进展 #R2 情况」。")
	expect(t, "unblocked", c.say("王五", "R1 疏通好了"), grid3+": 按王五的话，#R1 已办结：疏通好了。")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved}, village.StatusAccepted)
}

// TestPlainNoteOfHisOnlyItem: a grid cadre's words with no number on a
// visit ("昨天去看过了", "过两天再去") are the 进展 of the one open item
// of the group he handles, however long ago it was last touched; with
// several he is asked which; a villager's same words are chit-chat.
func TestPlainNoteOfHisOnlyItem(t *testing.T) {
	c := darkLampTaken(t)
	has(t, "a plan of his only item", c.say("李四", "过两天再去"), "#R1 进展已记录：过两天再去")
	c.now = c.now.Add(5 * 24 * time.Hour)
	has(t, "a visit long after", c.say("李四", "昨天去看过了"), "#R1 进展已记录：昨天去看过了")
	expect(t, "a villager's", c.say("张三", "昨天去看过了"))
	c.say("陈二", "上报 后山垃圾堆了好几天没人收")
	c.say("李四", "确认 #R2")
	has(t, "several", c.say("李四", "过两天再去"), "您说的「过两天再去」是哪件的进展？请回复数字：", "#R1 ", "#R2 ", "发「进展 #R2 过两天再去」一样")
}

// TestOfficerPlanOnItem: a township officer's plan on an item, said in
// the office chat with its number ("R1 我下午过去看下") of one sent up, is
// its 进展, as a grid cadre's: it stays its handler's.
func TestOfficerPlanOnItem(t *testing.T) {
	c := darkLampTaken(t)
	c.say("李四", "上报镇 #R1 村里没钱换灯")
	has(t, "the officer's plan", c.in(officeChat, "孙七", "R1 我下午过去看下"), "#R1 镇里由孙七接手，进展已记录：我下午过去看下", "青山村三组网格群: 按孙七的话")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusEscalated}, village.StatusNew)

}
