package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// TestCallLogPhrasings: workers log calls the way they type them, glued
// or not; 回访 glued to ordinary speech in the group is not answered.
func TestCallLogPhrasings(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, step := range []struct {
		name, from, text string
		want             []string
		later            time.Duration // before the step
	}{
		{"glued, reached", "王五", "回访王奶奶打通了，身体还行", []string{"已记录：王奶奶 已通"}, 0},
		{"no answer", "王五", "回访 王奶奶 没人接", []string{"已记录：王奶奶 未接通（第 1 次）"}, 24 * time.Hour}, // reached the day before: a miss after a call that got through that day is none
		{"sent again", "王五", "回访 王奶奶 没人接", []string{"王奶奶今天09:02已记过未接通（第 1 次），一天打不通只算一次，这条不再加次数。"}, 0},
		{"switched off", "王五", "回访 王奶奶：关机", []string{"已记录：王奶奶 未接通（第 2 次）", "李四: 【请上门看看】王奶奶"}, 24 * time.Hour}, // a miss is per day
		{"no outcome", "王五", "回访 王奶奶", []string{"请这样记：回访 名字 已通/未接通/上门 情况"}, 0},
		{"a name not in the roster", "王五", "回访 王爷爷 已通", []string{"名单里没有「王爷爷」，请核对名字。您负责打电话的有：王奶奶、石德贵、白凤兰。"}, 0},
		{"the traditional character", "王五", "回訪 白凤兰 已通 挺好", []string{"已记录：白凤兰 已通"}, 0},
		{"the input method's pick", "王五", "回放 石德贵 已通 挺好", []string{"已记录：石德贵 已通"}, 0},
		{"its other pick", "王五", "回防 石德贵 已通 已转告", []string{"已记录：石德贵 已通"}, time.Hour},
		{"her son answered", "王五", "白凤兰 她儿子接的 说会转告她", []string{"已记录：白凤兰 已通"}, time.Hour},
		{"put off, named", "王五", "王奶奶 今天没空 明天打", []string{"好的，电话任务还留着（王奶奶），明天08:00会再提醒您；打完请回复「回访 名字 已通 情况」，例如：回访 王奶奶 已通 身体挺好。"}, 0},
		{"put off, none waiting", "王五", "石德贵 今天没空 明天打", []string{"您还有 1 个电话要打"}, 0},
		{"went to her home", "王五", "石德贵 去家里看了 挺好的", []string{"已记录：石德贵 上门"}, time.Hour},
	} {
		c.now = c.now.Add(step.later)
		expect(t, step.name, c.private(step.from, step.text), step.want...)
	}
	silent(t, "回放 of a video", c.say("陈二", "回放一下昨天的视频"))
	silent(t, "回防 in a match", c.say("陈二", "回防太慢了 输了两个球"))
	for _, text := range []string{"回访工作要做细", "回访王奶奶的事我知道了"} {
		silent(t, fmt.Sprintf("%q", text), c.say("陈二", text))
	}
	expect(t, "glued but addressed", c.say("陈二", "@网格小助手 回访工作要做细"), "请这样记：回访 名字")
}

// TestNoticeStatus: 查 #N tells cadres, per grid, how many households
// answered 收到 and which have not; villagers are refused.
func TestNoticeStatus(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.office("通知 青山村 明天下午停水，请提前储水")
	for _, who := range []string{"张三", "陈二"} {
		if got := c.say(who, "收到"); len(got) != 0 {
			t.Fatalf("%s 收到: %q", who, got)
		}
	}
	got := c.office("查 #N1")
	if len(got) != 1 || !strings.Contains(got[0], "#N1「明天下午停水，请提前储水」（孙七，") ||
		!strings.Contains(got[0], "\n青山村三组：已收到 2/9 户，没回：王奶奶户") ||
		!strings.Contains(got[0], "\n合计：已收到 2/23 户。") {
		t.Errorf("查 #N1 in the office:\n%s", strings.Join(got, "\n"))
	}
	expect(t, "a leader, privately", c.private("李四", "查 #n1"), "李四: #N1「明天下午停水")
	expect(t, "a leader in the group, without the #", c.say("李四", "查 N1"), grid3+": #N1「明天下午停水")
	expect(t, "a worker, full-width and without the #", c.say("王五", "查 Ｎ１"), grid3+": #N1「明天下午停水")
	expect(t, "an officer asks with 通知 and no #", c.office("通知 N1 谁没回"), "#N1「明天下午停水")
	expect(t, "a notice that starts with a model number is a notice", c.office("通知 三组 N95口罩到了 请到村委会领"), "【通知】N95口罩到了", "通知 #N2 已发到 1 个群")
	expect(t, "a villager", c.say("张三", "查 #N1"), "抱歉，「查通知」需要镇干部、网格长或网格员来操作。")
	expect(t, "unknown", c.office("查 #N9"), "没有找到通知 #N9")
}

// TestUrgentNotice: 紧急通知 posts as such and promises the follow-up
// within the hour.
func TestUrgentNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "紧急通知 全镇 今晚有台风，请加固门窗，不要外出"})
	expectLike(t, "紧急通知", got, like{start: "青山村一组网格群: 【紧急通知】今晚有台风"}, like{}, like{}, like{has: "一小时内会告诉各网格员哪些户还没回复「收到」"})
	expect(t, "a villager may not", c.say("张三", "紧急通知 明天停电"), "抱歉，「通知」需要镇干部或网格长来操作。请联系李四。")
	expect(t, "nor a worker", c.say("王五", "通知 三组 明天收医保费"), "抱歉，「通知」需要镇干部或网格长来操作。请联系李四。")
}

// TestCallNoteRouting: what an elder says on the phone is routed like any
// report: an emergency to the duty chat at once, a procedure question with
// the steps for the worker to pass on.
func TestCallNoteRouting(t *testing.T) {
	c := newChat(t, understand.Rules{}.WithProcedures([]string{"高龄补贴"}))
	got := c.private("王五", "回访 白凤兰 上门 摔了一跤腿疼，起不来床")
	joined := strings.Join(got, "\n")
	for _, want := range []string{
		"青山镇应急值班群: 【突发事件】青山村三组 #R1\n情况：摔了一跤腿疼，起不来床\n报告人：白凤兰（13900000053），王五代报",
		"青山村三组网格群: @李四\u2005@王五\u2005紧急情况 #R1：白凤兰摔了一跤腿疼，起不来床（王五电话回访代报），已报告镇应急值班。",
		"王五: 已记录：白凤兰 上门", "按突发事件报告了镇应急值班",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing %q in:\n%s", want, joined)
		}
	}
	got = c.private("王五", "回访 王奶奶 已通 她问80岁的高龄补贴怎么领")
	expectLike(t, "procedure question on the phone", got, like{has: "可以这样告诉王奶奶：\n【高龄补贴】怎么办：\n1. "}, like{start: "李四: 【私信反映】王奶奶（王五代报）反映 #R2"})
	// What an elder said on a call logged in private is not posted to the
	// group: the report is private, as a 代报 told in private is.
	expect(t, "a private call's report", c.private("王五", "回访 石德贵 已通 说儿子在外面欠了债 老两口跟儿子吵架了 想找人劝劝"),
		"王五: 已记录：石德贵 已通", "李四: 【私信反映】石德贵（王五代报）反映 #R3（调解事项）：儿子在外面欠了债")
	expect(t, "not in the grid's 待办", c.say("李四", "待办"), "李四: 三组另有 2 件私下反映的事项（不在群里列）：\n#R2", grid3+": 三组待办 1 件：\n#R1")
	expect(t, "a call logged in the group is reported there", c.say("王五", "回访 白凤兰 已通 说屋顶漏雨了 想找人修一下"),
		grid3+": 已记录：白凤兰 已通（王五，3月2日 09:05）。\n白凤兰反映的「屋顶漏雨了 想找人修一下」已登记 #R4（一般事项，待受理）。\n@李四\u2005请受理：回复「确认 #R4」。")
}

// TestProxyReport: a grid worker files a report for a villager of his grid
// (代报); the villager is the reporter, the worker follows it and answers
// for him; others may not file for anyone.
func TestProxyReport(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "in the group", c.say("王五", "代报 王奶奶 屋顶漏雨了，下雨天漏得厉害"),
		"已登记 #R1（一般事项·安全隐患）：屋顶漏雨了，下雨天漏得厉害（王奶奶反映，王五代报）\n@李四\u2005请网格长受理")
	r1 := c.reports()[0]
	if r1.Reporter != "王奶奶" || r1.Recorder != "王五" {
		t.Errorf("R1 reporter %q recorder %q, want 王奶奶 and 王五", r1.Reporter, r1.Recorder)
	}
	expect(t, "status", c.say("张三", "查 #R1"), "报告人：王奶奶（王五代报）")
	expect(t, "privately", c.private("王五", "代报 石德贵 家里的电线老化了，经常跳闸"),
		"王五: 已登记 #R2", "李四: 【私信反映】石德贵（王五代报）反映 #R2（一般事项·水电设施）：家里的电线老化了，经常跳闸\n家里电线有隐患：先别用手碰，把家里的电闸拉下来，请电工来修；打火花、冒烟请拨打119。\n请私信我回复「确认 #R2」受理；办理情况只会私下告诉代报的王五。")
	expect(t, "accepted", c.private("李四", "确认 #R2"), "李四: #R2 已受理", "王五: #R2 已受理")
	expect(t, "resolved", c.say("李四", "办结 #R1 屋顶补好了"), "#R1 已办结")
	expect(t, "the worker confirms for her", c.say("王五", "满意 #R1"), "#R1 已完结")
	expect(t, "a villager may not", c.say("张三", "代报 陈二 路灯坏了"), "抱歉，「代报」需要三组的网格员或网格长来操作。")
	expect(t, "unknown name", c.say("王五", "代报 王爷爷 路灯坏了"), "名单里没有「王爷爷」")
	expect(t, "no text", c.say("王五", "代报 王奶奶"), "请这样发：代报 名字 什么事、在哪里")
}

// TestAckVariants: 「好的收到」「收到收到」「ok收到」「👌收到」 count as the
// household's 收到, silently; a sentence that merely contains 收到 does not.
func TestAckVariants(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午9点开会"})
	for _, m := range []struct{ who, text string }{
		{"张三", "好的收到"}, {"赵六", "收到收到"}, {"郑十", "ok收到"}, {"陈二", "👌收到"}, {"周八", "我收到一个诈骗电话"},
	} {
		if got := c.say(m.who, m.text); m.who != "周八" && len(got) != 0 {
			t.Errorf("%s %q: replies %q, want silence", m.who, m.text, got)
		}
	}
	got := c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "查 #N1"})
	if len(got) != 1 || !strings.Contains(got[0], "已收到 4/9 户") || !strings.Contains(got[0], "周八户") {
		t.Errorf("查 #N1:\n%s", strings.Join(got, "\n"))
	}
}

// TestLeaderNoticeScope: a grid leader may notify his village only; asking
// for the whole township is answered with what he may write instead.
func TestLeaderNoticeScope(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "township-wide", c.say("李四", "通知 全镇 周五开会"),
		"网格长只能给本村发通知，「全镇」的请镇干部发。范围可写 全村、一组、二组、三组，不写就是青山村全村，例如：通知 全村 明天上午9点开会。")
}

// TestNoticeFromAGridGroupConfirmed: an officer's notice said in a grid
// group reaches every group, and he is told so there; a leader's notice
// to his own grid only is posted there and he is told privately (date59).
func TestNoticeFromAGridGroupConfirmed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "an officer in a grid group", c.say("孙七", "通知 明天上午停水"),
		"一组网格群: 【通知】明天上午停水", "二组网格群: 【通知】", "三组网格群: 【通知】",
		grid3+": 通知 #N1 已发到 3 个群：青山村一组网格群、青山村二组网格群、青山村三组网格群。")
	expect(t, "a leader to his own grid", c.say("李四", "通知 三组 今晚开会"), grid3+": 【通知】今晚开会",
		"李四: 通知 #N2 已发到 1 个群：青山村三组网格群。\n今天18:00后会告诉各网格员")
}

// TestNoticeGridOfSeveralVillages: in a township where several villages
// have a 一组, 「通知 一组 …」 from an officer is sent nowhere until he says
// which; a grid leader's 一组 is his village's; a leader naming another
// village is refused, not sent to his own village with the name as text.
func TestNoticeGridOfSeveralVillages(t *testing.T) {
	cfg, dir := exampleVillage(t)
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	c := chatOf(t, cfg, dir)
	expect(t, "officer, 一组 of two villages", c.office("通知 一组 明天上午停水"),
		"青山镇网格工作群: 几个村都有「一组」，通知还没有发出。请写明是哪个村的：青山村一组、石桥村一组，例如：通知 青山村一组 明天上午停水。")
	expect(t, "officer, village and grid", c.office("通知 石桥村一组 明天上午停电"), "石桥村一组网格群: 【通知】明天上午停电", "青山镇网格工作群: 通知 #N1 已发到 1 个群")
	expect(t, "leader, 一组 of his village", c.say("李四", "通知 一组 明天开会"), "青山村一组网格群: 【通知】明天开会", "通知 #N2 已发到 1 个群")
	expect(t, "leader, another village", c.say("李四", "通知 石桥村 明天开会"), "网格长只能给本村发通知，「石桥村」的请镇干部发。")
}

// TestAckCoversRecentNotices: one bare 收到 answers every notice posted to
// the group in the time it is still followed up, not just the latest, so
// the follow-up does not phone elders about a notice their household
// answered; a 收到 quoting one notice answers that one only.
func TestAckCoversRecentNotices(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 三组 明天上午停水，请提前储水")
	c.in(officeChat, "孙七", "通知 三组 后天下午3点在村委会开会")
	if got := c.say("张三", "收到"); len(got) != 0 {
		t.Fatalf("收到: %q", got)
	}
	c.send(bot.Message{Chat: grid3, From: "陈二", Text: "收到",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【通知】后天下午3点在村委会开会\n——孙七\n请每户看到后回复「收到」。（#N2）"}})
	expect(t, "the older notice", c.in(officeChat, "孙七", "查 #N1"), "三组：已收到 1/9 户，没回：陈二户")
	expect(t, "the newer notice", c.in(officeChat, "孙七", "查 #N2"), "三组：已收到 2/9 户，没回：王奶奶户")
}

// TestNoticeQueryNotBroadcast: an officer who writes 通知 with a question
// about answers (通知 未回复, 通知 #N1 谁没回) means 查, not a new notice
// to every household: a notice cannot be taken back.
func TestNoticeQueryNotBroadcast(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "nothing sent yet", c.office("通知 未回复"), "还没有发过通知")
	c.office("通知 青山村 明天下午停水，请提前储水")
	c.say("张三", "收到")
	for _, text := range []string{"通知 未回复", "通知 谁没回复？", "通知 #N1 未回复", "通知 #N1", "通知 回复情况"} {
		got := c.office(text)
		if len(got) != 1 || !strings.HasPrefix(got[0], "青山镇网格工作群: #N1「明天下午停水") ||
			!strings.Contains(got[0], "青山村三组：已收到 1/9 户") {
			t.Errorf("%s: replies\n%s", text, strings.Join(got, "\n"))
		}
	}
	expect(t, "a real notice naming an earlier one still goes out", c.office("通知 三组 #N1 的停水改到后天"),
		"青山村三组网格群: 【通知】#N1 的停水改到后天", "通知 #N2（后天即3月4日）已发到 1 个群")
}

// TestLeaderAcksEmergency: a grid leader answers the alarm that calls him
// out with 收到; only 确认 tells the duty chat someone is on it, so he is
// told to send it, naming the emergency. Once accepted, 收到 is silence.
func TestLeaderAcksEmergency(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "alarm", c.say("陈二", "快来人 后山着火了"), "【突发事件】", "#R1 已登记")
	expect(t, "a villager's 收到 is silence", c.say("张三", "收到"))
	expect(t, "the leader's 收到", c.say("李四", "收到"), // bare: maybe only read (「收到 马上去」 takes it on: emg54)
		grid3+": 李四，突发事件 #R1 还没人确认，镇应急值班群在等：到场或已安排处置请回「确认 #R1」")
	expect(t, "the officer's 收到 in the duty chat", c.in("青山镇应急值班群", "孙七", "收到"),
		"青山镇应急值班群: 孙七，突发事件 #R1 还没人确认：镇里接手请回「确认 #R1」")
	expect(t, "accept", c.say("李四", "确认 #R1"), "#R1 已受理", "#R1（突发事件）李四 受理")
	expect(t, "收到 after the accept is silence", c.say("李四", "收到"))
	expect(t, "the officer's 收到 after the accept is silence", c.in("青山镇应急值班群", "孙七", "收到"))

	// The leader answers his private 【私信反映】 with 收到.
	expect(t, "private report", c.private("张三", "上报 隔壁乱搭猪圈占了我家宅基地"), "张三: 已登记 #R2", "李四: 【私信反映】", "郑十: 【私信反映·调解】")
	got := c.send(bot.Message{Private: true, From: "李四", Text: "收到",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【私信反映】张三 反映 #R2（调解事项）：隔壁乱搭猪圈占了我家宅基地"}})
	expect(t, "the leader's private 收到 takes it on", got, "李四: 按李四的回复，#R2 已受理", "张三: 按李四的回复，#R2 已受理", "郑十: 【青山村三组】#R2（调解事项）李四 受理")
}

// TestAckReadWords: 「已阅」「知道了」「明白」 answer a notice as 收到 does;
// 「好的」 or 👌 answer it when they quote it; a bare 「好的」 only soon
// after the notice was posted (cover49: later it answers anyone), a bare
// 👌 never; 「不知道」 and a question are no answer.
func TestAckReadWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午9点开会"})
	quote := &bot.Quote{Name: "网格小助手", Text: "【通知】明天上午9点开会\n——孙七\n请每户看到后回复「收到」。（#N1）"}
	for _, m := range []bot.Message{
		{From: "张三", Text: "已阅"}, {From: "陈二", Text: "知道了，谢谢"}, {From: "赵六", Text: "明白👍"},
		{From: "周八", Text: "👌", Quote: quote}, {From: "郑十", Text: "好的", Quote: quote},
		{From: "雷志明", Text: "好的"}, {From: "金大海", Text: "👌"}, {From: "李四", Text: "不知道"}, {From: "王五", Text: "知道了吗"},
	} {
		m.Chat = grid3
		silent(t, fmt.Sprintf("%s %q", m.From, m.Text), c.send(m))
	}
	expect(t, "查 #N1", c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "查 #N1"}),
		"已收到 6/9 户，没回：王奶奶户、石德贵户、金大海户")
}

// TestRelayNamesTheNotice: a call noted "已转告暴雨" passes on the storm
// warning only, not the other notices of the grid; "已转告" alone passes
// on all of them.
func TestRelayNamesTheNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午接种疫苗，请带身份证"})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "紧急通知 三组 今晚有暴雨，低洼处注意转移"})
	c.now = c.now.Add(30 * time.Minute) // the calls made after the notices went out (call98)
	expect(t, "named", c.private("王五", "回访 王奶奶 已通 已转告暴雨 她说知道了"), "王奶奶户已记为收到通知 #N2。")
	expect(t, "not named", c.private("王五", "回访 白凤兰 已通 已转告"), "白凤兰所在的金大海户已记为收到通知 #N1、#N2。")
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午停水"})
	expect(t, "named by more than the day", c.private("王五", "回访 石德贵 已通 已转告明天停水"), "石德贵户已记为收到通知 #N3。")
}

// TestRelayWithoutOutcome: a worker who writes only that he passed the
// notice on ("回访 石德贵 已转告 …", leaving out 已通) phoned and got
// through: the call is logged 已通 and the notice he names counts as the
// household's 收到, rather than his being told how to write it. A note
// that says only how she is (「回访 石德贵 身体挺好」) is read as the same
// words without 回访 are: 已通 (call75; it was told how to write it).
func TestRelayWithoutOutcome(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午接种疫苗，请带身份证"})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "紧急通知 三组 明天大风降温，注意防寒"})
	got := c.private("王五", "回访 石德贵 已转告 大风降温")
	expect(t, "logged", got, "已记录：石德贵 已通")
	expect(t, "relayed", got, "石德贵户已记为收到通知 #N2。")
	expect(t, "no outcome word", c.private("王五", "回访 石德贵 身体挺好"), "已记录：石德贵 已通")
}

// TestCallUsageNamesMine: a call log without a name is answered with an
// example naming someone the worker phones, and whom he phones.
func TestCallUsageNamesMine(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "三组's worker", c.private("王五", "回访 已通 身体挺好"),
		"王五: 请这样记：回访 名字 已通/未接通/上门 情况，例如：回访 王奶奶 已通 身体挺好。\n您负责打电话的有：王奶奶、石德贵、白凤兰。")
	expect(t, "一组's worker", c.private("马红梅", "回访 已通 身体挺好"), "例如：回访 高秀英 已通 身体挺好。\n您负责打电话的有：高秀英。")
}

// TestNoticeScopes: a notice to several grids goes to those; one to a grid
// that does not exist, or to a village written without its 村, goes
// nowhere, and the officer is told so, rather than the whole township
// getting it with the word at its head.
func TestNoticeScopes(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "two grids", c.office("通知 一组、二组 后天体检"), "一组网格群: 【通知】后天体检\n", "二组网格群: 【通知】后天体检\n",
		"通知 #N1（后天即3月4日）已发到 2 个群") // date54: its 后天 told as a date
	expect(t, "no such grid", c.office("通知 四组 明天停电"), "没有找到「四组」，通知还没有发出。")
	expect(t, "one of them unknown", c.office("通知 一组,五组 明天停电"), "没有找到「一组,五组」，通知还没有发出。")
	expect(t, "a village written short", c.office("通知 青山 明天上午开会"), "没有找到「青山」，通知还没有发出。范围可写 全镇、青山村")
	expect(t, "a grid's talk is no scope", c.office("通知 青山水库 明天放水，下游注意"), "一组网格群: 【通知】青山水库 明天放水", "二组网格群", "三组网格群", "已发到 3 个群")
	expect(t, "a list in the text", c.office("通知 明天、后天停水"), "一组网格群: 【通知】明天、后天停水", "二组网格群", "三组网格群", "已发到 3 个群")
}

// TestImplicitCallLog: a worker who tells the bot privately how the call
// to one of his elders went, without 回访, or answers the bot's reminder
// quoting it, has logged the call; other talk about an elder has not.
func TestImplicitCallLog(t *testing.T) {
	c := newChat(t, understand.Rules{})
	reminder := &bot.Quote{Name: "网格小助手", Text: "【电话回访】请今天给高秀英打个电话：13800001041（关爱等级：重点，每月一次）。"}
	quoting := func(from, text string) []string {
		return c.send(bot.Message{Private: true, From: from, Text: text, Quote: reminder})
	}
	expect(t, "name and outcome", c.private("马红梅", "高秀英 已通 身体挺好"), "马红梅: 已记录：高秀英 已通")
	expect(t, "glued, with a problem", c.private("何志强", "徐玉珍打通了，说腿疼"), "何志强: 已记录：徐玉珍 已通",
		"刘建国: 【私信反映】徐玉珍（何志强代报）反映 #R1（一般事项）：腿疼")
	c.now = c.now.Add(2 * time.Hour) // not the same log sent again: see TestCallLoggedTwice
	expect(t, "quoting the reminder", quoting("马红梅", "打通了，身体挺好"), "马红梅: 已记录：高秀英 已通")
	c.now = c.now.Add(24 * time.Hour) // a miss the day she was reached is none: see TestMissAfterReached
	expect(t, "quoting it, 回访 without the name", quoting("马红梅", "回访 没人接"), "马红梅: 已记录：高秀英 未接通（第 1 次）")
	for _, m := range []struct{ from, text string }{
		{"王五", "王奶奶说她没接到电话"}, {"张三", "王奶奶 已通"}, {"马红梅", "王奶奶 已通"},
	} {
		if got := strings.Join(c.private(m.from, m.text), "\n"); strings.Contains(got, "已记录") {
			t.Errorf("%s %q: %s, want no call logged", m.from, m.text, got)
		}
	}
}

// TestVisitAnsweredQuoting: the grid leader asked to visit an elder his
// worker phones answers the request quoting it, in his own words.
func TestVisitAnsweredQuoting(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 石德贵 没人接")
	c.now = c.now.Add(24 * time.Hour) // a miss is per day
	expect(t, "second miss", c.private("王五", "回访 石德贵 关机"), "已记录：石德贵 未接通（第 2 次）", "李四: 【请上门看看】石德贵")
	visit := &bot.Quote{Name: "网格小助手", Text: "【请上门看看】石德贵（13900000031）已连续 2 次电话没接通。"}
	expect(t, "the leader went", c.send(bot.Message{Private: true, From: "李四", Text: "去看了，人没事", Quote: visit}),
		"李四: 已记录：石德贵 上门", "王五: 石德贵已经联系上了（李四：上门），这个回访电话不用再打了。")
}

// TestCallLogSeveral: one message logging calls to several people logs
// each, whether with 回访 or told privately.
func TestCallLogSeveral(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "with 回访", c.private("王五", "回访 王奶奶、石德贵 已通 都挺好"),
		"王五: 已记录：王奶奶 已通", "王五: 已记录：石德贵 已通")
	c.now = c.now.Add(2 * time.Hour) // within the hour, 王奶奶's "挺好" again is the same log (TestCallLoggedAgainInOtherWords)
	expect(t, "told privately", c.private("王五", "白凤兰和王奶奶都打通了，挺好的"),
		"王五: 已记录：白凤兰 已通", "王五: 已记录：王奶奶 已通")
	expect(t, "one of them not in the roster", c.private("王五", "回访 王奶奶、王爷爷 已通"), "已记录：王奶奶 已通")
}

// TestRelayNamesACarriedNotice: the note names the notice the task
// carried, already followed up ("已转告暴雨"): the household has heard
// that one only, not the notices posted since.
func TestRelayNamesACarriedNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午接种疫苗，请带身份证"})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 后天下午停电检修"})
	storm, err := storage.NoticeDoc(village.Notice{Text: "今晚有暴雨，低洼处注意转移", By: "孙七", At: c.now.Add(-time.Hour),
		Groups: []string{grid3}, Urgent: true, FollowedUp: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Commit(context.Background(), storage.Change{Scope: storage.TownshipScope("青山镇"), MsgID: "storm", Docs: []storage.Doc{storm}}); err != nil {
		t.Fatal(err)
	}
	grannyTask(t, c, "N3")
	expect(t, "named", c.private("王五", "回访 王奶奶 已通 已转告暴雨 她说知道了"), "王奶奶户已记为收到通知 #N3。")
}

// TestMyCalls: 回访 alone tells a worker whom he still phones, and a
// leader also the visits he was asked for; with none, what comes next.
func TestMyCalls(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "none yet", c.private("王五", "回访"), "王五: 您现在没有要打的电话，有新的会在早上私信告诉您。")
	c.private("王五", "回访 石德贵 没人接")
	c.now = c.now.Add(24 * time.Hour) // a miss is per day
	c.private("王五", "回访 石德贵 关机")
	c.private("王五", "回访 白凤兰 没人接")
	expect(t, "the worker's", c.private("王五", "回访"), "王五: 您还有 2 个电话要打：\n1. 石德贵 13900000031（已连续 2 次没打通，请网格长上门）\n"+
		"2. 白凤兰 13900000053（上次没打通 1 次，再打一次）\n打完一个回复一条")
	expect(t, "the leader's", c.private("李四", "回访"), "李四: 您还有 1 个电话要打：\n1. 石德贵 13900000031（已连续 2 次没打通，请网格长上门）")
	expect(t, "a villager", c.private("张三", "回访"), "张三: 请这样记：回访 名字")
}

// TestSameDayNoticeSent: the officer is told when a notice about its own
// day or the next is followed up: before the part of the day it names
// (this afternoon: by noon), else that evening; one posted in the
// evening is not chased at night, and he is told how to have it chased.
func TestSameDayNoticeSent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "in the morning", c.office("通知 三组 今天下午4点发放防暑用品"), "【通知】", "今天12:00后会告诉各网格员哪些户还没回复「收到」")
	expect(t, "about tomorrow", c.office("通知 三组 明天有寒潮 注意防冻"), "【通知】", "今天18:00后会告诉各网格员哪些户还没回复「收到」，不用微信的会安排电话转告")
	c.now = clock(c.now, 0, 20, 0)
	expect(t, "in the evening", c.office("通知 三组 今晚7点半开会"), "【通知】", "这条通知说的是今天的事，夜里不再追问没回复的户；要追问请改发「紧急通知 …」。")
}

// TestAckInPrivate: a villager who answers 收到 to the bot in private has
// answered his grid's notices, and is told so; with none waiting it
// answered something else, and gets silence; a cadre's private 收到
// answers the bot's other messages and is no notice's answer.
func TestAckInPrivate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	silent(t, "收到 with no notice", c.private("张三", "收到"))
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 下周一体检"})
	expect(t, "the notice", c.private("张三", "收到"), "张三: 已记下：您家收到了通知 #N1，谢谢！")
	silent(t, "a worker's 收到 in private", c.private("王五", "收到"))
	expect(t, "查 #N1", c.in("青山镇网格工作群", "孙七", "查 #N1"), "青山村三组：已收到 1/9 户，没回：陈二户")
}

// TestCallLoggedTwice: the same call log sent again within the hour is
// recorded once; one that says more is recorded too.
func TestCallLoggedTwice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "logged", c.private("王五", "回访 王奶奶 已通 身体挺好"), "已记录：王奶奶 已通")
	expect(t, "again", c.private("王五", "回访王奶奶已通，身体挺好"), "王五: 王奶奶的回访 09:01 已经记过（已通），这条不重复记。")
	expect(t, "more to say", c.private("王五", "回访 王奶奶 已通 她说屋顶漏雨了"), "已记录：王奶奶 已通", "李四: 【私信反映】王奶奶")
}

// TestCallNoteWithoutName: a worker with open call tasks who tells the bot
// privately how a call went without a name has logged it, when he has one
// open call or was just reminded of one; with several, he is asked whom
// it was about; putting a call off is no report: he hears the task stays
// open and how to log it.
func TestCallNoteWithoutName(t *testing.T) {
	c := newChat(t, understand.Rules{})
	task := func(person, household, phone string, reminded time.Time) {
		t.Helper()
		d, err := storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: person, PersonKey: "青山村/" + household + "/" + person,
			Phone: phone, Worker: "王五", WorkerKey: "青山村/QS-304/王五", Topic: "例行问候", Due: c.now, Status: village.CallOpen, RemindedAt: reminded})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: "task-" + person + reminded.String(), Docs: []storage.Doc{d}}); err != nil {
			t.Fatal(err)
		}
	}
	open := func() int {
		t.Helper()
		calls, err := c.st.Calls(context.Background(), village3, storage.CallsOpen)
		if err != nil {
			t.Fatal(err)
		}
		return len(calls)
	}
	task("王奶奶", "QS-305", "13900000001", time.Time{})
	for _, text := range []string{"好的，谢谢", "水管接通了"} {
		if got := strings.Join(c.private("王五", text), "\n"); strings.Contains(got, "已记录") {
			t.Errorf("%s: %s, want no call logged", text, got)
		}
	}
	expect(t, "his one open call", c.private("王五", "人挺好，手机没电了"), "王五: 已记录：王奶奶 上门")

	task("石德贵", "QS-309", "13900000031", c.now.Add(-time.Hour))
	task("白凤兰", "QS-311", "13900000053", c.now.Add(-72*time.Hour))
	expect(t, "the one just reminded", c.private("王五", "打通了，挺好的"), "王五: 已记录：石德贵 已通")

	task("石德贵", "QS-309", "13900000031", c.now.Add(-72*time.Hour))
	expect(t, "several, none just reminded", c.private("王五", "身体都挺好"),
		"王五: 这条是哪位的回访？您还有 2 个电话要打：白凤兰、石德贵，这条还没有记。请写上名字，例如：回访 白凤兰 已通 身体都挺好。")
	expect(t, "put off", c.private("王五", "今天没空 明天打"),
		"王五: 好的，电话任务还留着（白凤兰、石德贵），明天08:00会再提醒您；打完一个回复一条「回访 名字 已通 情况」，例如：回访 白凤兰 已通 身体挺好。")
	if n := open(); n != 2 {
		t.Errorf("%d open calls, want 2 (nothing logged)", n)
	}
	if rs := c.reports(); len(rs) != 0 {
		t.Errorf("reports %+v, want none", rs)
	}
}

// TestCallNoteAfterAMiss: "去她家看了 屋顶漏雨" right after "王奶奶电话打了
// 没人接" is the visit to 王奶奶, however many calls the worker still has
// to make: logged as 上门 and her need filed, not asked about or read as
// news of another item.
func TestCallNoteAfterAMiss(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, p := range [][3]string{{"王奶奶", "QS-305", "13900000001"}, {"石德贵", "QS-309", "13900000031"}, {"白凤兰", "QS-311", "13900000053"}} {
		d, err := storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: p[0], PersonKey: "青山村/" + p[1] + "/" + p[0],
			Phone: p[2], Worker: "王五", WorkerKey: "青山村/QS-304/王五", Topic: "例行问候", Due: c.now, Status: village.CallOpen,
			RemindedAt: c.now.Add(-72 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: "task-" + p[0], Docs: []storage.Doc{d}}); err != nil {
			t.Fatal(err)
		}
	}
	expect(t, "the miss", c.private("王五", "王奶奶电话打了 没人接"), "王五: 已记录：王奶奶 未接通（第 1 次）")
	c.now = c.now.Add(40 * time.Minute)
	has(t, "the visit", c.private("王五", "去她家看了 屋顶漏雨"), "王五: 已记录：王奶奶 上门",
		"李四: 【私信反映】王奶奶（王五代报）反映 #R1（一般事项·安全隐患）：屋顶漏雨")
	// when he went, and that she said it, are no part of her need
	expect(t, "the miss again", c.private("王五", "石德贵打了没人接"), "王五: 已记录：石德贵 未接通（第 1 次）")
	has(t, "the visit, said when", c.private("王五", "下午去他家看了，他说水管冻裂了"), "王五: 已记录：石德贵 上门",
		"李四: 【私信反映】石德贵（王五代报）反映 #R2（一般事项·水电设施）：水管冻裂了")
}

// TestCallLogWithWordsBetween: workers put a few words between the name
// and how the call went ("石德贵打了没人接", "回访 石德贵打了两次没人接",
// "石德贵我去看了"), or tell only the call and what the elder said
// ("给王奶奶打了电话，她说…": reached); they are logged, not read as a new
// report or a name missing from the roster.
func TestCallLogWithWordsBetween(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "private, 打了", c.private("王五", "石德贵打了没人接"), "王五: 已记录：石德贵 未接通（第 1 次）")
	c.now = c.now.Add(24 * time.Hour) // a miss is per day
	expect(t, "回访, 打了两次", c.private("王五", "回访 石德贵打了两次没人接"), "王五: 已记录：石德贵 未接通（第 2 次）", "李四: 【请上门看看】石德贵")
	expect(t, "leader, 我去看了", c.private("李四", "石德贵我去看了，人没事，手机坏了"), "李四: 已记录：石德贵 上门", "王五: 石德贵已经联系上了")
	expect(t, "电话", c.private("王五", "白凤兰电话打通了，挺好"), "王五: 已记录：白凤兰 已通")
	expect(t, "她说", c.private("王五", "给王奶奶打了电话，她说最近头晕，降压药吃完了"), "王五: 已记录：王奶奶 已通",
		"李四: 【私信反映】王奶奶（王五代报）反映 #R1（一般事项）：最近头晕，降压药吃完了")
	c.now = c.now.Add(2 * time.Hour)
	expect(t, "打过电话了", c.private("王五", "给石德贵打过电话了 他说屋顶漏雨"), "王五: 已记录：石德贵 已通",
		"李四: 【私信反映】石德贵（王五代报）反映 #R2（一般事项·安全隐患）：屋顶漏雨")
	has(t, "去家里看了", c.private("王五", "去白凤兰家看了，她说想办低保"), "王五: 已记录：白凤兰 上门",
		"白凤兰反映的「想办低保」已登记 #R3")
	expect(t, "家我去过了", c.private("李四", "石德贵家我去过了 老人在家 电话坏了"), "李四: 已记录：石德贵 上门")
	c.now = c.now.Add(2 * time.Hour)
	has(t, "血压有点高 要买药", c.private("王五", "回访王奶奶 上门 血压有点高 要买药"), "王五: 已记录：王奶奶 上门",
		"李四: 【私信反映】王奶奶（王五代报）反映 #R4（一般事项）：血压有点高 要买药")
	if got := strings.Join(c.private("王五", "王奶奶说她没接到电话"), "\n"); strings.Contains(got, "已记录") {
		t.Errorf("王奶奶说她没接到电话: %s, want no call logged", got)
	}
}

// TestCallProblemInTheElderSWords: the report a call note makes reads as
// the elder's words, without the worker's "说" ("说家里漏雨了").
func TestCallProblemInTheElderSWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 白凤兰 已通 说家里漏雨了，屋顶要修")
	has(t, "说", got, "白凤兰反映的「家里漏雨了，屋顶要修」已登记 #R1", "白凤兰（王五代报）反映 #R1（一般事项·安全隐患）：家里漏雨了，屋顶要修")
}

// TestCallLogsInOneMessage: one message logging calls one after the other
// ("王奶奶、石德贵都打通了，都挺好，白凤兰没人接") logs each; the last
// one's outcome is not lost in the others' note.
func TestCallLogsInOneMessage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "three", c.private("王五", "王奶奶、石德贵都打通了，都挺好，白凤兰没人接"),
		"王五: 已记录：王奶奶 已通", "王五: 已记录：石德贵 已通", "王五: 已记录：白凤兰 未接通（第 1 次）")
	c.now = c.now.Add(24 * time.Hour) // 石德贵 reached today: a miss after it is none (TestMissAfterReached)
	expect(t, "回访, two", c.private("王五", "回访 王奶奶 已通 身体挺好；石德贵 关机"),
		"王五: 已记录：王奶奶 已通", "王五: 已记录：石德贵 未接通（第 1 次）")
}

// TestCallLogsOfSeveralEachHisNote: one message logging two calls and then
// what each said ("王奶奶和石德贵都打通了，王奶奶说药快吃完了，石德贵挺
// 好") gives each his own note: one report, on 王奶奶's behalf, in her
// words; 石德贵's call is logged with no report.
func TestCallLogsOfSeveralEachHisNote(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "王奶奶和石德贵都打通了，王奶奶说药快吃完了，石德贵挺好")
	has(t, "two", got, "王五: 已记录：王奶奶 已通", "王五: 已记录：石德贵 已通",
		"李四: 【私信反映】王奶奶（王五代报）反映 #R1（一般事项）：药快吃完了")
	lacks(t, "one report", got, "#R2", "石德贵挺好")
	if rs := c.reports(); len(rs) != 1 || rs[0].Reporter != "王奶奶" {
		t.Errorf("reports %+v, want one, 王奶奶's", rs)
	}
	// spaces between, and what follows a name's clause is hers too
	c.now = c.now.Add(2 * time.Hour)
	got = c.private("王五", "王奶奶 白凤兰 都打通了 王奶奶说屋顶漏雨 白凤兰腿疼 没事")
	has(t, "spaced", got, "王五: 已记录：王奶奶 已通", "王五: 已记录：白凤兰 已通", "王奶奶（王五代报）反映 #R2（一般事项·安全隐患）：屋顶漏雨")
	lacks(t, "spaced, one report", got, "#R3", "白凤兰腿疼")
}

// TestCallNoteTellsANeed: what the rules leave alone when a villager says
// it of himself ("头晕", "降压药吃完了", "没米了") is, in a worker's call
// note, an elder's need: a report on her behalf reaches the grid leader.
// A note that all is well, or that a complaint is over or waved away
// ("腰疼，不要紧"), stays a log; a want of things she waves away is a need.
func TestCallNoteTellsANeed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, step := range []struct{ name, text, said string }{
		{"ill, medicine", "回访 王奶奶 已通 她说最近头晕，降压药吃完了", "王奶奶（王五代报）反映 #R1（一般事项）：最近头晕，降压药吃完了"},
		{"pain", "回访 石德贵 已通 说腰疼", "石德贵（王五代报）反映 #R2（一般事项）：腰疼"},
		{"food", "回访 白凤兰 已通 都挺好，就是家里没米了", "白凤兰（王五代报）反映 #R3（一般事项）：家里没米了"},
		{"lonely", "回访 王奶奶 上门 一个人在家闷得慌，想有人来看看", "王奶奶（王五代报）反映 #R4（一般事项）：一个人在家闷得慌"},
		{"heating", "回访 石德贵 已通 暖气不热", "石德贵（王五代报）反映 #R5（一般事项·水电设施）：暖气不热"},
		{"medicine, waved away", "回访 白凤兰 已通 药快吃完了，她说不要紧", "白凤兰（王五代报）反映 #R6（一般事项）：药快吃完了，她说不要紧"},
		{"food running out, after passing a notice on", "回访 王奶奶 已通 已转告体检 说家里米快吃完了", "王奶奶（王五代报）反映 #R7（一般事项）：家里米快吃完了"},
	} {
		c.now = c.now.Add(time.Hour)
		has(t, step.name, c.private("王五", step.text), "已登记 #R", step.said)
	}
	for _, note := range []string{"挺好", "没事", "都好", "身体还行", "腰不疼了", "头晕好多了", "腰疼，不要紧", "头晕 已经好了"} {
		c.now = c.now.Add(time.Hour)
		expect(t, note, c.private("王五", "回访 白凤兰 已通 "+note), "王五: 已记录：白凤兰 已通")
	}
}

// TestReachedAfterUnreachedToldOffice: an elder reported to the township
// office as unreachable (【联系不上】, the visit never logged) who is then
// reached tells the office once that there is nothing left to check; a
// later call tells it nothing more, nor does a call to someone else.
func TestReachedAfterUnreachedToldOffice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	unreachedShi(t, c)
	has(t, "visited", c.private("李四", "石德贵家我去过了 人好好的 手机丢了"), "李四: 已记录：石德贵 上门",
		officeChat+": 【已联系上】青山村三组 石德贵（13900000031）：", " 李四上门看过了。", "报的联系不上，不用再核实了。")
	c.now = c.now.Add(2 * time.Hour)
	lacks(t, "again", c.private("王五", "回访 石德贵 已通 挺好"), "【已联系上】")
	lacks(t, "someone else", c.private("王五", "回访 王奶奶 已通 挺好"), "【已联系上】")
}

// TestNoticeGridInDigits: a grid typed with a digit ("3组") is the grid
// the roster names 三组; the notice goes there, not refused.
func TestNoticeGridInDigits(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.in(officeChat, "孙七", "通知 3组 明天打疫苗")
	has(t, "3组", got, grid3+": 【通知】明天打疫苗", "通知 #N1 已发到 1 个群：青山村三组网格群。")
	lacks(t, "only 三组", got, "没有找到", "青山村一组网格群: ")
}

// TestNoticeVillageThenGrid: 「通知 青山村 三组 …」 is for that village's
// grid, not the whole village with "三组" at the head of the text; a grid
// of no such village keeps the village as the scope.
func TestNoticeVillageThenGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.in(officeChat, "孙七", "通知 青山村 三组 明天打疫苗")
	expect(t, "village and grid", got, grid3+": 【通知】明天打疫苗\n", "通知 #N1 已发到 1 个群：青山村三组网格群。")
	expect(t, "a leader's own village", c.say("李四", "通知 青山村 3组 后天开会"), grid3+": 【通知】后天开会\n",
		"李四: 通知 #N2（后天即3月4日）已发到 1 个群：青山村三组网格群。")
	expect(t, "no such grid", c.in(officeChat, "孙七", "通知 青山村 四组的路明天修"), "一组网格群: 【通知】四组的路明天修", "二组网格群", "三组网格群", "已发到 3 个群")
}

// TestAckWithAside: quoting a notice, an acknowledgement followed by an
// aside ("好的知道了 我带奶奶去") is the household's 收到; followed by a
// new matter ("知道了 但我家三天没水了") it is the household's 收到 too,
// and the matter is read and registered without it; a read word inside a
// sentence is no acknowledgement.
func TestAckWithAside(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午9点体检，请带老人参加"})
	quote := &bot.Quote{Name: "网格小助手", Text: "【通知】明天上午9点体检，请带老人参加\n——孙七\n请每户看到后回复「收到」。（#N1）"}
	for _, m := range []bot.Message{
		{From: "张三", Text: "好的知道了 我带奶奶去"}, {From: "陈二", Text: "收到，我会转告我爸"},
		{From: "周八", Text: "收到一个诈骗电话怎么办"},
	} {
		m.Chat, m.Quote = grid3, quote
		if got := c.send(m); len(got) != 0 && m.From != "周八" {
			t.Errorf("%s %q: replies %q, want silence", m.From, m.Text, got)
		}
	}
	got := c.send(bot.Message{Chat: grid3, From: "赵六", Text: "知道了 但我家三天没水了", Quote: quote})
	expect(t, "a new matter", got, "已登记 #R1")
	lacks(t, "a new matter", got, "知道了", "但我家")
	expect(t, "查 #N1", c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "查 #N1"}),
		"已收到 3/9 户，没回：王奶奶户、周八户")
}

// TestAckThenReport: unquoted in the group, "知道了 但…" or "收到，不过…"
// with a matter of its own answers the latest notice and files the matter
// without the acknowledgement (asked back first when the reading is not
// sure enough, as any report); a
// question after the read word ("知道了吗") answers no notice, and with no
// notice posted the report is filed all the same.
func TestAckThenReport(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.send(bot.Message{Chat: grid3, From: "陈二", Text: "收到，不过村口路灯坏了三天了"})
	expect(t, "no notice yet", got, "村口路灯坏了三天了")
	lacks(t, "no notice yet", got, "收到", "不过")
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午9点体检，请带老人参加"})
	c.send(bot.Message{Chat: grid3, From: "周八", Text: "知道了吗？明天体检"})
	got = c.send(bot.Message{Chat: grid3, From: "赵六", Text: "收到，不过后山那段路的护栏断了好几天了"})
	expect(t, "收到 with a matter", got, "已登记 #R2（一般事项·道路交通）：后山那段路的护栏断了好几天了")
	got = c.send(bot.Message{Chat: grid3, From: "张三", Text: "知道了 但我家三天没水了"})
	expect(t, "asked back", got, "我家三天没水了")
	lacks(t, "asked back", got, "知道了", "但我家")
	got = c.send(bot.Message{Chat: grid3, From: "张三", Text: "1"})
	expect(t, "filed", got, "已登记 #R3")
	lacks(t, "filed", got, "知道了")
	has(t, "查 #N1", c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "查 #N1"}), "已收到 2/9 户", "没回：陈二户", "周八户")
}

// TestNoticeToCadres: a notice addressed to the grid workers and leaders
// (通知 网格员 …, 通知 全镇网格员 …, 通知 三组 网格员：…) goes to each of
// them privately, never to the households' groups, and a cadre's private
// 收到 is counted for him.
func TestNoticeToCadres(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, tc := range []struct{ name, text, body string }{
		{"the audience alone", "通知 网格员 明天上午到镇里开会", "【通知】明天上午到镇里开会"},
		{"the scope and the audience glued", "通知 全镇网格员 周五前交走访台账", "【通知】周五前交走访台账"},
		{"the audience after the scope", "通知 三组 网格员：下午三点到村委会", "【通知】下午三点到村委会"},
	} {
		got := c.in(officeChat, "孙七", tc.text)
		joined := strings.Join(got, "\n")
		for _, g := range got {
			if strings.Contains(g, "网格群: ") {
				t.Errorf("%s: posted to a villagers' group: %q", tc.name, g)
			}
		}
		if !strings.Contains(joined, "王五: "+tc.body) || !strings.Contains(joined, "李四: "+tc.body) ||
			!strings.Contains(joined, "请看到后私信回复「收到」") || strings.Contains(joined, "张三: ") ||
			!strings.Contains(joined, officeChat+": 通知 #N") || !strings.Contains(joined, "没有发到各户的群") {
			t.Errorf("%s:\n%s", tc.name, joined)
		}
	}
	expect(t, "a cadre's private 收到", c.private("王五", "收到"), "王五: 已记下：您收到了通知 #N1、#N2、#N3，谢谢！")
	expect(t, "查 counts the cadres", c.in(officeChat, "孙七", "查 #N3"), officeChat+": #N3「下午三点到村委会」（孙七，")
	if got := strings.Join(c.in(officeChat, "孙七", "查 #N3"), "\n"); !strings.Contains(got, "私信发给网格员、网格长）\n已收到 1/") ||
		!strings.Contains(got, "李四") || strings.Contains(got, "王五") {
		t.Errorf("查 #N3:\n%s", got)
	}
	// a notice for the households is as before
	expect(t, "an ordinary notice", c.in(officeChat, "孙七", "通知 三组 明天停水"), grid3+": 【通知】明天停水", officeChat+": 通知 #N4 已发到 1 个群")
}

// TestNoticeHeldPastItsDay: a notice written at night is held till the
// morning; one that names 今晚 (its day over by then) says so, so that
// the sender sends it as 紧急通知 if tonight matters; one about 明天 is
// held as before.
func TestNoticeHeldPastItsDay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 3, 2, 22, 29, 0, 0, c.now.Location())
	got := strings.Join(c.in(officeChat, "孙七", "通知 网格员 今晚11点前把排查表报上来"), "\n")
	if !strings.Contains(got, "先存着") || !strings.Contains(got, "通知说的是“今晚”，早上发出时已经过了：急事请改发「紧急通知 …」") {
		t.Errorf("a notice about tonight, held:\n%s", got)
	}
	got = strings.Join(c.in(officeChat, "孙七", "通知 网格员 明天上午到镇里开会"), "\n")
	if !strings.Contains(got, "先存着") || strings.Contains(got, "已经过了") {
		t.Errorf("a notice about tomorrow, held:\n%s", got)
	}
}

// TestCallLogReadsOnce: a worker's 回访 reads the calls still to make and
// every call to the elder together. His miss with no task of hers open
// (was she reached today? TestMissAfterReached) costs one read and the
// commit; his 已通 after it, both lists served from this process's copy,
// the commit alone. A miss on a task of hers still open reads nothing of
// her history: the commit alone.
func TestCallLogReadsOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "another's first", c.say("王五", "回访 白凤兰 未接通"), "白凤兰") // loads the scripts
	got := c.costs(t, 2, "回访 未接通, no task open (one read, the commit)", bot.Message{Chat: grid3, From: "王五", Text: "回访 王奶奶 未接通"})
	has(t, "missed", got, "已记录：王奶奶 未接通（第 1 次）")
	got = c.costs(t, 1, "回访 已通 (the commit; both lists read with the miss)", bot.Message{Chat: grid3, From: "王五", Text: "回访 王奶奶 已通 身体挺好"})
	has(t, "logged", got, "已记录：王奶奶 已通")
	routineTask(t, c, "石德贵", "QS-309", "13900000031")
	got = c.costs(t, 1, "回访 未接通 of an open task (the commit)", bot.Message{Chat: grid3, From: "王五", Text: "回访 石德贵 未接通"})
	has(t, "missed his task", got, "已记录：石德贵 未接通（第 1 次）")
}

// TestNoticeForCadresInItsWords: a notice with no scope whose words
// address the cadres ("全镇网格员到镇政府开会", "各网格员明天上午到村委会开会")
// is not posted to every household's group (nor relayed to the elders by
// phone): it goes to the grid workers and leaders privately, and the
// sender is told how to post it to the groups if he meant that. Written
// with a scope, or only naming the cadres as whom to ask ("有困难请联系网格员"),
// it goes out as written.
func TestNoticeForCadresInItsWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.in(officeChat, "孙七", "通知 各网格员明天上午到村委会开会")
	for _, g := range []string{"青山村一组网格群", "青山村二组网格群", grid3} {
		lacks(t, "no household's group", got, g+":")
	}
	has(t, "to the cadres privately", got, "王五: 【通知】各网格员明天上午到村委会开会", "李四: 【通知】各网格员明天上午到村委会开会")
	has(t, "the sender hears where it went and how to post it", got,
		"（通知说的是「各网格员」，没有发到各户的群）", "确实要发到各户的群，请再发「通知 全镇 各网格员明天上午到村委会开会」。")
	if n, err := c.st.Notices(context.Background(), storage.TownshipScope("青山镇"), storage.NoticesAll); err != nil || len(n) != 1 || len(n[0].Groups) != 0 || len(n[0].Cadres) == 0 {
		t.Errorf("notices %+v (%v), want one to the cadres only", n, err)
	}
	expect(t, "with a scope, as written", c.in(officeChat, "孙七", "通知 三组 明天上午9点全镇网格员到镇政府开会"),
		grid3+": 【通知】明天上午9点全镇网格员到镇政府开会", officeChat+": 通知 #N2 已发到 1 个群")
	expect(t, "the cadres as whom to ask", c.in(officeChat, "孙七", "通知 明天停水，有困难请联系网格员"),
		"青山村一组网格群: 【通知】明天停水", "青山村二组网格群: 【通知】明天停水", grid3+": 【通知】明天停水", officeChat+": 通知 #N3 已发到 3 个群")
	got = c.say("李四", "通知 各网格员下午到村委会开会")
	lacks(t, "a leader's: no group", got, grid3+": 【通知】")
	has(t, "a leader's: privately, the village's command shown", got, "王五: 【通知】各网格员下午到村委会开会", "请再发「通知 全村 各网格员下午到村委会开会」")
	has(t, "the leader's shown command works", c.say("李四", "通知 全村 各网格员下午到村委会开会"), "青山村一组网格群: 【通知】各网格员下午到村委会开会")
}

// TestMergeWorkersOwnIntoHisCallNote: the grid worker who logged an
// elder's need from a call (a private report he recorded for her) and
// then files the same matter himself after going to see it may have his
// own report merged into hers, said as cadres say it ("R2跟R1是一个事"):
// he already reads both. Two elders' reports he recorded are not merged:
// one's news would reach the other.
func TestMergeWorkersOwnIntoHisCallNote(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "her need", c.private("王五", "王奶奶打通了 身体还行 就是屋顶漏雨"), "王五: 已记录：王奶奶 已通", "李四: 【私信反映】王奶奶（王五代报）反映 #R1")
	expect(t, "his own after the visit", c.private("王五", "上报 王奶奶家屋顶瓦碎了几块 要找人换"), "王五: 已登记 #R2", "李四: 【私信反映】王五 反映 #R2")
	expect(t, "the leader says they are one", c.private("李四", "R2跟R1是一个事"), "李四: #R2 与 #R1 是同一件事，已合并", "王五: #R2 与 #R1 是同一件事，已合并")
	if r := c.reports(); r[1].DuplicateOf != "R1" {
		t.Errorf("R2 duplicate of %q, want R1", r[1].DuplicateOf)
	}
	expect(t, "another elder's need", c.private("王五", "回访 石德贵 已通 屋顶也漏雨"), "王五: 已记录：石德贵 已通", "李四: 【私信反映】石德贵（王五代报）反映 #R3")
	expect(t, "two elders' are not one", c.private("李四", "重复 R3 R1"), "李四: #R3 和 #R1 是不同的人私下反映的")
}

// TestRelayInPlainWords: a worker answering the notice follow-up tells
// the bot privately, as he says it, that he passed the notice on, without
// 回访 or 已通 ("王奶奶已转告", "石德贵白凤兰都通知到了", names glued):
// each call is logged 已通 and each household counts as having heard the
// notice, rather than his words being read as a new report or getting
// the help text.
func TestRelayInPlainWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午9点在村委会开会 每户来一个人"})
	c.now = c.now.Add(30 * time.Minute) // the calls made after the notices went out (call98)
	got := c.private("王五", "王奶奶已转告")
	expect(t, "one, glued", got, "王五: 已记录：王奶奶 已通")
	if len(got) != 1 || !strings.HasSuffix(got[0], "王奶奶户已记为收到通知 #N1。") {
		t.Errorf("her household heard: %q", got)
	}
	got = c.private("王五", "石德贵白凤兰都通知到了")
	expect(t, "two glued names", got, "王五: 已记录：石德贵 已通", "王五: 已记录：白凤兰 已通")
	expect(t, "with 回访, glued", c.private("王五", "回访 王奶奶转告了"), "王五: 已记录：王奶奶 已通")
	expect(t, "as said after another", c.private("王五", "白凤兰也说了"), "王五: 已记录：白凤兰 已通")
	for _, r := range c.reports() {
		t.Errorf("a report filed: %s %s", r.ID, r.Text)
	}
}

// TestRelayNamesTheHousehold: a call that passed a notice on counts for
// the household as the follow-up and 查 #N name it, after its head: the
// elder who is not the head is named with it ("徐玉珍所在的唐国平户"); one of
// a cadre's household, which no notice counts, is counted alone, not as
// a household nobody lists.
func TestRelayNamesTheHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 全镇 明天上午9点在村委会开会 每户来一个人"})
	c.now = c.now.Add(30 * time.Minute) // the calls made after the notices went out (call98)
	got := c.private("何志强", "徐玉珍打通了 已转告")
	if len(got) != 1 || !strings.HasSuffix(got[0], "\n徐玉珍所在的唐国平户已记为收到通知 #N1。") {
		t.Errorf("an elder who is not the head: %q", got)
	}
	got = c.private("杨春花", "朱有田打通了 已转告")
	if len(got) != 1 || !strings.HasSuffix(got[0], "\n朱有田已记为收到通知 #N1。") {
		t.Errorf("an elder of a grid worker's household: %q", got)
	}
	got = c.in("青山镇网格工作群", "孙七", "查 #N1")
	if len(got) != 1 || !strings.Contains(got[0], "青山村一组：已收到 1/") || strings.Contains(got[0], "唐国平户") ||
		!strings.Contains(got[0], "没回：高秀英户、") {
		t.Errorf("查 #N1:\n%s", strings.Join(got, "\n"))
	}
}

// TestCallReportLeavesOutHowSheIs: the report filed from a call note is
// the need the elder told, without what the worker said first of how she
// is ("身体还行 就是屋顶漏雨 下雨天滴水" files "屋顶漏雨 下雨天滴水"):
// the leader reads the matter to handle, and the merge and status
// replies that quote it say it.
func TestCallReportLeavesOutHowSheIs(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, tt := range []struct{ say, want string }{
		{"王奶奶打通了 身体还行 就是屋顶漏雨 下雨天滴水", "屋顶漏雨 下雨天滴水"},
		{"回访 白凤兰 已通 人挺好，不过家里米快吃完了", "家里米快吃完了"},
		{"回访 石德贵 已通 没事，就是腰疼得厉害", "腰疼得厉害"},
	} {
		c.private("王五", tt.say)
		r := c.reports()
		if len(r) == 0 || r[len(r)-1].Text != tt.want {
			t.Errorf("%q: %d reports, the last %q, want %q", tt.say, len(r), lastText(r), tt.want)
		}
	}
}

// lastText is the text of the last of reports, or "".
func lastText(reports []village.Report) string {
	if len(reports) == 0 {
		return ""
	}
	return reports[len(reports)-1].Text
}

// TestRecorderRelaysSatisfaction: the worker who recorded an elder's need
// from a call, asked to check with her once it was resolved, answers in
// private in his words that she is satisfied ("问了 奶奶说不漏了 挺满意
// 的"): that is her 满意, recorded (he is told how to take it back), not
// a new report to register. Words that it is not fixed still only show
// him the answers.
func TestRecorderRelaysSatisfaction(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "her need", c.private("王五", "回访 王奶奶 已通 屋顶漏雨"), "王五: 已记录：王奶奶 已通", "李四: 【私信反映】王奶奶（王五代报）反映 #R1")
	expect(t, "taken on", c.private("李四", "确认 R1"), "李四: #R1 已受理", "王五: #R1 已受理")
	expect(t, "resolved", c.private("李四", "办结 R1 换了十几片瓦 不漏了"), "李四: #R1 已办结", "王五: #R1 已办结")
	expect(t, "not fixed, in his words", c.private("王五", "奶奶说还是有点漏"), "王五: 王五，#R1 已办结，在等您确认")
	got := c.private("王五", "问了 奶奶说不漏了 挺满意的")
	if len(got) == 0 || !strings.Contains(got[0], "#R1 已完结") {
		t.Errorf("satisfied, in his words: %q", got)
	}
	if r := c.reports(); len(r) != 1 || r[0].Status != village.StatusClosed {
		t.Errorf("reports %+v", r)
	}
}

// TestCallNoteWithATimeFirst: a call note without a name that starts with
// when the call was made ("下午打通了 说想让人帮忙买点米") is how it went,
// logged to the one open call with her need filed, not a call put off
// ("下午打" is no 下午再打); one that calls her by the end of her name
// ("奶奶今天打了 没接 下午再打") is hers, a miss.
func TestCallNoteWithATimeFirst(t *testing.T) {
	c := newChat(t, understand.Rules{})
	routineTask(t, c, "王奶奶", "QS-305", "13900000001")
	expect(t, "her name's end, a miss", c.private("王五", "奶奶今天打了 没接 估计在睡觉 下午再打"), "王五: 已记录：王奶奶 未接通")
	c.now = c.now.Add(3 * time.Hour)
	got := c.private("王五", "下午打通了 说想让人帮忙买点米")
	if len(got) < 2 || !strings.HasPrefix(got[0], "王五: 已记录：王奶奶 已通") || !strings.Contains(got[1], "李四: 【私信反映】王奶奶（王五代报）反映 #R1") {
		t.Errorf("a time first: %q", got)
	}
}

// TestCallLogInTheGroupUnaddressed: a grid worker who posts in the group,
// to no one, how a call to one he phones went ("王奶奶打通了 身体还行 就
// 是屋顶漏雨") has it logged as 回访 in the group would be (her need filed
// in the group, where he told it), rather than being asked whether to
// register his words as a report; a question about her, or a villager's
// words, are not logged.
func TestCallLogInTheGroupUnaddressed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "his call, unaddressed", c.say("王五", "王奶奶打通了 身体还行 就是屋顶漏雨"),
		grid3+": 已记录：王奶奶 已通（王五，3月2日 09:01）。\n王奶奶反映的「屋顶漏雨」已登记 #R1（一般事项，待受理）。\n@李四\u2005请受理：回复「确认 #R1」。")
	expect(t, "a miss", c.say("王五", "石德贵打了两次没人接"), grid3+": 已记录：石德贵 未接通（第 1 次）")
	expect(t, "a question", c.say("王五", "白凤兰打通了吗"))
	expect(t, "a villager's words", c.say("张三", "王奶奶打通了 说挺好"))
}

// TestToldInPerson: the worker told by the notice follow-up which
// households have not answered tells the bot privately that he told one
// himself ("陈二家我当面说过了", "周八家也知道了"): the household counts as
// having heard the notice (call74: no call logged, they use WeChat),
// rather than his words being read as a report or the help text.
func TestToldInPerson(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.send(bot.Message{Chat: "青山镇网格工作群", From: "孙七", Text: "通知 三组 明天上午9点在村委会开会 每户来一个人"})
	c.now = c.now.Add(30 * time.Minute) // his word of telling comes after it had time (call99)
	expect(t, "in person", c.private("王五", "陈二家我当面说过了"), "王五: 已记下您转告了陈二，陈二户算收到通知 #N1，不用再催。")
	expect(t, "he knows", c.private("王五", "周八家也知道了"), "王五: 已记下您转告了周八，周八户算收到通知 #N1，不用再催。")
	// as the follow-up names the household, after its head
	expect(t, "as listed", c.private("王五", "金大海户我当面说过了"), "王五: 已记下您转告了金大海，金大海户算收到通知 #N1，不用再催。")
	if n := len(c.reports()); n != 0 {
		t.Errorf("%d reports filed", n)
	}
	if calls := c.callsOf("陈二"); len(calls) != 0 {
		t.Errorf("calls of 陈二: %+v, want none", calls)
	}
}

// TestCallsByListNumber: a worker quoting his call list answers by the
// numbers on it ("1打通了 挺好 2没接"): each call is logged to the person
// of that number, not met with silence.
func TestCallsByListNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	list := "【电话回访】今天请给这 3 位打个电话：\n1. 石德贵 13900000031（关爱等级：一般，每季度一次）——例行问候\n2. 王奶奶 13900000001（关爱等级：高，每周一次）——例行问候\n" +
		"3. 白凤兰 13900000053（关爱等级：重点，每月一次）——例行问候\n打完一个回复一条「回访 名字 已通 情况」"
	got := c.send(bot.Message{Private: true, From: "王五", Text: "1打通了 挺好 2没接", Quote: &bot.Quote{Name: "网格小助手", Text: list}})
	expect(t, "by number", got, "王五: 已记录：石德贵 已通", "王五: 已记录：王奶奶 未接通（第 1 次）")
}

// TestNightCallNoteSaysWhen: a need logged from a call in private at
// night tells the worker when the leader will see it (his 【私信反映】
// waits for the morning), not that he follows it up now.
func TestNightCallNoteSaysWhen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 3, 2, 22, 30, 0, 0, c.now.Location())
	got := c.private("王五", "回访 王奶奶 已通 她说降压药快吃完了")
	if len(got) != 1 || !strings.Contains(got[0], "已登记 #R1（待受理），现在是夜里，网格长明天早上7点后会看到。") {
		t.Errorf("at night: %q", got)
	}
}

// TestAckChain: a 接龙 of 收到 (each who joins copies the lines before
// his) counts every household of the grid it names and the sender's; a
// 接龙 to sign up for something answers no notice; a villager's
// unquoted "知道了 明天去" is his household's 收到, as it is quoting the
// notice.
func TestAckChain(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 三组 明天上午9点在村委会发放冬季物资，请各户派人来领")
	silent(t, "a sign-up chain", c.say("赵六", "#接龙 明天义务劳动报名\n1. 赵六\n2. 郑十"))
	expect(t, "nothing counted", c.in(officeChat, "孙七", "查 #N1"), "已收到 0/9 户")
	silent(t, "the chain", c.say("周八", "#接龙\n1. 张三 收到\n2. 陈二家 收到\n3. 王爷爷 收到\n4. 周八 收到"))
	silent(t, "知道了 明天去", c.say("郑十", "知道了 明天去"))
	expect(t, "查 #N1", c.in(officeChat, "孙七", "查 #N1"), "已收到 4/9 户，没回：王奶奶户、赵六户、石德贵户")
}

// TestMissIsPerDay: a miss is per day. A worker who tries again later the
// same day and misses again has logged no second miss (the grid leader is
// not sent to visit on day 1); he hears when he is reminded to try again.
// The miss of the next day is the second, which asks the leader to visit.
func TestMissIsPerDay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the first miss", c.private("王五", "回访 王奶奶 未接通"),
		"王五: 已记录：王奶奶 未接通（第 1 次）。明天08:00会提醒您再打，再打不通会请网格长上门看看；打通了请回复「回访 王奶奶 已通 情况」。")
	c.now = c.now.Add(6 * time.Hour)
	expect(t, "again that afternoon", c.private("王五", "回访 王奶奶 未接通"),
		"王五: 王奶奶今天09:01已记过未接通（第 1 次），一天打不通只算一次，这条不再加次数。明天08:00会提醒您再打，再打不通会请网格长上门看看；打通了请回复「回访 王奶奶 已通 情况」。")
	c.now = c.now.Add(18 * time.Hour)
	has(t, "the next day's", c.private("王五", "回访 王奶奶 未接通"),
		"王五: 已记录：王奶奶 未接通（第 2 次），已请网格长安排人上门看看。", "李四: 【请上门看看】王奶奶")
}

// TestMissAfterReached: 王奶奶 reached this morning, a later call that gets
// no answer is no miss: the worker is not told to call again tomorrow nor
// that the grid leader will be sent to visit (the probe's 已通 then 未接通
// the same day logged 未接通（第 1 次）, 明天08:00会提醒您再打). So for an
// elder the grid leader saw (上门) today; the next day's miss counts.
func TestMissAfterReached(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "reached", c.private("王五", "回访 王奶奶 已通 身体挺好"), "已记录：王奶奶 已通")
	c.now = c.now.Add(3 * time.Hour)
	got := c.private("王五", "回访 王奶奶 未接通")
	expect(t, "a miss after it", got, "王五: 王奶奶今天09:01已经打通过（王五记的），这次没接通不算未接通，今天不用再打。")
	lacks(t, "no miss counted", got, "第 1 次")
	lacks(t, "no call tomorrow", got, "明天08:00")
	has(t, "seen by the leader", c.private("李四", "回访 石德贵 上门 人挺好"), "已记录：石德贵 上门")
	expect(t, "his miss after it", c.private("王五", "回访 石德贵 关机"),
		"王五: 石德贵今天12:03已经上门看过（李四记的），这次没接通不算未接通，今天不用再打。")
	c.now = c.now.Add(21 * time.Hour)
	has(t, "the next day's miss counts", c.private("王五", "回访 王奶奶 未接通"), "已记录：王奶奶 未接通（第 1 次）")
}

// routineTask gives 王五 a routine call to person of household in
// 青山村三组, due now, as the scheduler's reminders list it.
func routineTask(t *testing.T, c *chat, person, household, phone string) {
	t.Helper()
	d, err := storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: person, PersonKey: "青山村/" + household + "/" + person,
		Phone: phone, Worker: "王五", WorkerKey: "青山村/QS-304/王五", Topic: "例行问候", Due: c.now, Status: village.CallOpen})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Commit(t.Context(), storage.Change{Scope: village3, MsgID: "task-" + person, Docs: []storage.Doc{d}}); err != nil {
		t.Fatal(err)
	}
}

// TestCallNoteOfAnOpenItem: an elder who tells again, on a later call,
// the matter already registered for her and not yet done ("屋顶还在漏"
// after #R1 "屋顶漏雨了") gets no second item, which would be chased and
// escalated on its own: the worker hears it is #R1, its handler hears
// what she said. Another matter of hers is still registered.
func TestCallNoteOfAnOpenItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.private("王五", "回访 白凤兰 已通 她说屋顶漏雨了，下雨天床都湿了"), "白凤兰反映的「屋顶漏雨了，下雨天床都湿了」已登记 #R1")
	expect(t, "确认", c.private("李四", "确认 #R1"), "李四: #R1 已受理", "王五: #R1 已受理")
	c.now = c.now.Add(48 * time.Hour)
	got := c.private("王五", "回访 白凤兰 已通 她说屋顶还在漏")
	expectLike(t, "again", got,
		like{start: "王五: 已记录：白凤兰 已通", has: "白凤兰说的「屋顶还在漏」是 #R1", lacks: "已登记"},
		like{start: "李四: 【回访消息】#R1", has: "白凤兰说：屋顶还在漏"})
	has(t, "another matter", c.private("王五", "回访 白凤兰 已通 她说想办低保"), "白凤兰反映的「想办低保」已登记 #R2")
	// a need told again in other words: the same complaint ("疼")
	has(t, "a need", c.private("王五", "回访 王奶奶 已通 身体挺好，说最近腿有点疼"), "王奶奶反映的「最近腿有点疼」已登记 #R3")
	c.now = c.now.Add(7 * 24 * time.Hour)
	has(t, "the need again", c.private("王五", "回访 王奶奶 已通 说腿还是疼，晚上睡不着"), "王奶奶说的「腿还是疼，晚上睡不着」是 #R3")
	// at night her handler reads it in the morning, as a new item's
	c.now = time.Date(c.now.Year(), c.now.Month(), c.now.Day(), 22, 30, 0, 0, c.now.Location())
	has(t, "at night", c.private("王五", "回访 白凤兰 已通 她说屋顶还在漏"), "没有重复登记，已转告李四，现在是夜里，李四明天早上7点后会看到。")
}

// unreachedShi stores 石德贵's routine call as closed a day ago unreached
// (two misses, reported to the township office as 【联系不上】).
func unreachedShi(t *testing.T, c *chat) {
	t.Helper()
	closed := c.now.Add(-24 * time.Hour)
	d, err := storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: "石德贵", PersonKey: "青山村/QS-309/石德贵",
		Phone: "13900000031", Worker: "王五", WorkerKey: "青山村/QS-304/王五", Topic: "例行问候", Due: closed.Add(-96 * time.Hour),
		Status: village.CallUnreached, Misses: 2, Outcome: village.OutcomeMissed, LoggedAt: closed.Add(-72 * time.Hour), ClosedAt: closed})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: "unreached", Docs: []storage.Doc{d}}); err != nil {
		t.Fatal(err)
	}
}
