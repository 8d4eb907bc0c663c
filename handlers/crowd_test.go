package handlers_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/understand"
	"gridbot/village"
)

// TestQuarrelIsOneItem: a quarrel in the group is one mediation item: the
// first message files it, the other party's messages make him a follower
// and tell the handlers privately, once; later messages of the same
// quarrel are quiet. A dispute raised long after is a matter of its own.
func TestQuarrelIsOneItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("陈二", "张三家的牛又跑到我家地里把玉米踩了一大片，说了多少次都不管"),
		"已登记 #R1（调解事项）")
	expect(t, "the other party answers", c.say("张三", "你家地里那点玉米值几个钱，谁看见是我家牛踩的"),
		"李四: 【调解提醒】#R1 的争执还在群里继续，张三也说了", "郑十: 【调解提醒】#R1", "张三: 张三，您刚才在群里说的（#R1）已转告李四、郑十，他们会找您当面谈")
	for _, step := range []struct{ from, text string }{
		{"陈二", "全村谁不知道你家牛天天散养，今天不赔钱我跟你没完"},
		{"张三", "你有本事就来，我等着"},
	} {
		silent(t, fmt.Sprintf("%s %q (the quarrel is in hand)", step.from, step.text), c.say(step.from, step.text))
	}
	reps := c.reports()
	if len(reps) != 1 {
		t.Fatalf("%d reports, want 1", len(reps))
	}
	if diff := cmp.Diff(reps[0].Followers, []string{"张三"}); diff != "" {
		t.Errorf("R1 followers (-got +want):\n%s", diff)
	}

	c.now = c.now.Add(3 * time.Hour)
	expect(t, "another dispute later", c.say("王五", "隔壁老刘家的狗把我家鸡咬死了两只，他不肯赔"), "已登记 #R2（调解事项）")
}

// TestMediatorWhoIsAParty: a dispute that names the village mediator is
// his own: the grid leader mediates it alone, and the mediator's side of
// it reaches the leader only (he was told to mediate his own quarrel).
func TestMediatorWhoIsAParty(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("雷婷", "上报 隔壁郑十家把围墙砌到我家地里来了，说了也不听"),
		grid3+": 已登记 #R1（调解事项）：隔壁郑十家把围墙砌到我家地里来了，说了也不听\n已交李四调解，会尽快约双方当面谈。")
	expect(t, "his side", c.say("郑十", "胡说八道，那本来就是我家的地"), "李四: 【调解提醒】#R1 的争执还在群里继续，郑十也说了", "郑十: 郑十，您刚才在群里说的（#R1）已转告李四，他们会找您当面谈")
	if h := c.reports()[0].Handlers; slices.Contains(h, "郑十") {
		t.Errorf("R1 handlers %q hold the party 郑十", h)
	}
}

// TestDisputeOtherSide: while a wall dispute is open, the other party's
// side of it (a claim of right, though it reads as a question) and his
// threat reach the mediators privately; his side said again is told once,
// a threat each time; a peacemaker is no party, nor a side taken about
// another thing, nor one long after.
func TestDisputeOtherSide(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("陈二", "张三家砌墙占了我家的地，说了也不听"), "已登记 #R1（调解事项）")
	expect(t, "the other party's side", c.say("张三", "那块地本来就是我家的，凭什么说我占了"),
		"李四: 【调解提醒】#R1 的争执还在群里继续，张三也说了：「那块地本来就是我家的，凭什么说我占了」",
		"郑十: 【调解提醒】#R1", "张三: 张三，您刚才在群里说的（#R1）已转告")
	for _, step := range []struct{ from, text string }{
		{"张三", "我有证，那块地我家老辈就在这种"},  // the party again: told once
		{"周八", "别吵了，都是邻居，有话好好说"},   // a peacemaker
		{"陈二", "明明是你先把墙砌过来的，还有理了"}, // the reporter
	} {
		silent(t, fmt.Sprintf("%s %q (the quarrel is in hand)", step.from, step.text), c.say(step.from, step.text))
	}
	noNotice := func(step, from, text string) {
		t.Helper()
		for _, got := range c.say(from, text) {
			if strings.Contains(got, "调解提醒") {
				t.Errorf("%s: %q, want no notice to the mediators", step, got)
			}
		}
	}
	noNotice("a side about another thing", "王五", "我没有拿你的快递，他胡说")
	expect(t, "the threat", c.say("张三", "你再砌我就给你推了"),
		"李四: 【调解提醒·注意】#R1 的争执中张三说了狠话：「你再砌我就给你推了」", "郑十: 【调解提醒·注意】#R1")
	if diff := cmp.Diff(c.reports()[0].Followers, []string{"张三"}); diff != "" {
		t.Errorf("R1 followers (-got +want):\n%s", diff)
	}
	c.now = c.now.Add(3 * time.Hour)
	noNotice("long after", "周八", "那块地本来就是我家的，凭什么说我占了")
}

// TestThreatPatterns: a conditional threat with no live quarrel reaches
// the grid leader privately; the same said laughing among friends, or a
// plan in the same shape, reaches nobody.
func TestThreatPatterns(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a threat, no quarrel", c.say("张三", "你家牛再进我地里，别怪我不客气"),
		"李四: 【注意】「青山村三组网格群」里张三说了狠话：「你家牛再进我地里，别怪我不客气」")
	for _, text := range []string{"你再赢我就把你桌子掀了😂", "再下雨我就把谷子收了", "你再不来我就先走了", "明天请人来把旧墙推了重砌"} {
		silent(t, fmt.Sprintf("%q", text), c.say("陈二", text))
	}
}

// TestOneFireOneItem: while the group shouts about a fire, it is one
// emergency: each new witness is passed to the duty chat with his phone,
// once, and again only with news, and the group is not @-ed again; a fire at another place is an
// emergency of its own, and so is the same alarm long after.
func TestOneFireOneItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the alarm", c.say("张三", "后山着火了！！烟好大"),
		"青山镇应急值班群: 【突发事件】青山村三组 #R1", "紧急情况 #R1 已登记")
	expect(t, "a witness", c.say("陈二", "后山起火了 快来人"),
		"青山镇应急值班群: 【突发补充】青山村三组 #R1\n陈二（13900000002）也报告：后山起火了 快来人")
	for _, step := range []struct{ from, text string }{
		{"陈二", "后山着火了 烟好大"}, // the same witness again, nothing the alarm did not say
		{"张三", "后山着火了！！"},   // the reporter again
	} {
		// the group hears it is known (emg49), the duty chat nothing
		got := c.say(step.from, step.text)
		step := fmt.Sprintf("%s %q (nothing more)", step.from, step.text)
		lacks(t, step, got, dutyChat+":")
		has(t, step, got, "#R1（后山着火了！！烟好大）已经报告镇应急值班了")
	}
	expect(t, "the witness with news", c.say("陈二", "火越烧越大了"),
		"青山镇应急值班群: 【突发补充】青山村三组 #R1\n陈二（13900000002）补充：火越烧越大了")
	expect(t, "another place", c.say("王五", "村口老王家的房子也着火了"),
		"青山镇应急值班群: 【突发事件】青山村三组 #R2", "紧急情况 #R2 已登记")
	expect(t, "the sender's own home", c.say("周八", "我家厨房着火了"),
		"青山镇应急值班群: 【突发事件】青山村三组 #R3", "紧急情况 #R3 已登记")
	c.now = c.now.Add(time.Hour)
	expect(t, "an hour later", c.say("陈二", "后山又着火了"), "青山镇应急值班群: 【突发事件】青山村三组 #R4", "紧急情况 #R4 已登记")
	if diff := cmp.Diff(c.reports()[0].Followers, []string{"陈二"}); diff != "" {
		t.Errorf("R1 followers (-got +want):\n%s", diff)
	}
	expect(t, "the witness in the status", c.say("李四", "查 #R1"), "报告人：张三，今天09:01（同反映：陈二）")
}

// TestReportFlood: a villager may have ten reports of the last hour
// waiting for the grid; the eleventh is refused politely until one is
// resolved or an hour has passed; emergencies and cadres are never
// limited.
func TestReportFlood(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i := range 10 {
		expect(t, "report", c.say("陈二", fmt.Sprintf("上报 第%d号路灯不亮了", i+1)), "已登记 #R")
	}
	expect(t, "the eleventh", c.say("陈二", "上报 第11号路灯不亮了"), "您这一小时已经反映了 10 件事")
	expect(t, "one resolved", c.say("李四", "办结 #R1 已修好"), "#R1 已办结")
	expect(t, "room for one", c.say("陈二", "上报 第11号路灯不亮了"), "已登记 #R11")
	expect(t, "full again", c.say("陈二", "上报 第12号路灯不亮了"), "您这一小时已经反映了 10 件事")
	expect(t, "an emergency", c.say("陈二", "快来人 后山着火了"), "【突发事件】", "紧急情况 #R12")
	for i := range 11 {
		expect(t, "a worker", c.say("王五", fmt.Sprintf("上报 第%d号水渠堵了", i+1)), "已登记 #R")
	}
	c.now = c.now.Add(time.Hour)
	expect(t, "an hour later", c.say("陈二", "上报 第12号路灯不亮了"), "已登记 #R")
}

// TestClaimFlood: ten claims of a household may wait for review; the
// eleventh is refused until the scoring group has got through some.
func TestClaimFlood(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for i := range 10 {
		c.now = c.now.Add(24 * time.Hour) // one a day: the same deed twice a day is a resend
		expect(t, "claim", c.say("陈二", fmt.Sprintf("申请积分 参加义务劳动 第%d次 证明人 王五", i+1)), "已登记积分申请 #C")
	}
	c.now = c.now.Add(24 * time.Hour)
	expect(t, "the eleventh", c.say("陈二", "申请积分 参加义务劳动 证明人 王五"), "陈二户已经有 10 项积分申请在等评分小组审核")
	expect(t, "one reviewed", c.say("赵六", "驳回 #C1 重复申请"), "#C1 没有通过")
	expect(t, "room again", c.say("陈二", "申请积分 参加义务劳动 证明人 王五"), "已登记积分申请 #C11")
}

// TestFireJoinAcrossProcesses: a witness joins the fire even when another
// bot process (the duty chat's) changed the item since this one last saw
// it: the stale copy is read again rather than a second alarm raised.
func TestFireJoinAcrossProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	expect(t, "the alarm", a.say("张三", "后山着火了！！烟好大"),
		"青山镇应急值班群: 【突发事件】青山村三组 #R1", "紧急情况 #R1 已登记")
	expect(t, "a witness", a.say("陈二", "后山起火了 快来人"), "青山镇应急值班群: 【突发补充】青山村三组 #R1")
	expect(t, "accepted through the other process", b.say("李四", "确认 #R1"), "#R1 已受理", "【青山村三组】#R1（突发事件）李四 受理")
	expect(t, "another witness", a.say("王五", "后山起火了 火好大"), "青山镇应急值班群: 【突发补充】青山村三组 #R1")
	a.wantReports(1, "(the one fire)")
}

// TestEmergencyMoreFromTheSame: the reporter or a witness who writes again
// about an open emergency is passed to the duty chat when he says something
// new, not when he only repeats the alarm.
func TestEmergencyMoreFromTheSame(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the alarm", c.say("陈二", "快来人 有人落水了 在村口池塘"),
		"青山镇应急值班群: 【突发事件】青山村三组 #R1", "紧急情况 #R1 已登记")
	lacks(t, "the reporter repeats himself", c.say("陈二", "有人落水了"), dutyChat+":")
	expect(t, "the reporter says more", c.say("陈二", "我爸突然晕倒了叫不醒"),
		"青山镇应急值班群: 【突发补充】青山村三组 #R1\n陈二（13900000002）补充：我爸突然晕倒了叫不醒")
	expect(t, "a witness", c.say("张三", "村口池塘有人落水了 快来人"), "青山镇应急值班群: 【突发补充】青山村三组 #R1\n张三")
	lacks(t, "the witness again, nothing new", c.say("张三", "有人落水了"), dutyChat+":")
	expect(t, "the witness again, news", c.say("张三", "人已经捞上来了 没有呼吸"), "青山镇应急值班群: 【突发补充】青山村三组 #R1\n张三")
	c.wantReports(1, "(the one emergency)")
}

// TestEmergencyOverToldToDutyChat: the reporter's word in the group that
// the emergency is over reaches the duty chat; the same words from one
// who had no part in it, or a question, do not.
func TestEmergencyOverToldToDutyChat(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("陈二", "我家老爷子早上出去到现在没回来，手机也打不通，找不到了"), dutyChat+": 【突发事件】")
	// a question is no news: it is answered with what is known and passed
	// on (emergencyAsked), and ends nothing
	expectLike(t, "a question is no news", c.say("陈二", "找到了吗"),
		like{start: dutyChat + ": 【突发补充·询问】青山村三组 #R1", has: "陈二（13900000002）问：找到了吗"},
		like{start: grid3 + ": 陈二，#R1 现在「待受理」", has: "陈二问：「找到了吗」"})
	if !c.reports()[0].OverSaid.IsZero() {
		t.Error("a question said the search over")
	}
	expect(t, "a stranger's words are not passed on", c.say("张三", "找到了找到了"))
	expect(t, "the reporter's are, and the leader is asked to close it", c.say("陈二", "找到了，在他妹妹家，谢谢大家"),
		dutyChat+": 【突发补充·说人已找到】青山村三组 #R1\n陈二（",
		grid3+": @李四\u2005陈二说：「找到了，在他妹妹家，谢谢大家」。#R1 如已解除，请网格长核实后回复「办结 #R1 情况」；还要处置的，回复「确认 #R1」。已转告镇应急值班群，不再重复报警。")
	if r1 := c.reports()[0]; r1.OverSaid.IsZero() || r1.Status != village.StatusNew {
		t.Errorf("R1 %s, over said at %v", r1.Status, r1.OverSaid)
	}
	expect(t, "said again: the duty chat only", c.say("陈二", "人找到了 没事了"), dutyChat+": 【突发补充·说人已找到】青山村三组 #R1")
	expect(t, "the leader closes it", c.say("李四", "办结 #R1 人已找到，在亲戚家"), grid3+": #R1 已办结", dutyChat+": 【青山村三组】#R1（突发事件）李四 办结")
}

// TestMeToo: villagers' "我家也没水了", "我家也是", "+1" just after a
// general report follow it instead of filing their own: the group hears
// each counts until meTooTold people have it, then nothing more; said
// again, nothing; a cadre's, a question, "我也想去看看", or a bare "我也是"
// hours later are no such thing; a named trouble of another category is
// its own report.
func TestMeToo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "村里的自来水又停了 都两天了 也没人通知一声"), grid3+": 已登记 #R1")
	expect(t, "named", c.say("陈二", "我家也没水了"), grid3+": 陈二家也是这样，已记到 #R1（村里的自来水又停了 都两天了 也没人通知一声），现在共 2 人反映，一并处理；办好后会在群里说。")
	expect(t, "bare", c.say("郑十", "我家也停了"), grid3+": 郑十家也是这样，已记到 #R1")
	expect(t, "said again", c.say("陈二", "我家也是"))
	expect(t, "no me-too", c.say("雷婷", "我也想去看看"))
	expect(t, "a question", c.say("雷婷", "你家也停了吗"))
	expect(t, "+1", c.say("雷婷", "+1"), grid3+": 雷婷家也是这样，已记到 #R1（村里的自来水又停了 都两天了 也没人通知一声），现在共 4 人反映")
	expect(t, "the fifth", c.say("金大海", "我们那边也没水"), grid3+": 金大海家也是这样，已记到 #R1（村里的自来水又停了 都两天了 也没人通知一声），现在共 5 人反映")
	expect(t, "the sixth, quietly", c.say("石德贵", "我家也一样"))
	expect(t, "the reporter", c.say("张三", "我家也是"))
	expect(t, "a cadre", c.say("王五", "我家也是"))
	r1 := c.reports()[0]
	if want := []string{"陈二", "郑十", "雷婷", "金大海", "石德贵"}; !slices.Equal(r1.Followers, want) {
		t.Errorf("R1 followers %q, want %q", r1.Followers, want)
	}
	c.wantReports(1, "")
	c.now = c.now.Add(3 * time.Hour)
	expect(t, "bare, hours later", c.say("雷志明", "我家也是"))
	if got := c.say("雷志明", "我家路灯也坏了"); len(got) == 0 || strings.Contains(got[0], "#R1") {
		t.Errorf("another category joined R1: %q", got)
	}
}

// TestOtherDisputeMeanwhile: while a quarrel is mediated, someone new to
// it who raises a dispute about another thing has it filed as his own,
// and hears so; a side of the live quarrel that names no thing still
// joins it.
func TestOtherDisputeMeanwhile(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the wall", c.say("陈二", "上报 调解 大风把他家的树刮倒了 把我家院墙砸倒了"), "已登记 #R1（调解事项）")
	expect(t, "another dispute", c.say("赵六", "我家的地被他家多种了两垄 说了他不认"), grid3+": 已登记 #R2（调解事项）")
	got := c.say("张三", "你有本事就来，我等着")
	if len(got) == 0 || strings.Contains(strings.Join(got, "\n"), "已登记") {
		t.Errorf("a threat in the quarrel: %q, want it told to the mediators, not filed", got)
	}
	c.wantReports(2, "")
}

// TestOnlookersOfAQuarrel: while a quarrel of the group is mediated, a
// bystander's opinion on it ("我看是老王不对", "两家为院墙闹矛盾 我看老王
// 不占理") gets no answer: it is no new matter to ask about, and does not
// make him a party whose words the mediators are sent. News of the
// quarrel from him still reaches them; once the quarrel is no longer
// live, the same words are read as ever.
func TestOnlookersOfAQuarrel(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "老王和老刘为院墙吵起来了 要打架")
	expect(t, "filed", c.say("陈二", "1"), grid3+": 已登记 #R1（调解事项）")
	for _, text := range []string{"我看是老王不对", "老王太过分了 院墙占了人家的地", "两家为院墙闹矛盾 我看老王不占理", "要我说还是老刘占理"} {
		expect(t, text, c.say("张三", text))
	}
	if rep := c.reports()[0]; len(rep.Followers) != 0 {
		t.Errorf("an onlooker made a party: followers %v", rep.Followers)
	}
	if n := len(c.reports()); n != 1 {
		t.Errorf("%d reports, want the quarrel's only", n)
	}
	expect(t, "news of it", c.say("张三", "老王和老刘又吵起来了"), "李四: 【调解提醒】#R1", "郑十: 【调解提醒】#R1")
	c.now = c.now.Add(2 * time.Hour)
	expect(t, "no longer live", c.say("刘婶", "老王太过分了 院墙占了人家的地"), grid3+": @刘婶\u2005我理解为")
}

// TestWitnessQuotedShort: the duty chat hears a witness's news of an
// emergency, however long, as a short summary with the phone and ID
// numbers in it masked; his own phone (from the roster) stays, to call.
func TestWitnessQuotedShort(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the alarm", c.say("张三", "后山着火了！！烟好大"), dutyChat+": 【突发事件】青山村三组 #R1", "紧急情况 #R1 已登记")
	long := "火越烧越大了 我儿子电话13812345678 身份证110101199003071234 他们还在山上没下来 大家快拿桶来帮忙 消防车还没到 烟大得看不清路"
	got := c.say("张三", long)
	expect(t, "news", got, dutyChat+": 【突发补充】青山村三组 #R1\n张三（13900000003）补充：火越烧越大了 我儿子电话[电话] 身份证[身份证]")
	if s := strings.Join(got, ""); strings.Contains(s, "13812345678") || strings.Contains(s, "110101199003071234") || strings.Contains(s, "看不清路") {
		t.Errorf("the whole message or its numbers quoted:\n%s", s)
	}
}

// TestQuarrelFlaresAgain: the other party named in a mediation item
// answering of the same thing in words of no side is a party all the same;
// after the quarrel died down in the group, word that it broke out again
// ("又吵起来了", "这次又动手了", "他们还在吵", "调解了好几次都没用 又打起来
// 了"), from a party or anyone, is news for the item's mediators, not a
// new item, a question or a points claim; blows are told each time, at
// once; its mediator saying it is asked whether it is the item's 进展.
func TestQuarrelFlaresAgain(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("张三", "陈二家的牛又跑到我家玉米地里吃了一大片 这都第三回了"), grid3+": 已登记 #R1（调解事项）")
	expect(t, "the other side answers", c.say("陈二", "我家牛是绳子断了跑出去的 又不是故意的 你家玉米都收完了吃的是秆子"),
		"李四: 【调解提醒】#R1 的争执还在群里继续，陈二也说了", "郑十: 【调解提醒】#R1", "陈二: 陈二，您刚才在群里说的（#R1）已转告")
	has(t, "the other party is no co-reporter", c.private("李四", "查 #R1"), "报告人：张三，今天09:01（当事人还有：陈二）")
	c.now = c.now.Add(26 * time.Hour)
	expect(t, "the reporter: again", c.say("张三", "又吵起来了"),
		grid3+": @张三\u2005收到，#R1（调解事项）还在调解，刚才说的已转告李四、郑十。请双方先分开",
		"李四: 【又吵起来了】#R1（陈二家的牛又跑到我家玉米地里吃了一大片 这都第三回了）：张三在群里说：「又吵起来了」",
		"郑十: 【又吵起来了】#R1")
	got := c.say("王五", "这次又动手了")
	expect(t, "blows, told again at once", got, "李四: 【又动手了】#R1", "郑十: 【又动手了】#R1",
		grid3+": @王五\u2005收到，#R1（调解事项）还在调解，刚才说的已转告李四、郑十。有人受伤请马上打120")
	expect(t, "still quarrelling, within the hour", c.say("周八", "网格员去调解了 他们还在吵"),
		grid3+": @周八\u2005收到，#R1（调解事项）还在调解，负责人刚才已经知道了。")
	got = c.say("陈二", "调解了好几次都没用 又打起来了")
	expect(t, "mediation failed, blows", got, "上报镇 #R1 原因", "郑十: 【又动手了】#R1", grid3+": @陈二\u2005收到，#R1（调解事项）还在调解")
	if s := strings.Join(got, "\n"); strings.Contains(s, "积分") || strings.Contains(s, "#C") {
		t.Errorf("failed mediation offered as a points claim:\n%s", s)
	}
	c.say("李四", "上报镇 #R1 调解三次无效 请司法所协调")
	c.now = c.now.Add(2 * time.Hour)
	got = c.say("张三", "又吵起来了")
	has(t, "escalated: the township's officer too", got, "李四: 【又吵起来了】#R1")
	lacks(t, "escalated: no 上报镇 offered again", got, "上报镇 #R1 原因")
	expect(t, "its mediator says it", c.say("郑十", "又吵起来了"), grid3+": @郑十\u2005是 #R1（陈二家的牛又跑到我家玉米地里吃了一大片 这都第三回了）的进展吗？回复「1」记上")
	c.wantReports(1, "")
}

// TestMediatorTellsProgress: the village mediator who handles a quarrel
// telling in the group how it goes ("两家我都去过了 陈二答应把牛拴好") is
// its 进展, as a grid cadre's words are: recorded, and the group hears
// only that there is news, told to the parties privately.
func TestMediatorTellsProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("张三", "陈二家的牛又跑到我家玉米地里吃了一大片 这都第三回了"), grid3+": 已登记 #R1（调解事项）")
	has(t, "accepted", c.say("李四", "确认 #R1"), "#R1 已受理")
	got := c.say("郑十", "两家我都去过了 陈二答应把牛拴好 玉米秆子的事再商量")
	has(t, "his progress", got, "#R1（调解事项）有新进展，详情已私信告知当事人")
	lacks(t, "the content in the group", got, grid3+": 按郑十的话，#R1 进展已记录：两家")
	lacks(t, "the mediator named twice", got, "按郑十的话，#R1 进展已记录（郑十）")
	has(t, "the parties told privately", got, "有新进展，郑十：两家")
	has(t, "he is told as 您", got, "郑十: 按您说的，#R1 进展已记录：两家")
	rep := c.reports()[0]
	if last := rep.History[len(rep.History)-1]; last.Action != village.ActProgress || last.By != "郑十" {
		t.Errorf("R1's last step %s by %s, want 进展 by 郑十", last.Action, last.By)
	}
}

// TestQuarrelBackAfterResolve: once a quarrel is resolved and waits for
// its reporter, his "又吵起来了" is his 未解决 (the item reopened, the
// group told only that), not a new item; a worker's word of blows then is
// news for its handlers.
func TestQuarrelBackAfterResolve(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("张三", "陈二家的牛又跑到我家玉米地里吃了一大片 这都第三回了"), grid3+": 已登记 #R1（调解事项）")
	c.say("李四", "确认 #R1")
	has(t, "resolved", c.say("郑十", "办结 #R1 陈二赔了两百块 两家都签了字"), "#R1")
	c.now = c.now.Add(5 * time.Hour)
	got := c.say("王五", "这次又动手了")
	has(t, "a worker: blows", got, "李四: 【又动手了】#R1")
	lacks(t, "a worker: no new item", got, "已登记")
	has(t, "the reporter: not settled", c.say("张三", "又吵起来了"), "已重新打开")
	c.wantReports(1, "")
	c.wantStatuses(nil, village.StatusReopened)
}

// TestQuarrelFlaresToldPrivately: a party telling the bot privately that
// his quarrel broke out again is news for it, answered privately, not a
// new private item.
func TestQuarrelFlaresToldPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the complaint", c.say("陈二", "上报 调解 张三家砌的墙把我家排水沟堵死了 一下雨水就往我院子里灌"), grid3+": 已登记 #R1（调解事项）")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(30 * time.Hour)
	expect(t, "privately", c.private("陈二", "又吵起来了"),
		"陈二: 收到，#R1（调解事项）还在调解，刚才说的已转告李四、郑十",
		"李四: 【又吵起来了】#R1（张三家砌的墙把我家排水沟堵死了 一下雨水就往我院子里灌）：陈二私信说：「又吵起来了」",
		"郑十: 【又吵起来了】#R1")
	c.wantReports(1, "")
}
