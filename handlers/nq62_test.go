package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestAckAndQuestionTheNoticeAnswers: 「收到 几点去领」 and 「收到，在哪里领？」
// are the household's 收到 and answered from the notice's own words, in
// one read and one commit; no worker is bothered. What the notice does not
// say (「收到 要带户口本吗」) is passed on as before. Each household counts
// once (nq62).
func TestAckAndQuestionTheNoticeAnswers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 9, 0, 0, 0, at.Location())
	c.office("通知 全镇 明天上午9点在村委会领取冬季取暖补贴，请带身份证")
	const answer = grid3 + ": @%s\u2005已记下您家收到了通知 #N1。通知 #N1 写的是：12月8日（明天）上午9点在村委会领取冬季取暖补贴，请带身份证。还有不清楚的，请问网格员王五。"
	expect(t, "在哪里: all of it asks the place", c.say("陈二", "收到，在哪里领？"), fmt.Sprintf(answer, "陈二"))
	got := c.costs(t, 2, "收到 and a question the notice answers (its notices read, then the 收到's commit)",
		bot.Message{Chat: grid3, From: "张三", Text: "收到 几点去领"})
	expect(t, "收到 几点去领", got, fmt.Sprintf(answer, "张三"))
	expect(t, "asked again", c.say("陈二", "收到 要带什么"), fmt.Sprintf(answer, "陈二"))
	has(t, "what it does not say", c.say("郑十", "收到 要带户口本吗"),
		"@郑十\u2005已记下您家收到了通知 #N1。您问的「要带户口本吗」已转给网格员王五", "王五: 【通知提问】郑十")
	has(t, "counted once each", c.office("查 #N1"), "青山村三组：已收到 3/9 户")
}

// TestAckAndQuestionOfTheQuotedNotice: quoting a notice, the question is
// answered from that one only, not from a later one that happens to tell
// the hour (nq62).
func TestAckAndQuestionOfTheQuotedNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 9, 0, 0, 0, at.Location())
	c.office("通知 全镇 本周六在村卫生室开展免费体检")
	c.office("通知 全镇 明天上午9点在村委会领取冬季取暖补贴")
	got := c.send(bot.Message{Chat: grid3, From: "张三", Text: "收到 几点开始",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【通知】本周六在村卫生室开展免费体检\n——孙七\n请每户看到后回复「收到」。（#N1）"}})
	lacks(t, "the quoted notice tells no hour", got, "写的是")
	has(t, "passed on", got, "已记下您家收到了通知 #N1。您问的「几点开始」已转给网格员王五")
}

// TestCallSaysSheGoes: a worker's call to an elder without WeChat, logged
// before the follow-up made a task of the notice, that says she goes
// (「她说明天去领」 names its day; 「她说周六去」 its weekday) counts her
// household as having heard the notice, in 查 #N too; words that name the
// day but not her going (「他说明天儿子回来」), or say she was not told,
// count nothing (nq62).
func TestCallSaysSheGoes(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 8, 10, 0, 0, 0, at.Location()) // a Tuesday
	c.office("通知 全镇 明天上午9点在村委会领取冬季取暖补贴，请带身份证")
	has(t, "her going, on the notice's day", c.say("王五", "回访 王奶奶 已通 她说明天去领"), "王奶奶户已记为收到通知 #N1。")
	lacks(t, "the day, not her going", c.say("王五", "回访 石德贵 已通 他说明天儿子回来"), "收到通知")
	c.office("通知 全镇 本周六上午9点在村卫生室开展免费体检，65岁以上老人请带身份证")
	has(t, "her going, on the notice's weekday", c.say("王五", "回访 白凤兰 已通 她说周六去"), "白凤兰所在的金大海户已记为收到通知 #N2。")
	lacks(t, "not told", c.say("王五", "回访 石德贵 已通 他说不知道 周六不去"), "收到通知")
	got := c.office("查 #N1")
	has(t, "counted in the notice's list", got, "青山村三组：已收到 1/9 户")
	lacks(t, "not listed as unanswered", got, "王奶奶户")
	has(t, "the second", c.office("查 #N2"), "青山村三组：已收到 1/9 户")
}

// TestAckAfterAnAside: 收到 said after an aside of no matter
// (「我家老人不在家 收到」, 「我爸不在家，收到了」) is the household's 收到, as
// 「收到 我家老人不在家」 was; 「他说没收到」 is none (nq62).
func TestAckAfterAnAside(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.office("通知 全镇 明天上午9点在村委会领取冬季取暖补贴，请带身份证")
	lacks(t, "silent in the group", c.say("陈二", "我家老人不在家 收到"), grid3)
	c.say("雷志明", "我爸不在家，收到了")
	c.say("郑十", "收到 我家老人不在家")
	c.say("金大海", "他说没收到")
	got := c.office("查 #N1")
	has(t, "three households", got, "青山村三组：已收到 3/9 户")
	has(t, "not 他说没收到", got, "金大海户")
}

// TestWhatTheNoticeSaid: 「通知说的啥」 asked later in the group, said to
// the bot or not, is told the notice again, its 明天 as a date; one
// naming something no notice is about (「停水的通知说的啥」) gets nothing;
// 「通知说什么时候领」 is answered from it (nq62).
func TestWhatTheNoticeSaid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 9, 0, 0, 0, at.Location())
	c.office("通知 全镇 明天上午9点在村委会领取冬季取暖补贴，请带身份证")
	c.now = c.now.Add(5 * time.Hour)
	const again = grid3 + ": @%s\u2005群里发过通知 #N1：12月8日（明天）上午9点在村委会领取冬季取暖补贴，请带身份证\n通知里没写的，请问网格员王五。"
	expect(t, "unaddressed", c.say("张三", "通知说的啥"), fmt.Sprintf(again, "张三"))
	expect(t, "to the bot", c.say("金大海", "@网格小助手 刚才发的通知是什么"), fmt.Sprintf(again, "金大海"))
	lacks(t, "no such notice", c.say("陈二", "停水的通知说的啥"), "通知 #N1")
	has(t, "what it asks is answered", c.say("郑十", "通知说什么时候领"), "通知 #N1 写的是：12月8日（明天）上午9点")
	has(t, "郑十's question answered counts his 收到 (elder64)", c.office("查 #N1"), "青山村三组：已收到 1/9 户")
}

// TestCorrectedNoticeToldWithItsCorrection: after 「通知 更正：领取时间改为
// 明天下午2点」, an answer quoted from the first notice (「收到 在哪领」,
// 「要带什么」, 「通知说的啥」) says the correction after it, so no one goes
// at the old hour; 「几点去领」 is answered from the correction (nq62).
func TestCorrectedNoticeToldWithItsCorrection(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 7, 9, 0, 0, 0, at.Location())
	c.office("通知 全镇 明天上午9点在村委会领取冬季取暖补贴，请带身份证")
	c.office("通知 全镇 更正：领取时间改为明天下午2点，地点不变")
	const fix = "之后通知 #N2 又说：更正：领取时间改为12月8日（明天）下午2点，地点不变"
	has(t, "the hour: the correction's", c.say("陈二", "收到 几点去领"), "通知 #N2 写的是：更正：领取时间改为12月8日（明天）下午2点，地点不变。还有")
	has(t, "the place: the first's, then the correction", c.say("郑十", "收到 在哪领"), "通知 #N1 写的是：12月8日（明天）上午9点在村委会领取冬季取暖补贴，请带身份证。"+fix+"。还有")
	has(t, "what to bring, unaddressed", c.say("雷志明", "要带什么"), "通知 #N1 写的是：", fix)
	has(t, "what it said", c.say("张三", "通知说的啥"), "群里发过通知 #N1：", "\n"+fix+"\n")
}
