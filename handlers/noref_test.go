package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// TestCommandWithoutReference: a villager answers 办结 with a bare 满意 or
// 查 and his one report is meant; everything that changes a report on a
// guess is refused, with the reports it could mean listed; "#3" is R3.
func TestCommandWithoutReference(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 我家门口的水管爆了"), "已登记 #R1")
	expect(t, "report 2", c.say("陈二", "上报 村口垃圾桶满了没人收"), "已登记 #R2")
	expect(t, "report 3", c.say("张三", "上报 后山小路的护栏倒了"), "已登记 #R3")

	for _, step := range []struct{ name, from, text, want string }{
		{"the leader's bare 确认 lists, acts on none", "李四", "确认",
			"请写上编号，例如：确认 #R3；也可以引用我那条消息再回「确认」。\n可能是这几件：\n#R3 待受理 后山小路的护栏倒了\n#R2 待受理 村口垃圾桶满了没人收\n#R1 待受理 我家门口的水管爆了"},
		{"#1 is R1", "李四", "确认#1", "#R1 已受理"},
		{"a long note after ＃1 is still a command", "王五", "进展＃1 已经联系了镇上水管站，明天上午来修",
			"#R1 进展已记录：已经联系了镇上水管站，明天上午来修"},
		{"resolved", "李四", "办结 #1 换了一段管子", "#R1 已办结：换了一段管子。"},
		{"a villager with nothing resolved", "陈二", "满意", "您没有办结了等您确认的事项"},
		{"查 with two open reports lists them", "张三", "查", "可能是这几件：\n#R3 待受理 后山小路的护栏倒了\n#R1 已办结待确认"},
		{"the reporter's bare 满意 closes his one resolved report", "张三", "满意", "#R1 已完结"},
		{"查 with one open report shows it", "张三", "查", "#R3 一般事项"},
		{"nothing left to confirm", "张三", "满意", "您没有办结了等您确认的事项"},
	} {
		expect(t, step.name, c.say(step.from, step.text), step.want)
	}
	statuses := map[string]village.Status{}
	for _, r := range c.reports() {
		statuses[r.ID] = r.Status
	}
	want := map[string]village.Status{"R1": village.StatusClosed, "R2": village.StatusNew, "R3": village.StatusNew}
	for id, s := range want {
		if statuses[id] != s {
			t.Errorf("%s is %s, want %s", id, statuses[id], s)
		}
	}
}

// TestDeadReference: a number no item can have (0, ten digits and more)
// is a mistyped number, not a missing one: the command is answered as
// naming a number nobody has and acts on nothing, where it used to act on
// the one open item ("确认 #R0" accepted R1) or stay unanswered.
func TestDeadReference(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 我家门口的水管爆了"), "已登记 #R1")
	expect(t, "claim", c.say("陈二", "申请积分 HJ02 打扫了村口的公共厕所"), "#C1")
	for _, step := range []struct{ name, from, text, want string }{
		{"#R0 accepts nothing", "李四", "确认 #R0", "没有找到 #R0，请核对编号"},
		{"bare #0 is a report's", "李四", "确认 #0 马上去", "没有找到 #R0，请核对编号"},
		{"zeros", "李四", "办结 R00 修好了", "没有找到 #R00，请核对编号"},
		{"eleven digits, in a long message", "张三", "满意 #R13912345678 谢谢网格长帮忙",
			"没有找到 #R13912345678，请核对编号；发「查」可看您反映的事项"},
		{"twenty digits", "张三", "查 #R99999999999999999999", "没有找到 #R99999999999999999999"},
		{"a scorer's #C0", "赵六", "同意 #C0 5", "没有找到 #C0，请核对积分编号；发「待审」可看还没审核的申请。"},
		{"an objection's #C0", "张三", "异议 #C0 他没打扫", "没有找到 #C0，请核对积分编号；能提异议的积分"},
	} {
		expect(t, step.name, c.say(step.from, step.text), step.want)
	}
	c.wantStatuses(nil, village.StatusNew)
	cs, err := storage.Claims(context.Background(), c.st, village3, storage.ClaimIndex(""))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Status != village.ClaimPending {
		t.Errorf("claims %+v, want C1 pending", cs)
	}
}

// TestBareReopenNeedsOneCandidate: with two of his reports resolved, the
// reporter's bare 未解决 reopens neither and lists both.
func TestBareReopenNeedsOneCandidate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 我家门口的水管爆了"), "已登记 #R1")
	expect(t, "report 2", c.say("张三", "上报 后山小路的护栏倒了"), "已登记 #R2")
	expect(t, "resolve 1", c.say("李四", "办结 #R1 修好了"), "#R1 已办结")
	expect(t, "resolve 2", c.say("李四", "办结 #R2 扶起来了"), "#R2 已办结")
	expect(t, "bare reopen", c.say("张三", "未解决 还在漏"),
		"请写上编号，例如：未解决 #R2；也可以引用我那条消息再回「未解决」。\n可能是这几件：\n#R2 已办结待确认 后山小路的护栏倒了\n#R1 已办结待确认 我家门口的水管爆了")
	c.wantStatuses(nil, village.StatusResolved)
}

// TestPointsQuestions: a question about the points system in the group
// gets the answer its command would give; other questions and chat stay
// unanswered, and a how-to question is not taken for a claim.
func TestPointsQuestions(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, step := range []struct{ name, from, text, want string }{
		{"the shop", "张三", "积分超市有什么", "积分超市：\n香皂 5分/块"},
		{"how to claim", "陈二", "怎么申请积分", "申请积分这样发：申请积分 做了什么"},
		{"may I get points", "陈二", "能加分吗", "积分怎么用："},
		{"own points", "张三", "我家积分有多少了？", "张三户2026年积分"},
		{"ranking", "陈二", "积分排名第几了", "青山村2026年积分排行"},
		{"balance before the shop", "张三", "我还有多少积分可以兑换？", "张三户2026年积分"},
		{"how to redeem", "张三", "积分怎么兑换？", "积分超市：\n香皂 5分/块"},
		{"household's", "陈二", "我家多少积分了？", "陈二户2026年积分"},
		{"look up", "张三", "查一下我的积分", "张三户2026年积分"},
		{"look up, no whose", "陈二", "帮我查下积分", "陈二户2026年积分"},
		{"look", "陈二", "看看我家积分", "陈二户2026年积分"},
		{"bare how much", "张三", "积分多少", "张三户2026年积分"},
		{"household's, in 分", "陈二", "我家多少分了", "陈二户2026年积分"},
		{"dialect", "张三", "俺家积分有多少", "张三户2026年积分"},
		{"what is left, then the shop", "陈二", "积分还剩多少能换东西吗", "陈二户2026年积分"},
		{"whose not said", "陈二", "请问今年的积分是多少", "陈二户2026年积分"},
		{"another household the roster lacks", "陈二", "老王家积分有多少", "村民只能查本户的积分"},
		{"someone else's, by a villager", "陈二", "张三家积分多少", "村民只能查本户的积分"},
		{"someone else's, in 分", "陈二", "张三家多少分了", "村民只能查本户的积分"},
		{"a price is no balance", "陈二", "换一袋大米要多少积分？", "积分怎么用："},
	} {
		expect(t, step.name, c.say(step.from, step.text), step.want)
	}
	expect(t, "a cadre may ask after any household", c.say("李四", "张三家积分多少"), "李四: 张三户2026年积分", "张三户的积分已私信发给您")
	for _, text := range []string{"路灯什么时候修好呀", "大家吃了吗", "今天积极点，早点去地里", "看看谁家积分高的去评先进，大家都要好好干", "孩子这次考试考了多少分了"} {
		silent(t, fmt.Sprintf("%q", text), c.say("陈二", text))
	}
}

// TestPointsHowTo: asked how points are claimed or where they are
// checked, in free words, the bot gives the one short answer, whether
// called by @, by its name ("小助手 …") or in private; "我怎么申请积分" is
// no claim to confirm. Villagers asking each other stay unanswered.
func TestPointsHowTo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	claimHow, checkHow := "申请积分这样发：申请积分 做了什么，有证明人就写上", "查您家的积分请发「我的积分」"
	for _, step := range []struct{ name, text, want string }{
		{"where, @", "@网格小助手 积分在哪里查", checkHow},
		{"where, called by name", "网格小助手，积分到哪看", checkHow},
		{"how, called by name", "小助手 我怎么申请积分", claimHow},
		{"how, @", "@网格小助手 我怎么申请积分", claimHow},
		{"how, wanting", "我想申请积分，怎么弄", claimHow},
		{"how, not knowing", "我也不知道积分怎么申请", claimHow},
	} {
		got := c.say("陈二", step.text)
		expect(t, step.name, got, step.want)
		lacks(t, step.name, got, "我理解为", "积分怎么用")
	}
	expect(t, "private", c.private("陈二", "我怎么申请积分"), claimHow)
	expect(t, "a greeting calls it", c.say("陈二", "小助手你好"), "我是网格小助手")
	for _, text := range []string{"@张三 积分在哪里查", "张三，你的积分怎么申请的", "张三你知道积分在哪查吗", "你们积分都是怎么申请的？", "小助手说的不对吧"} {
		silent(t, fmt.Sprintf("%q", text), c.say("陈二", text))
	}
}

// TestOfficePointsQuestion: an officer asking the bot about points in
// the township's chat in his own words gets the answer (the township's
// ranking), not the menu; the office's own talk stays unanswered.
func TestOfficePointsQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "ranking", c.office("@网格小助手 全镇积分排名怎么样了"), "青山镇网格工作群: 全镇2026年积分排行（按户均分）")
	silent(t, "office talk answered", c.office("各村积分排行发一下"))
}

// TestOfficeCommandWithoutReference: in the township office chat the
// reports a bare command could mean are the escalated and emergency
// items of every grid the officer may act on.
func TestOfficeCommandWithoutReference(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村里的桥栏杆断了好几根"), "已登记 #R1")
	expect(t, "report 2", c.say("陈二", "上报 村口垃圾桶满了没人收"), "已登记 #R2")
	expect(t, "escalate 1", c.say("李四", "上报镇 #R1 需要镇里出资维修"), "【网格上报】青山村三组 #R1", "#R1 已上报镇里")
	expect(t, "bare 办结 in the office", c.office("办结"),
		"请写上编号，例如：办结 #R1；也可以引用我那条消息再回「办结」。\n可能是这一件：\n#R1 已上报镇 村里的桥栏杆断了好几根")
	expect(t, "bare 确认: the escalated item the township may take over", c.office("确认"),
		"请写上编号，例如：确认 #R1；也可以引用我那条消息再回「确认」。\n可能是这一件：\n#R1 已上报镇")
}

// TestTodoPages: a long 待办 comes a page at a time, overdue items first.
func TestTodoPages(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i := range 17 {
		c.now = c.now.Add(7 * time.Minute) // fewer than maxReportsPerHour an hour
		expect(t, "report", c.say("张三", fmt.Sprintf("上报 第%d号路灯不亮了", i+1)), "已登记 #R")
	}
	c.now = c.now.Add(48 * time.Hour) // R1..R17 are past their 24-hour acceptance
	expect(t, "accept R3", c.say("李四", "确认 #R3"), "#R3 已受理")
	got := c.say("李四", "待办")
	if len(got) != 1 {
		t.Fatalf("待办: %q", got)
	}
	lines := strings.Split(got[0], "\n")
	if lines[0] != "青山村三组网格群: 三组待办 17 件（第 1/2 页，超期的排在前面）：" || len(lines) != 17 {
		t.Fatalf("page 1:\n%s", got[0])
	}
	if !strings.HasPrefix(lines[1], "#R1 待受理") || !strings.Contains(lines[1], "已超期") || strings.Contains(got[0], "#R3 ") {
		t.Errorf("page 1 lists the overdue items first, R3 (not overdue) last:\n%s", got[0])
	}
	if lines[16] != "回复「查 #编号」看详情。还有 2 件，发「待办 2」看下一页。" {
		t.Errorf("page 1 ends %q", lines[16])
	}
	expect(t, "page 2", c.say("李四", "待办 2"), "三组待办 17 件（第 2/2 页，超期的排在前面）：\n#R17 待受理")
	expect(t, "a page too far is the last", c.say("李四", "待办 第9页"), "（第 2/2 页")
	expect(t, "the page glued to the command", c.say("李四", "待办2"), "三组待办 17 件（第 2/2 页")
	expect(t, "the page written out, glued", c.say("李四", "待办第2页"), "三组待办 17 件（第 2/2 页")
}

// TestWrongStateNamesWhatTheSenderMayDo: a command the report's status
// does not allow is answered with the steps the sender may take, or, for
// one who may take none, where to watch it.
func TestWrongStateNamesWhatTheSenderMayDo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "progress", c.say("王五", "进展 #R1 已联系电工"), "#R1 进展已记录")
	expect(t, "the reporter too early", c.say("张三", "满意 #R1"),
		"#R1 现在是「处理中」，还不能确认满意；办结后再回「满意 #R1」。可发「查 #R1」看进度。")
	expect(t, "the reporter's 未解决 too early", c.say("张三", "未解决 #R1 还没修"),
		"#R1 现在是「处理中」，还没有办结，不用回「未解决」；办结后如果没解决，再回「未解决 #R1 原因」。可发「查 #R1」看进度。")
	expect(t, "the leader", c.say("李四", "确认 #R1"),
		"#R1 现在是「处理中」，不用再「确认」了。您现在可以：「指派」「进展」「办结」「上报镇」「驳回」「等待」。")
	expect(t, "waiting", c.say("李四", "等待 #R1 等村民补材料"), "#R1 已暂停计时")
	// a second 等待 notes that it still waits, the clock stopped since the first (reports49)
	expect(t, "waiting again", c.say("李四", "等待 #R1 等村民补材料"), "#R1 仍暂停计时（今天09:06起）")
	expect(t, "resolved", c.say("李四", "办结 #R1 修好了"), "#R1 已办结")
	expect(t, "waiting after 办结", c.say("李四", "等待 #R1 等村民补材料"),
		"#R1 现在是「已办结待确认」，不能转为「等待村民」。可发「查 #R1」看进度。")
	expect(t, "办结 twice", c.say("李四", "办结 #R1 修好了"),
		"#R1 现在是「已办结待确认」，在等报告人回「满意」或「未解决」。可发「查 #R1」看进度。")
	expect(t, "closed", c.say("张三", "满意 #R1"), "#R1 已完结")
	expect(t, "满意 twice", c.say("张三", "满意 #R1"), "#R1 现在是「已完结」，不用再回「满意」了。这件事已经结束；还有问题请重新「上报」，或找网格长李四。")
	// the grid's only leader is not sent to himself
	expect(t, "办结 when closed", c.say("李四", "办结 #R1 修好了"), grid3+": #R1 现在是「已完结」，不能再「办结」了。这件事已经结束；还有问题请重新「上报」。")
}

// TestPrivateTodo: in a private chat, 待办 shows a grid leader his grid and
// a township officer the township's escalated and emergency items.
func TestPrivateTodo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "emergency", c.say("陈二", "快来人 后山着火了"), "【突发事件】", "紧急情况 #R2")
	expect(t, "the leader", c.private("李四", "待办"), "李四: 三组待办 2 件：\n#R1 待受理 村口路灯不亮了")
	expect(t, "the officer", c.private("孙七", "待办"), "孙七: 全镇已上报和突发事项待办 1 件：\n#R2 青山村三组 突发·待受理")
	expect(t, "a villager", c.private("张三", "待办"), "张三: 抱歉，「待办」需要本网格的网格长或网格员来操作。要看您自己反映的事项，请发「我的事项」。")
}

// TestMine: 我的事项 lists the sender's open reports, those he follows too.
func TestMine(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "nothing yet", c.say("陈二", "我的事项"), "您目前没有还没办完的事项。")
	expect(t, "report", c.say("陈二", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "another's", c.say("张三", "上报 后山小路的护栏倒了"), "已登记 #R2")
	expect(t, "offered", c.say("陈二", "上报 后山的护栏倒了"), "已有人反映 #R2")
	expect(t, "merged", c.say("陈二", "是"), "已合并")
	expect(t, "his", c.say("陈二", "我反映的"),
		"您反映的还没办完的事项：\n#R2 待受理 后山小路的护栏倒了\n#R1 待受理 村口路灯不亮了\n发「查 #编号」看进度")
}

// TestVillagerAsksProgress: "进度 #R1" from a villager who may not record
// progress asks how it stands; with a note it is refused as before.
func TestVillagerAsksProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "asks", c.say("张三", "进度 #R1"), "#R1 一般事项·待受理")
	expect(t, "asks without a number", c.say("张三", "进度"), "#R1 一般事项·待受理")
	expect(t, "a note", c.say("张三", "进展 #R1 我自己换了灯泡"), "抱歉，「进展」需要网格长、网格员或负责人来操作。")
}

// TestWrongReferenceKind: a report command given a claim's number, or a
// claim command given a report's, changes nothing and says what the item
// is and which command fits it — a villager's 「异议 #R1」 is no longer
// met with silence, a leader's 「确认 #C1」 no longer told there is
// nothing to confirm.
func TestWrongReferenceKind(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "claim", c.say("张三", "申请积分 今天参加了村里义务劳动 证明人 王五"), "已登记积分申请 #C1")
	for _, step := range []struct{ name, from, text, want string }{
		{"a leader accepts a claim", "李四", "确认 #C1",
			"#C1 是积分申请，不是反映的事项，不能「确认」。积分申请由评分小组回「同意 #C1 分数」审核；发「查 #C1」可看这项积分。"},
		{"full-width, glued", "李四", "确认＃Ｃ１",
			"#C1 是积分申请，不是反映的事项，不能「确认」。"},
		{"a scorer approves a report", "赵六", "同意 #R1 5",
			"#R1 是反映的事项，不是积分申请，不能「同意」。「同意」只用于积分申请（#C 开头的编号）。发「查 #R1」可看这件事。"},
		{"its reporter agrees", "张三", "同意 #R1",
			"「同意」只用于积分申请（#C 开头的编号）。这件事办结后，解决了请回「满意 #R1」；发「查 #R1」可看这件事。"},
		{"its leader agrees", "李四", "同意 R1",
			"「同意」只用于积分申请（#C 开头的编号）。受理这件事请回「确认 #R1」；发「查 #R1」可看这件事。"},
		{"another villager agrees", "陈二", "同意 #R1",
			"不能「同意」。「同意」只用于积分申请（#C 开头的编号）。发「查 #R1」可看这件事。"},
		{"no such report", "张三", "同意 #R9",
			"「同意」只用于积分申请（#C 开头的编号）。发「查 #R9」可看这件事。"},
		{"a villager objects to a report", "陈二", "异议 #R1 没修好",
			"#R1 是反映的事项，不是积分申请，不能「异议」。事项办结后没解决，请报告人回「未解决 #R1 原因」；发「查 #R1」可看这件事。"},
		{"the reporter withdraws his report", "张三", "撤回 R1",
			"不能「撤回」。事项不用办了，请告诉网格长；"},
		{"a reporter reopens a claim", "张三", "未解决 #C1",
			"不能「未解决」。对积分有意见，请在公示期内回「异议 #C1 理由」；"},
	} {
		expect(t, step.name, c.say(step.from, step.text), step.want)
	}
	c.firstStatus(village.StatusNew)
	c.say("李四", "办结 #R1 换了灯泡")
	expect(t, "its reporter agrees, resolved", c.say("张三", "同意 #R1"),
		grid3+": #R1 是反映的事项，不是积分申请，不能「同意」。「同意」只用于积分申请（#C 开头的编号）。这件事解决了请回「满意 #R1」，没解决请回「未解决 #R1 原因」；发「查 #R1」可看这件事。")
	c.firstStatus(village.StatusResolved)
	c.say("张三", "未解决 #R1 还是不亮")
	// A claim number further on is a note's, not the item meant: the
	// quoted report is resolved.
	expect(t, "a note naming C3", c.say("李四", "「网格小助手：已登记 #R1（一般事项）」\n- - - - - - - - - - - - - - -\n办结 换了C3型号的灯泡"),
		"#R1 已办结：换了C3型号的灯泡。")
	// closed by his 满意, the item has nothing left to answer: only 查
	c.say("张三", "满意 #R1")
	c.firstStatus(village.StatusClosed)
	for _, who := range []string{"张三", "李四"} {
		got := c.say(who, "同意 #R1")
		expect(t, who+" agrees, closed", got, "「同意」只用于积分申请（#C 开头的编号）。发「查 #R1」可看这件事。")
	}
}

// TestSatisfiedAsPeopleSayIt: the reporter answers 办结 the way people
// do — 「满意了」「非常满意👍」「满意！」 — and his one resolved report is
// closed; a bare exclamation mark is no note in its history.
func TestSatisfiedAsPeopleSayIt(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i, answer := range []string{"满意了", "非常满意👍", "满意！"} {
		ref := fmt.Sprintf("#R%d", i+1)
		expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 "+ref)
		expect(t, "resolve", c.say("李四", "办结 "+ref+" 修好了"), ref+" 已办结")
		expect(t, answer, c.say("张三", answer), ref+" 已完结，谢谢您的反馈！")
	}
	expect(t, "a question is no answer", c.say("张三", "满意吗？"))
	for _, r := range c.reports() {
		last := r.History[len(r.History)-1]
		if r.Status != village.StatusClosed || last.Note != "" {
			t.Errorf("%s is %s, last note %q; want closed without a note", r.ID, r.Status, last.Note)
		}
	}
}

// TestMisspeltVerbIsShown: a cadre's mistyped verb before an item's
// number ("办节 #R1 修好了") was met with silence; now the command meant is
// shown, in the grid and the township chat, and nothing is done on the
// guess.
func TestMisspeltVerbIsShown(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	for _, step := range []struct{ chat, from, text, want string }{
		{grid3, "李四", "办节 #R1 修好了", grid3 + ": @李四\u2005「办节」不是口令，您是想发「办结 #R1 修好了」吗？是的话回复「1」照办，不是就不用管。"},
		{grid3, "李四", "确仁R1", "您是想发「确认 R1」吗？"},
		{officeChat, "孙七", "进站 #R1 已联系", officeChat + ": @孙七\u2005「进站」不是口令，您是想发「进展 #R1 已联系」吗？"},
	} {
		expect(t, step.text, c.in(step.chat, step.from, step.text), step.want)
	}
	expect(t, "talk about an item", c.say("张三", "那个 #R1 的事 @李四 再看看"))
	c.firstStatus(village.StatusNew)
}

// TestReferenceBeforeVerb: cadres and villagers often write the item first
// ("R1 确认", "R1已办结 换了灯泡", "C1 同意 5"); that is the command, and
// a question about the item ("R1 办结了吗") is not.
func TestReferenceBeforeVerb(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "accept written after the item", c.say("李四", "R1 确认"), "#R1 已受理")
	expect(t, "full-width item and extra spaces", c.say("李四", "＃Ｒ１   指派  王五"), "#R1 已指派给王五")
	expect(t, "assigned with the name glued", c.say("李四", "R1 交给郑十"), "#R1 已改派给郑十（王五不再负责）")
	expect(t, "assigned back, 指派给 glued", c.say("李四", "R1 指派给王五"), "#R1 已指派给王五")
	expect(t, "a question about the item is not the command", c.say("张三", "R1 办结了吗？"), "#R1 一般事项")
	expect(t, "resolve glued to the item", c.say("王五", "R1已办结 换了灯泡"), "#R1 已办结：换了灯泡。")
	expect(t, "the reporter's answer after the item", c.say("张三", "r1 满意"), "#R1 已完结")
	c.firstStatus(village.StatusClosed)

	expect(t, "claim", c.say("张三", "申请积分 给 张明 参加村里清理河道 证明人 王五"), "已登记积分申请 #C1")
	expect(t, "approve written after the claim", c.say("赵六", "C1 同意"), "#C1 已通过")
}

// TestNoteAfterReference: a cadre's note after a report's number without
// a verb ("R1 修好了") is shown the two commands it may mean, 办结 first
// when it says the matter is done, and records nothing; a step on the way
// ("已经联系电工") is never offered as the 办结's result; a question about the report is answered, and a villager's
// note is not the cadre's business. "R1收到 马上去" takes the report on,
// as 收到 quoting its message does.
func TestNoteAfterReference(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "the leader's note", c.say("李四", "R1 修好了"),
		grid3+": 李四，已经办好了，请发「办结 #R1 修好了」，我会请报告人确认；只是记一下进展，请发「进展 #R1 修好了」。")
	expect(t, "the worker's note glued", c.say("王五", "#R1已经联系电工"),
		grid3+": 王五，要把「已经联系电工」记到 #R1 上吗？回复「1」就照「进展 #R1 已经联系电工」记下；办好以后再发「办结 #R1 结果」。")
	has(t, "not done yet", c.say("李四", "R1 还没修好 明天再去"), "回复「1」就照「进展 #R1 还没修好 明天再去」记下；办好以后再发「办结 #R1 结果」。")
	expect(t, "a question", c.say("李四", "R1 修好了吗"), "#R1 一般事项·待受理")
	expect(t, "report 2", c.say("陈二", "上报 水渠堵了"), "已登记 #R2")
	expect(t, "a note on two reports", c.say("李四", "R1、R2 都弄好了"), "已经办好了，请发「办结 #R1 #R2 弄好了」，我会请报告人确认；只是记一下进展，请发「进展 #R1 #R2 弄好了」。")
	expect(t, "a model number", c.say("李四", "R1型号的灯泡哪里有卖"))
	c.firstStatus(village.StatusNew)
	expect(t, "收到 after the number takes it on", c.say("李四", "R1收到 马上去"), grid3+": 按李四的回复，#R1 已受理，由李四负责")
	expect(t, "and again is silence", c.say("李四", "R1 收到"))
	expect(t, "an officer in the township chat", c.in("青山镇网格工作群", "孙七", "R1 已协调供电所"), "孙七，要把「已协调供电所」记到 #R1 上")
}

// TestBareVerbRefused: a villager's bare 驳回, 确认, 指派, 办结 or 同意 (no
// reference) is answered with whose command it is and whom to ask, not
// with how to write the number; those who may are still told how.
func TestBareVerbRefused(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	for _, step := range []struct{ name, from, text, want string }{
		{"villager 驳回", "陈二", "驳回", grid3 + ": 抱歉，「驳回」需要本网格的网格长来操作。请联系李四。"},
		{"villager 确认", "陈二", "确认", "抱歉，「确认」需要本网格的网格长或这件事的负责人"},
		{"villager 指派", "陈二", "指派", "抱歉，「指派」需要本网格的网格长"},
		{"villager 办结", "陈二", "办结", "抱歉，「办结」需要本网格的网格长或这件事的负责人"},
		{"villager 同意", "陈二", "@网格小助手 同意", "抱歉，「同意」需要评分小组成员（或镇干部）来操作。请联系赵六。"},
		{"leader 驳回", "李四", "驳回", "请写上编号，例如：驳回 #R1"},
		{"scorer 驳回", "赵六", "驳回", "请写上积分编号，例如：驳回 #C12"}, // he rejects claims only (small52)
		{"worker 进展", "王五", "进展", "请写上编号，例如：进展 #R1"},
	} {
		expect(t, step.name, c.say(step.from, step.text), step.want)
	}
	silent(t, "a villager's 同意 in the group answered", c.say("陈二", "同意"))
}

// TestNoteAfterReferenceOfHisOwn: the one who took an item on and writes
// a note after its number that says how it goes ("R1 电工说要等灯泡到货
// 下周才有") has it recorded as its 进展, as the same words without the
// number are: he is not asked to type it again; done words are its 办结,
// which his 进展 takes back. Words of a wait that may be his own still
// get the commands to choose from (a plain wait on the villager is his
// 等待: TestLeaderWaitsInWords).
func TestNoteAfterReferenceOfHisOwn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "taken on", c.say("李四", "确认 #R1"), grid3+": #R1 已受理")
	expect(t, "his note after the number", c.say("李四", "R1 电工说要等灯泡到货 下周才有"), grid3+": 按李四的话，#R1 进展已记录")
	if r := c.reports()[0]; r.History[len(r.History)-1].Action != village.ActProgress || r.History[len(r.History)-1].Note != "电工说要等灯泡到货 下周才有" {
		t.Errorf("last entry %+v", r.History[len(r.History)-1])
	}
	has(t, "done is resolved, and how to take it back", c.say("李四", "R1 修好了"), "按李四的话，#R1 已办结：修好了", "请回复「进展 #R1 情况」，办结就撤回了")
	has(t, "taken back", c.say("李四", "进展 #R1 还差一个灯泡"), "#R1 已撤回办结，接着办；进展已记录")
	expect(t, "a wait that may be his own is asked", c.say("李四", "R1要等我回来再挖 先等等"),
		grid3+": 李四，在等村民的，请发「等待 #R1 要等我回来再挖 先等等」暂停计时，等到了再发「进展 #R1 情况」接着办；只是记一下进展，请发「进展 #R1 要等我回来再挖 先等等」。")
	// a worker's plan on one the leader took on is its 进展, told to the leader
	has(t, "a worker not on it", c.say("王五", "R1 我明天也去看看"), "按王五的话，#R1 进展已记录：我明天也去看看", "@李四\u2005王五也会去，#R1 仍由李四负责")

	expect(t, "report 2", c.say("陈二", "上报 我家后面水沟堵了"), "已登记 #R2")
	expect(t, "a worker's plan on one not his", c.say("王五", "R2 我下午去看看"), grid3+": 王五，#R2（我家后面水沟堵了）还没指派给您，现在由网格长受理。要由您来办，请李四回复「指派 #R2 王五」")
	expect(t, "the leader's plan takes it on", c.say("李四", "R2 我下午带人过去"), grid3+": 按李四的回复，#R2 已受理，由李四负责")
	if r := c.reports()[1]; r.Status != village.StatusAccepted || r.History[len(r.History)-1].Note != "我下午带人过去" {
		t.Errorf("R2 %s, last entry %+v", r.Status, r.History[len(r.History)-1])
	}
}
