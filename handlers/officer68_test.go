package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// officer68People are 钱八, a second officer of the township, and 郭强,
// an officer who lives in 二组 (his private chat is not the township's
// view).
var officer68People = []village.Person{
	{Name: "钱八", Village: "青山村", Phone: "13900000018", UsesWeChat: true, Roles: []village.Role{village.RoleOfficer}},
	{Name: "郭强", Village: "青山村", Grid: "二组", Household: "QS-399", Relation: "户主", Phone: "13900000019", UsesWeChat: true,
		Roles: []village.Role{village.RoleVillager, village.RoleOfficer}},
}

// lampWithTwoOfficers is lampWithTownship with officer68People in the
// roster.
func lampWithTwoOfficers(t *testing.T) *chat {
	t.Helper()
	cfg, dir := exampleVillage(t, officer68People...)
	c := chatOf(t, cfg, dir)
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	return c
}

// heldBy孙七 is the answer to 钱八's taking words on #R1 孙七 took.
const heldBy孙七 = "钱八，#R1（村口路灯坏了）孙七已经接手了。要一起跟，请发「确认 #R1」；要交给您，请孙七发「指派 #R1 钱八」。"

// TestSecondOfficerTakingWords: 孙七 took #R1 over with 「我来跟」; 钱八's
// 「我来跟」 (unnumbered, numbered, quoting its 【网格上报】, or privately)
// changes nothing and tells him who has it and how to join (确认) or have
// it handed to him (孙七's 指派). It was silence, or the hint that the
// township is yet to take it. His typed 确认 still joins.
func TestSecondOfficerTakingWords(t *testing.T) {
	up := "【网格上报】青山村三组 #R1（一般事项）\n内容：村口路灯坏了"
	for _, m := range []bot.Message{
		{Chat: officeChat, From: "钱八", Text: "我来跟"},
		{Chat: officeChat, From: "钱八", Text: "R1我来跟"},
		{Chat: officeChat, From: "钱八", Text: "这个我来处理", Quote: &bot.Quote{Name: "网格小助手", Text: up}},
		{From: "钱八", Text: "这个我来处理", Private: true},
		{From: "钱八", Text: "#R1 我来跟", Private: true},
	} {
		c := lampWithTwoOfficers(t)
		has(t, "孙七 takes it", c.in(officeChat, "孙七", "我来跟"), grid3+": 按孙七的回复，#R1 镇里已接手")
		to := officeChat
		if m.Private {
			to = "钱八"
		}
		expect(t, m.Text, c.send(m), to+": "+heldBy孙七)
		has(t, "unchanged", c.in(officeChat, "孙七", "查 #R1"), "负责人：孙七（镇里接手），李四配合", "最新：") // 钱八 not added
		lacks(t, "unchanged", c.in(officeChat, "孙七", "查 #R1"), "钱八")
	}

	// typed, he joins as before; his words after are accept.already's
	c := lampWithTwoOfficers(t)
	c.in(officeChat, "孙七", "R1我来跟")
	has(t, "typed 确认", c.in(officeChat, "钱八", "确认 #R1"), "由钱八负责协调，李四、孙七配合")
	has(t, "his again", c.in(officeChat, "钱八", "R1我来跟"), "#R1 您已经接手了")

	// two items, each another's: listed in one answer
	c = lampWithTwoOfficers(t)
	c.upToTownship("王五", "上报 三组桥头下水道堵了", "#R2", "主管网堵了")
	c.in(officeChat, "孙七", "确认 #R1")
	c.in(officeChat, "孙七", "确认 #R2")
	expect(t, "two held", c.in(officeChat, "钱八", "我来跟"), officeChat+": 钱八，这几件镇里已有人接手：\n#R1 村口路灯坏了（孙七）\n#R2 三组桥头下水道堵了（孙七）\n"+
		"要一起跟，请发「确认 #编号」；要交给您，请接手的同事发「指派 #编号 钱八」。")

	// one untaken beside one held: the untaken one is his
	c = lampWithTwoOfficers(t)
	c.in(officeChat, "孙七", "确认 #R1")
	c.upToTownship("王五", "上报 三组桥头下水道堵了", "#R2", "主管网堵了")
	has(t, "the untaken", c.in(officeChat, "钱八", "我来跟"), grid3+": 按钱八的回复，#R2 镇里已接手")
}

// TestOfficerTakesPrivately: an officer's taking words to the bot
// privately are read as in the office chat: 「这个我来跟」 (it was the
// menu) takes the one item sent up lately, answered privately, the grid
// and the office told; said again, he hears he has it. An officer who
// lives in a grid (郭强) is read so too (「#R1 我来跟」 was silent), as
// is a quote of the bot's private 查 of the item.
func TestOfficerTakesPrivately(t *testing.T) {
	c := lampWithTwoOfficers(t)
	got := c.private("孙七", "这个我来跟")
	expect(t, "unnumbered", got, "孙七: 按孙七的回复，#R1 镇里已接手：由孙七负责协调，李四配合", grid3+": 按孙七的回复，#R1 镇里已接手",
		officeChat+": 【青山村三组】#R1（一般事项）孙七 受理：这个我来跟")
	expect(t, "again", c.private("孙七", "我来跟"), "孙七: #R1 您已经接手了，期限")

	c = lampWithTwoOfficers(t)
	has(t, "grid officer numbered", c.private("郭强", "#R1 我来跟"), "郭强: 按郭强的回复，#R1 镇里已接手", grid3+": 按郭强的回复，#R1 镇里已接手")

	c = lampWithTwoOfficers(t)
	q := c.private("钱八", "查 #R1")
	has(t, "his 查", q, "镇里还没人接手")
	has(t, "quoting his 查", c.send(bot.Message{From: "钱八", Private: true, Text: "我来处理",
		Quote: &bot.Quote{Name: "网格小助手", Text: q[0][len("钱八: "):]}}), "钱八: 按钱八的回复，#R1 镇里已接手", grid3+": 按钱八的回复，#R1 镇里已接手")

	// nothing sent up: the menu as before, no item taken
	cfg, dir := exampleVillage(t, officer68People...)
	c = chatOf(t, cfg, dir)
	c.say("张三", "上报 村口路灯坏了")
	lacks(t, "nothing up", c.private("孙七", "这个我来跟"), "镇里已接手")
}

// TestVillagerAdLeftAlone: a roster villager's ad (化肥, 招工, 疏通) is not
// read further: a reader that would file it as a report or a claim is never
// asked, nothing is said or filed, no round trip. One that offers a loan on
// a fraud's terms or sure returns gets the scam's warning (worded for it,
// not naming him) and the leader a note, once a text a day; a villager's
// trouble with a phone number in it is read as before.
func TestVillagerAdLeftAlone(t *testing.T) {
	const (
		fertiliser = "低价出售化肥 加微信chen2024"
		hiring     = "招工 日结300 工地搬砖 联系13812345678"
		drains     = "专业疏通下水道 马桶 电话13812345678"
		loan       = "无抵押贷款 当天到账 额度高 加微信dk888"
		returns    = "投资理财 稳赚不赔 保本高收益 有需要的加我微信"
		trouble    = "三组桥头下水道堵了 要疏通 联系我13812345678"
	)
	c := newChat(t, scripted{
		fertiliser: report("其他", 0.95, "出售化肥"),
		hiring:     {Intent: village.IntentClaim, Indicator: "SG02", Confidence: 0.9, Summary: "招工"},
		drains:     report("环境卫生", 0.95, "疏通下水道"),
		trouble:    report("环境卫生", 0.95, "桥头下水道堵了"),
	})
	for _, ad := range []string{fertiliser, hiring, drains} {
		silent(t, ad, c.costs(t, 0, ad, bot.Message{Chat: grid3, From: "陈二", Text: ad}))
	}
	has(t, "nothing filed", c.say("李四", "待办"), "没有")
	const warned = grid3 + ": 提醒大家：这条消息像贷款、理财诈骗（无抵押放款、稳赚高回报，多是先让人交钱），请不要加对方、不要转账。拿不准的问网格员王五，或打反诈专线 96110。"
	expect(t, "loan", c.costs(t, 1, loan, bot.Message{Chat: grid3, From: "陈二", Text: loan}), warned,
		"李四: "+grid3+"里「陈二」发了一条像诈骗的消息：无抵押贷款 当天到账 额度高 加微信dk888。已在群里提醒大家不要加对方、不要转账。请问问陈二是不是转发的，有没有人已经加了对方或转了钱。")
	lacks(t, "loan", c.say("陈二", loan), "提醒大家") // once a text a day
	expect(t, "returns", c.say("张三", returns), warned, "李四: "+grid3+"里「张三」发了一条像诈骗的消息")
	has(t, "trouble", c.say("张三", trouble), grid3+": 已登记 #R1")
}
