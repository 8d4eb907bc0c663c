package handlers_test

import (
	"context"
	"fmt"
	"github.com/google/go-cmp/cmp"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// TestAddressedProcedureQuestion: a question to the bot that names a
// procedure of the knowledge base is an approval matter with its steps,
// even when the reader does not take it for one (this reader knows no
// procedures: app.NewReader's does, see understand.Rules.WithProcedures);
// an unknown matter asked of the bot gets help, and one not asked of it
// what the reader makes of it (here: nothing).
func TestAddressedProcedureQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "old-age card", c.say("陈二", "@网格小助手 老年证怎么办"),
		"已登记 #R1（办事咨询）：老年证怎么办\n【老年人优待证】怎么办：\n1. 满60周岁的老人")
	expect(t, "a shop licence", c.say("陈二", "@网格小助手 想开个小卖部要办什么证"), "【个体营业执照】怎么办：")
	expect(t, "social-security card, not pension", c.say("陈二", "@网格小助手 社保卡坏了怎么补"), "【社保卡补办】怎么办：")
	expect(t, "a typo", c.say("陈二", "@网格小助手 低包怎么办理"), "【低保】怎么办：")
	expect(t, "reimbursement, not the premium", c.say("陈二", "@网格小助手 医保报销要带啥"), "【医保报销】办理流程里写的：\n带齐材料：") // the part asked (appr97)
	expect(t, "nothing known", c.say("陈二", "@网格小助手 你是谁"), "我是网格小助手，可以这样用")
	expect(t, "the weather (lead111)", c.say("陈二", "@网格小助手 今天天气怎么样"), "天气我查不到")
	expect(t, "something it cannot place is asked about", c.say("陈二", "@网格小助手 老王家那个棚子你们去看一眼吧"),
		grid3+": @陈二\u2005我理解为：一般事项·其他——老王家那个棚子你们去看一眼吧。回复「1」登记，「2」不用。")
	expect(t, "not a matter after all", c.say("陈二", "2"), grid3+": 好的，「老王家那个棚子你们去看一眼吧」不登记。")
	expect(t, "thanks", c.say("陈二", "@网格小助手 谢谢你"), "不客气！")
	shortTries(t, c)
	silent(t, "是 in the group", c.say("陈二", "是"))
	silent(t, "not addressed", c.say("陈二", "老年证怎么办"))
	reps := c.reports()
	if len(reps) != 5 {
		t.Fatalf("%d reports, want 5", len(reps))
	}
	for _, r := range reps {
		if r.Type != village.Approval || r.Category != "政策咨询" {
			t.Errorf("%s is %s/%s, want approval/政策咨询", r.ID, r.Type, r.Category)
		}
	}
}

// TestHelpByRole: 帮助 lists what the sender's roles may do, each role's
// line only for those who hold it; the answers that may quote the bot are
// the sender's own (a villager was told to quote it and 「确认」, which
// only refused him). A township officer's or admin's of no grid is the
// township's: no 上报 nor 申请积分, he has no grid nor household.
func TestHelpByRole(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lines := map[string]string{"网格长": "网格长：确认 #R", "网格员": "网格员：代报 名字", "镇干部": "镇干部：确认 #R（突发、已上报镇的）｜ 指派 #R 部门或名字 ｜ 进展 #R … ｜ 办结 #R … ｜ 退回 #R 原因（已上报镇的）｜ 驳回 #R 误报（突发的）｜",
		"评分小组": "评分小组：待审 ｜ 同意 #C", "超市管理员": "超市管理员：兑换", "管理员": "\n管理员：绑定本群 网格名"}
	for _, tc := range []struct {
		who   string
		roles []string
		quote string
	}{
		{"张三", nil, "「查」「满意」「未解决 原因」"},
		{"李四", []string{"网格长"}, "「确认」「办结 已修好」"},
		{"王五", []string{"网格员"}, "「进展 已联系」「办结 已修好」（派给您的事项）"},
		{"赵六", []string{"评分小组"}, "「同意 5」「驳回 理由」"},
		{"周八", []string{"超市管理员"}, "「查」「满意」「未解决 原因」"},
		{"孙七", []string{"镇干部"}, "「确认」「办结 已修好」"},
		{"吴九", []string{"管理员"}, "「查」"},
	} {
		got := c.private(tc.who, "帮助")
		// a township officer or admin of no grid nor household gets
		// the township's menu, not a villager's
		head := "· 上报 什么事"
		if slices.Contains(tc.roles, "镇干部") || slices.Contains(tc.roles, "管理员") {
			head = "· 查 #R编号 ｜ 待办（全镇已上报和突发事项）"
		}
		if len(got) != 1 || !strings.Contains(got[0], head) {
			t.Fatalf("%s 帮助: %q", tc.who, got)
		}
		if want := "也可以引用我的消息直接回" + tc.quote + "。"; !strings.Contains(got[0], want) {
			t.Errorf("%s 帮助 lacks %q:\n%s", tc.who, want, got[0])
		}
		for role, line := range lines {
			if want := slices.Contains(tc.roles, role); strings.Contains(got[0], line) != want {
				t.Errorf("%s 帮助 has the %s line: %v, want %v\n%s", tc.who, role, !want, want, got[0])
			}
		}
	}
	// What each role may do and the help used to leave out.
	for who, want := range map[string]string{"李四": "｜ 代报 名字 什么事 ｜ 回访 名字 已通/未接通/上门 情况",
		"周八": "｜ 撤销兑换 #D编号", "吴九": "确认身份 或 拒绝身份 群昵称（这两个在群里发）｜ 通知（紧急通知）全镇/村名/网格 内容 ｜ 查 #N编号 或 通知 未回复 ｜ 积分排行 全镇",
		"孙七": "替回避的评分人审核：待审 ｜ 同意 #C [分] ｜ 驳回 #C 理由 ｜ 撤销兑换 #D编号 理由（超市管理员不能撤的）"} {
		if got := c.private(who, "帮助"); len(got) != 1 || !strings.Contains(got[0], want) {
			t.Errorf("%s 帮助 lacks %q: %q", who, want, got)
		}
	}
	// 答复 was missing: the grid's cadres answer procedure questions
	for _, who := range []string{"李四", "王五"} {
		for _, send := range []func(string, string) []string{c.private, c.say} {
			if got := send(who, "帮助"); len(got) != 1 || !strings.Contains(got[0], "答复 #R 内容（回答村民问的办事流程）") {
				t.Errorf("%s 帮助 lacks 答复: %q", who, got)
			}
		}
	}
}

// TestReplyToAReportMessage: quoting the bot's message about a report, a
// question gets the report's status, thanks get silence, a grid leader's
// 收到 or 好的 takes it on (once; other words of his a hint how to), and
// no 收到 to it counts as having read a notice (好的 quoting the notice
// does).
func TestReplyToAReportMessage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "notice", c.say("李四", "通知 明晚7点在村委会开户主会"), "一组网格群: 【通知】", "二组网格群: 【通知】", "三组网格群: 【通知】",
		grid3+": 通知 #N1 已发到 3 个群")
	quoting := func(from, text string) []string {
		return c.send(bot.Message{Chat: grid3, From: from, Text: text,
			Quote: &bot.Quote{Name: "网格小助手", Text: "已登记 #R1（一般事项·道路交通）：村口路灯不亮了"}})
	}
	expect(t, "a question", quoting("陈二", "什么时候能修好"), "#R1 一般事项·待受理")
	for _, text := range []string{"谢谢", "好的👍"} {
		silent(t, fmt.Sprintf("%q", text), quoting("张三", text))
	}
	expect(t, "the leader on the scene", quoting("李四", "已经到现场了"), "李四，要受理 #R1，请引用后回「确认」")
	expect(t, "the leader's 收到 takes it on", quoting("李四", "收到 马上安排"), grid3+": 按李四的回复，#R1 已受理，由李四负责")
	expect(t, "the leader's 好的 after that", quoting("李四", "好的"))
	noticeQuote := &bot.Quote{Name: "网格小助手", Text: "【通知】明晚7点在村委会开户主会（#N1）"}
	silent(t, "thanks to a notice", c.send(bot.Message{Chat: grid3, From: "陈二", Text: "好的 谢谢", Quote: noticeQuote}))
	silent(t, "a villager's 收到 to a report", quoting("张三", "收到"))
	acks, err := c.st.Counters(context.Background(), storage.TownshipScope("青山镇"), storage.AckHash("N1"))
	if err != nil {
		t.Fatal(err)
	}
	if len(acks) != 1 || acks["青山村/QS-302"] != 1 {
		t.Errorf("acknowledged the notice: %v, want 陈二's household only (收到 to a report message is no answer to it)", acks)
	}
}

// TestReplyToAClaimMessage: quoting the bot's message about a claim, a
// question gets the claim's status and thanks get silence.
func TestReplyToAClaimMessage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "claim", c.say("张三", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C1")
	quoting := func(text string) []string {
		return c.send(bot.Message{Chat: grid3, From: "张三", Text: text,
			Quote: &bot.Quote{Name: "网格小助手", Text: "已登记积分申请 #C1：张三户·张三「参加义务劳动、集体劳动」"}})
	}
	expect(t, "a question", quoting("什么时候能批下来"), "#C1 张三户·张三「参加义务劳动、集体劳动」")
	silent(t, "thanks", quoting("谢谢"))
}

// TestAskAfterAnItemByNumber: asking after an item by its number, with
// no command and no quote, gets its status as 查 would, with 查's privacy:
// a neighbour learns nothing of a private report, its reporter is
// answered privately.
func TestAskAfterAnItemByNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "a question", c.say("张三", "R1什么时候能修好"), grid3+": #R1 一般事项·待受理\n内容：村口路灯不亮了")
	expect(t, "another wording", c.say("陈二", "r1修好了没有"), grid3+": #R1 一般事项·待受理")
	expect(t, "an unknown number", c.say("陈二", "R9怎么样了"), grid3+": 没有找到 #R9")
	expect(t, "a private report", c.private("陈二", "上报 隔壁老王家占了我家宅基地"), "陈二: 已登记 #R2", "李四: 【私信反映】", "郑十: 【私信反映·调解】")
	expect(t, "a neighbour asks", c.say("张三", "R2怎么样了？"), grid3+": 没有找到 #R2，请核对编号")
	expect(t, "its reporter asks in the group", c.say("陈二", "R2什么时候能处理"),
		"陈二: #R2 调解事项·待受理", grid3+": 陈二，已私信回复您")
	expectLike(t, "two items named: one reply", c.say("张三", "R1和R2都怎么样了"),
		like{start: grid3 + ": #R1 一般事项·待受理", has: "\n没有找到 #R2，请核对编号"})
	expect(t, "a claim", c.say("张三", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C1")
	expect(t, "asked after", c.say("张三", "C1批了吗"), grid3+": #C1 张三户·张三「参加义务劳动、集体劳动」")
	// the number alone, told to the bot, asks after it (was the menu)
	expect(t, "number alone", c.send(bot.Message{Chat: grid3, From: "陈二", Text: "#R1", Mentioned: true}), grid3+": #R1 一般事项·待受理")
	expect(t, "number alone in private", c.private("张三", "r1？"), "张三: #R1 一般事项·待受理")
	expect(t, "number alone, not told to the bot", c.say("陈二", "R1"))
}

// TestItemNumbersInOtherWords: letters and digits that only look like an
// item number (a driving-licence class, a pump's model) are not asked
// after; a number used as a reference — with #, with 号 or 件, or followed
// by a question about how it stands — still is.
func TestItemNumbersInOtherWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "a claim", c.say("张三", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C1")
	for _, text := range []string{"C1驾照怎么考？", "c1驾照多少钱能考下来呢", "考C1没问题吗", "C1驾照好考吗", "考c1难不难呢", "R1 型号的水泵哪里有卖？", "谁家有R1型号的水泵吗"} {
		silent(t, text, c.say("陈二", text))
	}
	for _, tc := range []struct{ text, want string }{
		{"R1什么时候能修好", "#R1 一般事项·待受理"},
		{"#R1 怎么样了", "#R1 一般事项·待受理"},
		{"R1号怎么样了", "#R1 一般事项·待受理"},
		{"R1的事有人管吗", "#R1 一般事项·待受理"},
		{"C1批了吗", "#C1 张三户·张三"},
		{"#C1 驾照的事怎么样了", "#C1 张三户·张三"},
	} {
		expect(t, tc.text, c.say("陈二", tc.text), grid3+": "+tc.want)
	}
}

// TestAnswerToResolvedInOwnWords: the reporter quotes the bot's 办结
// message and answers in his own words. Thanks with a but is no new
// matter: no report is filed, and he is shown 未解决 with his words (for
// plain thanks, see TestThanksToResolvedIsSatisfaction). A question gets
// the status; a neighbour's new matter in such a reply, and an emergency,
// are registered as ever. Words that say plainly it is not fixed
// (「还是不亮」) are his 未解决: the item is reopened, its handler told,
// and he is told how to take it back (满意), which then closes it.
func TestAnswerToResolvedInOwnWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "resolve", c.say("李四", "办结 #R1 修好了"), "#R1 已办结")
	resolved := &bot.Quote{Name: "网格小助手", Text: "#R1 已办结：修好了。\n@张三 请确认：解决了回复「满意 #R1」，没解决回复「未解决 #R1 原因」。"}
	quoting := func(from, text string) []string {
		return c.send(bot.Message{Chat: grid3, From: from, Text: text, Quote: resolved})
	}
	expect(t, "thanks with a but", quoting("张三", "谢谢，但是晚上还是有点暗"), grid3+": 张三，#R1 已办结，在等您确认")
	expect(t, "a question", quoting("张三", "什么时候修的？"), "#R1 一般事项·已办结待确认")
	expect(t, "a neighbour's matter", quoting("陈二", "我家门口的灯也不亮"), "已登记 #R2")
	expect(t, "an emergency", quoting("张三", "后山着火了！快来人"), "【突发事件】", "紧急情况 #R3")
	c.firstStatus(village.StatusResolved)
	expect(t, "not fixed", quoting("张三", "还是不亮"),
		grid3+": 按张三的话，#R1 已重新打开：还是不亮。\n@李四\u2005请继续处理，办好后回复「办结 #R1」。\n张三，如果说的不是这件事、#R1 其实已经好了，请回「满意 #R1」。")
	c.firstStatus(village.StatusReopened)
	expect(t, "taken back", c.say("张三", "满意 #R1"), grid3+": #R1 已完结，谢谢您的反馈！")
	c.firstStatus(village.StatusClosed)
}

// TestAnswerToResolvedUnquoted: the reporter answers the 办结 without
// quoting it or naming the item. Words that say plainly it is not fixed
// ("还是没修好，晚上还是黑的", "又坏了") are his 未解决 of his one
// resolved item, and fixed with thanks naming the fix ("亮了 谢谢") his
// 满意, a bare "好了谢谢" too (the fix confirmed in his words): each is
// recorded and he is told how to take it back. Less plain words ("灯还没
// 好吗", a bare "谢谢") show him 满意 and 未解决, nothing changed. Words not about it, of another matter, or from
// someone else, are read as ever.
func TestAnswerToResolvedUnquoted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	expect(t, "nothing resolved yet", c.say("张三", "还是没修好"))
	c.say("李四", "办结 #R1 换了灯泡")
	hint := grid3 + ": 张三，#R1 已办结，在等您确认：解决了请回「满意 #R1」；没解决请回「未解决 #R1 "
	expect(t, "a question", c.say("张三", "灯还没好吗"), hint+"灯还没好吗」，我会请网格长接着办。")
	expect(t, "bare thanks", c.say("张三", "谢谢"), hint+"原因」")
	expect(t, "not about it", c.say("张三", "我还没吃饭呢"))
	expect(t, "not of a lamp", c.say("张三", "还是吵"))
	expect(t, "of nothing", c.say("张三", "还是不去了"))
	expect(t, "someone else", c.say("陈二", "还是没修好"))
	c.firstStatus(village.StatusResolved)
	expect(t, "not fixed", c.say("张三", "还是没修好，晚上还是黑的"),
		grid3+": 按张三的话，#R1 已重新打开：还是没修好，晚上还是黑的。\n@李四\u2005请继续处理，办好后回复「办结 #R1」。\n张三，如果说的不是这件事、#R1 其实已经好了，请回「满意 #R1」。")
	c.firstStatus(village.StatusReopened)
	c.say("李四", "办结 #R1 换了线路")
	expect(t, "fixed, with thanks", c.say("张三", "亮了 谢谢"),
		grid3+": 已按您的回复记为满意，#R1 已完结，谢谢您的反馈！\n如果其实还没解决，请回「未解决 #R1 原因」，我会请网格长接着办。")
	c.firstStatus(village.StatusClosed)
	expect(t, "said again once closed", c.say("张三", "好了谢谢"))
	expect(t, "another matter", c.say("张三", "村口的水管还是一直漏水"), "已登记 #R2（一般事项·水电设施）")
	if reps := c.reports(); len(reps) != 2 {
		t.Errorf("reports = %+v, want R1 and R2", reps)
	}
}

// TestFixedWithThanksBesideAnotherItem: the reporter whose one resolved
// item waits for his answer, and who has another item still being worked
// on, thanks with the fix confirmed in his words ("谢谢王五，灯亮了", "好
// 了 谢谢"): his 满意 of the resolved one, which nobody has said of the
// other; words that name the other ("垃圾弄好了 谢谢") show him the two
// answers, and a bare "谢谢王五" closes nothing.
func TestFixedWithThanksBesideAnotherItem(t *testing.T) {
	for _, text := range []string{"谢谢王五，灯亮了", "好了 谢谢", "修好了，谢谢网格长"} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 后山垃圾没人清")
		c.say("李四", "确认 #R1")
		c.say("张三", "上报 村口路灯坏了")
		c.say("李四", "确认 #R2")
		c.say("李四", "指派 #R2 @王五")
		c.say("李四", "办结 #R2 换了灯泡")
		expect(t, text, c.say("张三", text), grid3+": 已按您的回复记为满意，#R2 已完结，谢谢您的反馈！")
		c.wantStatuses(map[string]village.Status{"R2": village.StatusClosed}, village.StatusAccepted)
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 后山垃圾没人清")
	c.say("李四", "确认 #R1")
	c.say("张三", "上报 村口路灯坏了")
	c.say("李四", "办结 #R2 换了灯泡")
	expect(t, "the other named", c.say("张三", "垃圾弄好了 谢谢"), grid3+": 张三，#R2 已办结，在等您确认")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusResolved}, village.StatusAccepted)
	lacks(t, "bare thanks", c.say("张三", "谢谢王五"), "记为满意")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusResolved}, village.StatusAccepted)
}

// TestAnswerToSeveralResolvedUnquoted: with two of his items resolved,
// "又坏了" could mean either: he is shown both, with the two answers, and
// nothing is changed; words that fit one of them show him that one.
func TestAnswerToSeveralResolvedUnquoted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	c.say("张三", "上报 村西头水管漏水了")
	c.say("李四", "办结 #R1 换了灯泡")
	c.say("李四", "办结 #R2 换了水管")
	expect(t, "which one", c.say("张三", "又坏了"),
		grid3+": 张三，您有几件已办结、在等您确认的事项：\n#R2 村西头水管漏水了\n#R1 村口路灯坏了\n说的是哪一件？解决了请回「满意 #编号」；没解决请回「未解决 #编号 又坏了」，我会请网格长接着办。")
	expect(t, "the lamp", c.say("张三", "灯还是不亮"),
		grid3+": 张三，#R1 已办结，在等您确认：解决了请回「满意 #R1」；没解决请回「未解决 #R1 灯还是不亮」，我会请网格长接着办。")
	for _, rep := range c.reports() {
		if rep.Status != village.StatusResolved {
			t.Errorf("%s is %s, want resolved", rep.ID, rep.Status)
		}
	}
}

// TestNotFixedYetPassedOn: the reporter of an item taken up and not yet
// resolved who says it is not fixed ("还是没修好") hears that it was
// passed on, and its handler is told privately, once an hour at most;
// the group hears one answer more that hour, then nothing. Several open
// items of his with nothing to tell them apart: nothing is passed on.
func TestNotFixedYetPassedOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村西头水管漏水了 到处是水")
	c.say("李四", "确认 #R1")
	got := c.say("张三", "还是没修好")
	expect(t, "passed on", got, grid3+": @张三\u2005#R1（村西头水管漏水了 到处是水）还在办，现在「已受理」，刚才说的已转告负责人李四。有进展会在群里说，也可发「查 #R1」看进度。",
		"李四: 【又来反映】#R1（村西头水管漏水了 到处是水，已受理）：张三在群里又说：「还是没修好」")
	got = c.say("张三", "都三天了还没人来修")
	expect(t, "again that hour", got, grid3+": @张三\u2005#R1（村西头水管漏水了 到处是水）还在办，现在「已受理」，负责人刚才已经知道了，请耐心等一等。")
	if len(got) != 1 {
		t.Errorf("the handler told twice within the hour:\n%s", strings.Join(got, "\n"))
	}
	expect(t, "a third time that hour", c.say("张三", "还是没修好"))
	c.now = c.now.Add(time.Hour)
	expect(t, "an hour later", c.say("张三", "还是没修好"), grid3+": @张三", "李四: 【又来反映】#R1")
	expect(t, "someone else", c.say("陈二", "还是没修好"))
	c.say("张三", "上报 村口垃圾池满了 没人清")
	c.say("李四", "确认 #R2")
	c.now = c.now.Add(time.Hour)
	expect(t, "which of two", c.say("张三", "还是没处理"))
	expect(t, "the water", c.say("张三", "水管还是没修好"), grid3+": @张三\u2005#R1", "李四: 【又来反映】#R1")
}

// TestNotFixedPrivately: the reporter says privately to the bot that his
// item is not fixed, as he would in the group. Of an item taken up and
// not yet resolved, filed in the group or privately, he hears privately
// that it was passed on and its handler is told; of his one resolved
// item it is his 未解决. Nothing of an item filed privately reaches the
// group, and no answer to him is posted there.
func TestNotFixedPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村西头水管漏水了 到处是水")
	c.say("李四", "确认 #R1")
	expect(t, "group item, still open", c.private("张三", "还是没修好"),
		"张三: #R1（村西头水管漏水了 到处是水）还在办，现在「已受理」，刚才说的已转告负责人李四。有进展会在群里说，也可发「查 #R1」看进度。",
		"李四: 【又来反映】#R1（村西头水管漏水了 到处是水，已受理）：张三私信又说：「还是没修好」")
	expect(t, "someone else", c.private("陈二", "还是没修好"), "陈二: 我是网格小助手")
	c.private("陈二", "上报 我家门口的路灯坏了")
	c.private("李四", "确认 #R2")
	got := c.private("陈二", "灯还是不亮")
	expect(t, "private item, still open", got,
		"陈二: #R2（我家门口的路灯坏了）还在办，现在「已受理」，刚才说的已转告负责人李四。有进展会私信告诉您，也可发「查 #R2」看进度。",
		"李四: 【又来反映】#R2（我家门口的路灯坏了，已受理）：陈二私信又说：「灯还是不亮」")
	c.private("李四", "办结 #R2 换了灯泡")
	c.now = c.now.Add(time.Hour)
	got = c.private("陈二", "灯还是不亮")
	expect(t, "private item, resolved", got, "陈二: 按您说的，#R2 已重新打开：灯还是不亮。", "李四: ")
	for _, line := range got {
		if strings.HasPrefix(line, grid3) {
			t.Errorf("a private item's news posted to the group: %s", line)
		}
	}
	for _, rep := range c.reports() {
		if rep.ID == "R2" && rep.Status != village.StatusReopened {
			t.Errorf("R2 is %s, want reopened", rep.Status)
		}
	}
}

// TestNewsNamingAnEarlierReport: 「上次 #R1 说的路灯又坏了」 keeps its
// reference: on an open item the sender follows it, on one waiting for
// the reporter's answer it is his 未解决, and on a closed one he is
// asked whether to file a new item that names it.
func TestNewsNamingAnEarlierReport(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	expect(t, "open: followed", c.say("陈二", "上次 #R1 说的路灯又坏了"),
		grid3+": 好的，陈二说的已记到 #R1，李四会看到。有进展会在群里说")
	if diff := cmp.Diff(c.reports()[0].Followers, []string{"陈二"}); diff != "" {
		t.Errorf("followers (-got +want):\n%s", diff)
	}
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 换了灯泡")
	expect(t, "resolved, the reporter", c.say("张三", "上次 #R1 说的路灯又坏了"),
		grid3+": 按张三的话，#R1 已重新打开：上次说的路灯又坏了。")
	expect(t, "taken back", c.say("张三", "满意 #R1"), grid3+": #R1 已完结")
	got := c.say("陈二", "上次 #R1 说的路灯又坏了")
	expect(t, "closed: a new item naming it", got,
		grid3+": @陈二\u2005#R1（村口路灯不亮了）已经「已完结」，不再接着办。是又出了问题吗？回复「1」登记为新事项（会注明和 #R1 有关），「2」不用。")
	expect(t, "filed", c.say("陈二", "1"), grid3+": 已登记 #R2（一般事项·道路交通）：上次 #R1 说的路灯又坏了")
	c.wantReports(2, "")
	// A private report's words stay out of the group, even for its reporter.
	c.private("陈二", "上报 我家隔壁老王家天天吵架打孩子")
	c.private("李四", "不予受理 #R3 已经和好了") // 驳回 of work done would ask about 办结
	got = c.say("陈二", "上次 #R3 说的又吵起来了")
	expect(t, "own private report, closed", got, grid3+": @陈二\u2005#R3已经「已驳回」，不再接着办。")
	for _, o := range got {
		if strings.Contains(o, "打孩子") {
			t.Errorf("a private report's words in the group: %q", o)
		}
	}
	// Someone else naming it is read as usual: nothing about #R3.
	for _, o := range c.say("张三", "上次 #R3 说的又吵起来了") {
		if strings.Contains(o, "打孩子") || strings.Contains(o, "陈二") {
			t.Errorf("a private report shown to a neighbour: %q", o)
		}
	}
}

// TestThanksToResolvedIsSatisfaction: the reporter quoting the bot's 办结
// message who says it is fixed and thanks has said 满意: the item is
// closed, and he is told how to take it back, which 未解决 then does.
// Questions, denials, thanks with a but, a neighbour, and the worker who
// filed it for someone (代报) leave it waiting, as before.
func TestThanksToResolvedIsSatisfaction(t *testing.T) {
	resolved := &bot.Quote{Name: "网格小助手", Text: "#R1 已办结：修好了。\n@张三 请确认：解决了回复「满意 #R1」，没解决回复「未解决 #R1 原因」。"}
	// lamp is a chat where #R1, reported by whom (for whom), was resolved;
	// quoting sends text from from quoting the bot's 办结 message.
	lamp := func(t *testing.T, report string) *chat {
		c := newChat(t, understand.Rules{})
		c.say(strings.Fields(report)[0], strings.Join(strings.Fields(report)[1:], " "))
		c.say("李四", "办结 #R1 修好了")
		return c
	}
	quoting := func(c *chat, from, text string) []string {
		return c.send(bot.Message{Chat: grid3, From: from, Text: text, Quote: resolved})
	}
	for _, text := range []string{"好了谢谢", "修好了 谢谢", "修好了，谢谢网格长！", "灯亮了，感谢", "已经弄好了 辛苦了", "没问题了，谢谢", "满意"} {
		t.Run(text, func(t *testing.T) {
			t.Parallel() // its own private redis-server: independent of the others
			c := lamp(t, "张三 上报 村口路灯不亮了")
			got := quoting(c, "张三", text)
			expect(t, text, got, grid3+": ")
			if text != "满意" {
				expect(t, text, got, grid3+": 已按您的回复记为满意，#R1 已完结，谢谢您的反馈！\n如果其实还没解决，请回「未解决 #R1 原因」，我会请网格长接着办。")
			}
			c.firstStatus(village.StatusClosed)
		})
	}
	t.Run("taken back", func(t *testing.T) {
		t.Parallel() // its own private redis-server: independent of the others
		c := lamp(t, "张三 上报 村口路灯不亮了")
		quoting(c, "张三", "好了谢谢")
		c.firstStatus(village.StatusClosed)
		expect(t, "taken back", c.say("张三", "未解决 #R1 晚上又不亮了"), "#R1 已重新打开：晚上又不亮了")
		c.firstStatus(village.StatusReopened)
		c.say("李四", "办结 #R1 换了线路")
		expect(t, "typed 满意", c.say("张三", "满意 #R1"), "#R1 已完结，谢谢您的反馈！")
		expect(t, "no taking back a typed 满意", c.say("张三", "未解决 #R1 又坏了"), "不能再回「未解决」了")
	})
	for _, tc := range []struct{ name, from, text string }{
		{"a question", "张三", "好了吗"},
		{"asks if fixed", "张三", "修好了没有？谢谢"},
		{"not yet?", "张三", "还没好吗"},
		{"not fixed, thanks anyway", "张三", "谢谢，不过还是不亮"},
		{"thanks but", "张三", "谢谢 但是晚上还是暗"},
		{"thanks only", "张三", "谢谢"},
		{"fixed, no thanks", "张三", "好了"},
		{"a neighbour", "陈二", "好了谢谢"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // its own private redis-server: independent of the others
			c := lamp(t, "张三 上报 村口路灯不亮了")
			for _, o := range quoting(c, tc.from, tc.text) {
				if strings.Contains(o, "已完结") {
					t.Errorf("%s %q: %q", tc.from, tc.text, o)
				}
			}
			c.firstStatus(village.StatusResolved)
		})
	}
	t.Run("the worker who filed it for her", func(t *testing.T) {
		t.Parallel() // its own private redis-server: independent of the others
		c := lamp(t, "王五 代报 王奶奶 村口路灯不亮了")
		expect(t, "recorder", quoting(c, "王五", "好了谢谢"), "在等您确认")
		c.firstStatus(village.StatusResolved)
	})
}

// TestThanksByNumberIsSatisfaction: the reporter who names his resolved
// item by number instead of quoting ("#R1 修好了 谢谢") has said 满意 as
// well; thanks by number from a neighbour, or a question, changes
// nothing.
func TestThanksByNumberIsSatisfaction(t *testing.T) {
	for _, tc := range []struct {
		name, from, text string
		closed           bool
	}{
		{"thanks", "张三", "#R1 修好了 谢谢", true},
		{"no hash", "张三", "R1灯亮了，感谢网格长", true},
		{"question", "张三", "#R1 修好了吗", false},
		{"neighbour", "陈二", "#R1 修好了 谢谢", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.say("张三", "上报 村口路灯不亮了")
			c.say("李四", "办结 #R1 修好了")
			got := c.say(tc.from, tc.text)
			if tc.closed {
				expect(t, tc.text, got, grid3+": 已按您的回复记为满意，#R1 已完结，谢谢您的反馈！\n如果其实还没解决，请回「未解决 #R1 原因」，我会请网格长接着办。")
				c.firstStatus(village.StatusClosed)
				return
			}
			for _, o := range got {
				if strings.Contains(o, "已完结") {
					t.Errorf("%s %q: %q", tc.from, tc.text, o)
				}
			}
			c.firstStatus(village.StatusResolved)
		})
	}
}

// TestReporterConfirmIsSatisfaction: 办结 asks the reporter "请确认", and
// he answers 确认 (with the number or bare): that is 满意, not the grid
// leader's 确认 refused. Someone else's 确认 is still refused, and the
// reporter's 确认 of a report not yet resolved is the leader's word.
func TestReporterConfirmIsSatisfaction(t *testing.T) {
	t.Run("numbered", func(t *testing.T) {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 村口路灯不亮了")
		expect(t, "not yet resolved", c.say("张三", "确认 #R1"), grid3+": 抱歉，「确认」需要本网格的网格长")
		c.say("李四", "办结 #R1 换了灯泡")
		expect(t, "someone else", c.say("陈二", "确认 #R1"), grid3+": 抱歉，「确认」需要本网格的网格长")
		expect(t, "the reporter", c.say("张三", "确认 #R1"), grid3+": #R1 已完结，谢谢您的反馈！")
		c.firstStatus(village.StatusClosed)
	})
	t.Run("bare", func(t *testing.T) {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 村口路灯不亮了")
		c.say("李四", "办结 #R1 换了灯泡")
		expect(t, "the reporter", c.say("张三", "确认"), grid3+": #R1 已完结，谢谢您的反馈！")
		c.firstStatus(village.StatusClosed)
	})
}

// TestAskedAboutMineWithoutNumber: the reporter asks the bot how his
// matter stands without its number: his one open report is shown as 查
// shows it; of several, the one the question names, else the list. Not
// told to the bot, it is answered short (askedOwnStatus). A villager with nothing open is told
// so, and how to report (was the menu); a cadre, who may ask after the
// grid's matters, is not told he has nothing.
func TestAskedAboutMineWithoutNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	nothing := "您目前没有还没办完的事项。要反映事情，直接说或发「上报 什么事、在哪里」。"
	expect(t, "nothing open", c.say("张三", "@网格小助手 我反映的事怎么样了"), grid3+": "+nothing)
	expect(t, "nothing open in private", c.private("张三", "我上次说的事有人管没有"), "张三: "+nothing)
	lacks(t, "a leader with nothing of his own", c.say("李四", "@网格小助手 我反映的事怎么样了"), "您目前没有")
	c.say("张三", "上报 村口路灯不亮了")
	expect(t, "one open", c.say("张三", "@网格小助手 路灯的事怎么样了"), grid3+": #R1 一般事项·待受理\n内容：村口路灯不亮了")
	c.say("张三", "上报 三组水渠堵了")
	expect(t, "named", c.say("张三", "@网格小助手 水渠什么时候能修好"), grid3+": #R2 一般事项·待受理\n内容：三组水渠堵了")
	has(t, "several", c.say("张三", "@网格小助手 我反映的事有人管吗"), "您反映的还没办完的事项：\n#R2", "#R1 待受理")
	// not told to the bot: the short answer in the group (ask71)
	expect(t, "not told to the bot", c.say("张三", "路灯的事怎么样了"), grid3+": @张三\u2005#R1（村口路灯不亮了）现在「待受理」")
}

// TestAskedForMyList: a cadre asking the bot in his own words what he has
// to do gets the list his command gives (待办, 回访, 待审); a villager, or
// the same words not told to the bot, gets what he got before.
func TestAskedForMyList(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	has(t, "leader", c.say("李四", "@网格小助手 今天有啥要处理的"), "三组待办 1 件：\n#R1 待受理 村口路灯不亮了")
	has(t, "worker", c.say("王五", "@网格小助手 我还有哪些没办完"), "三组待办 1 件")
	has(t, "calls", c.say("王五", "@网格小助手 这周要给谁打电话"), "回访 名字 已通 情况")
	has(t, "scorer", c.say("赵六", "@网格小助手 有啥要审的"), "没有等您审核的积分申请")
	lacks(t, "a villager shown the to-do list", c.say("张三", "@网格小助手 有啥要处理的"), "待办")
	silent(t, "not told to the bot", c.say("李四", "今天有啥要处理的"))
}

// TestAskedWhoAnsweredNotice: a cadre asking the bot in his own words who
// has not answered a notice ("通知还有谁没回") gets the answers to the
// latest one, as 通知 未回复 gives them; a grid worker may ask so too (he
// may 查 #N), and a villager's same words are no query.
func TestAskedWhoAnsweredNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 三组 明天上午9点开会")
	c.say("张三", "收到")
	want := "#N1「明天上午9点开会」"
	has(t, "officer", c.in(officeChat, "孙七", "@网格小助手 开会的通知还有谁没回"), want, "已收到 1/9 户")
	has(t, "worker, words", c.private("王五", "通知还有几户没回"), want)
	has(t, "worker, command", c.private("王五", "通知 未回复"), want)
	lacks(t, "villager", c.say("陈二", "@网格小助手 通知还有谁没回"), want)
}

// TestNoticeInWords: a cadre asking the bot in a sentence to send a notice
// ("通知一下三组，后天停水一天") is shown the command that sends it and
// where it goes; nothing is sent from a reading of his words. A villager's
// same words are no request to send.
func TestNoticeInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.in(officeChat, "孙七", "@网格小助手 通知一下三组，后天停水一天")
	expect(t, "officer", got, officeChat+": 通知还没有发出。要发的话，请照这样发一条（会发到 青山村三组网格群，发出后收不回）：\n通知 三组 后天停水一天")
	has(t, "everyone", c.in(officeChat, "孙七", "@网格小助手 帮我发个通知给各村：本周六打疫苗"), "\n通知 全镇 本周六打疫苗")
	has(t, "no scope", c.say("李四", "@网格小助手 发个通知 明天下午村委会开会"), "会发到 青山村一组网格群、青山村二组网格群、青山村三组网格群", "\n通知 明天下午村委会开会")
	has(t, "nothing to say", c.private("李四", "帮我发个通知"), "请写上通知的内容")
	lacks(t, "villager", c.say("张三", "@网格小助手 通知一下三组，后天停水一天"), "通知 三组")
	has(t, "sent as shown", c.in(officeChat, "孙七", "通知 三组 后天停水一天"), "【通知】后天停水一天")
	if got := c.in(officeChat, "孙七", "查 #N2"); !strings.Contains(strings.Join(got, "\n"), "没有找到通知 #N2") {
		t.Errorf("the sentences sent a notice: %q", got)
	}
}

// TestThanksOrBareDenialAfterResolved: after the 办结, the reporter's
// bare thanks ("谢谢网格长") say neither answer: his one item waiting is
// shown both, nothing changed; a bare denial in the item's own word
// ("没亮" of "不亮") is his 未解决 as "还是不亮" is. Thanks from someone
// with nothing waiting, or before the 办结, stay chat.
func TestThanksOrBareDenialAfterResolved(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯不亮了")
	expect(t, "before the 办结", c.say("张三", "谢谢网格长"))
	c.say("李四", "办结 #R1 换了灯泡")
	expect(t, "a neighbour's thanks", c.say("陈二", "谢谢网格长"))
	expect(t, "thanks", c.say("张三", "谢谢网格长"),
		grid3+": 张三，#R1 已办结，在等您确认：解决了请回「满意 #R1」；没解决请回「未解决 #R1 原因」，我会请网格长接着办。")
	c.firstStatus(village.StatusResolved)
	expect(t, "no other word denied", c.say("张三", "没吵"))
	expect(t, "not lit", c.say("张三", "没亮"), grid3+": 按张三的话，#R1 已重新打开：没亮。")
	c.firstStatus(village.StatusReopened)
}

// TestThanksButNotLitAfterResolved: after the 办结 of a broken lamp, the
// reporter's "谢谢 不过没亮" denies its fix in what a lamp does when it
// works, though his item said 坏了: he is shown both answers with his
// words, nothing changed; "不过没亮" without thanks is his 未解决. A
// blocked drain's "辛苦了 但是还不通" is shown both answers too.
func TestThanksButNotLitAfterResolved(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	c.say("李四", "办结 #R1 换了灯泡")
	has(t, "thanks, but", c.say("张三", "谢谢 不过没亮"), "张三，#R1 已办结", "「满意 #R1」", "「未解决 #R1 没亮」")
	c.firstStatus(village.StatusResolved)
	expect(t, "but not lit", c.say("张三", "不过没亮"), grid3+": 按张三的话，#R1 已重新打开：不过没亮。")
	c.firstStatus(village.StatusReopened)
	c.say("陈二", "上报 门口下水道堵了")
	c.say("李四", "办结 #R2 疏通了")
	has(t, "thanks, but not through", c.say("陈二", "辛苦了 但是还不通"), "陈二，#R2 已办结", "「未解决 #R2 还不通」")
}

// shortTries checks what 陈二's short tries at the bot get, with no
// question of his waiting: the menu for a greeting or a bare question
// mark to the bot, in the group or privately; nothing for a thumbs-up or
// a question mark not to the bot; a bare 「1」 is told no question waits.
func shortTries(t *testing.T, c *chat) {
	t.Helper()
	expect(t, "a short try at the bot gets the menu", c.say("陈二", "@网格小助手 hello"), "我是网格小助手，可以这样用")
	expect(t, "a bare question mark privately gets the menu", c.private("陈二", "？？"), "陈二: 我是网格小助手，可以这样用")
	expect(t, "so does one to the bot in the group", c.say("陈二", "@网格小助手 ?"), "我是网格小助手，可以这样用")
	silent(t, "a thumbs-up privately", c.private("陈二", "👍"))
	silent(t, "a question mark not to the bot", c.say("陈二", "？？"))
	expect(t, "an answer to no question", c.private("陈二", "1"), "陈二: 现在没有等您回答的问题")
}

// Random keys said to the bot, in its group or privately, are noise: no
// question whether to register them (understand.Gibberish); pinyin typed
// without picking the characters is still asked about, and a bare "1"
// still told no question waits; a bare question mark to the bot gets the
// menu, as a greeting does.
func TestGibberishToTheBotIsSilent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	silent(t, "keys in the group", c.say("陈二", "@网格小助手 asdkjh 123 qwe zxcv"))
	silent(t, "keys in private", c.private("陈二", "asdkjh 123 ..."))
	silent(t, "digits in private", c.private("陈二", "1234567890 9876"))
	silent(t, "emoji and keys", c.private("陈二", "😀😀😀😀😀😀😀😀 sdfsdf sdfsdf"))
	shortTries(t, c)
	expect(t, "pinyin is asked about", c.private("陈二", "cun kou de lu deng huai le mei ren xiu"), "陈二: 我理解为：一般事项·其他——cun kou de lu deng huai le")
}
