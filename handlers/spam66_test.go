package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

const spam66Warning = grid3 + ": 提醒大家：这条消息像诈骗（要转账/点链接/给验证码），请不要点、不要转账。拿不准的问网格员王五，或打反诈专线 96110。"

// TestStrangerAdNotWelcomed: a stranger's 「大家好 我是新来的 卖保险的
// 有需要的加我微信」 is not welcomed (it was: 「欢迎「老李头」！请发「我是
// 您的名字」」); the group hears nothing and the grid's leader hears
// privately, once a stranger a day, who posted what. A real newcomer is
// still welcomed; a villager selling his own eggs, and a villager's ad,
// draw nothing, not even a note to the leader (a villager's loan ad on a
// fraud's terms is warned of since officer68).
func TestStrangerAdNotWelcomed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "greeting", c.say("老李头", "大家好")) // his first message reads the group's names
	ad := c.costs(t, 1, "ad", bot.Message{Chat: grid3, From: "老李头", Text: "大家好 我是新来的 卖保险的 有需要的加我微信"})
	expect(t, "ad", ad, "李四: 群里有名单外的人「老李头」发了广告：大家好 我是新来的 卖保险的 有需要的加我微信。不是本组村民的话，可以在微信里把「老李头」移出群。")
	expect(t, "second ad, same day", c.say("老李头", "车险 意外险 找我 13812345678"))
	expect(t, "loan ad", c.say("小王", "低息贷款 无抵押 当天放款 加我微信"), "李四: 群里有名单外的人「小王」发了广告")
	c.now = c.now.Add(24 * time.Hour)
	expect(t, "next day", c.say("老李头", "代办各类证件 加v详聊"), "李四: 群里有名单外的人「老李头」发了广告：代办各类证件 加v详聊")
	expect(t, "newcomer", c.say("新邻居", "你好 我是新搬来的 住在村东头"), grid3+": 欢迎「新邻居」！请发「我是 您的名字」")
	expect(t, "own eggs", c.say("张三", "自家土鸡蛋 要的联系我"))
	expect(t, "villager's ad", c.say("陈二", "低价出售化肥 加我微信"))
	// a villager's loan on a fraud's terms is warned of (officer68)
	has(t, "villager's loan ad", c.say("陈二", "低息贷款 无抵押 当天放款 加我微信"), "像贷款、理财诈骗", "李四: ")
}

// TestScamWarnedOnceADay: a message that reads as fraud gets one warning
// in the group naming the grid's worker and 96110, once per text a day,
// and the leader hears privately who posted it (a stranger: he may be
// removed; a villager: whether it was forwarded). The same text from
// another sender the same day: the leader hears who, the group nothing;
// the next day it is warned again. One round trip each.
func TestScamWarnedOnceADay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "greeting", c.say("小刘", "大家好"))
	const prize = "恭喜中奖 点击链接领取iphone http://x.cn/abc"
	out := c.say("小刘", prize) // the store's first commit loads its script: not counted
	expect(t, "prize", out, spam66Warning, "李四: "+grid3+"里名单外的人「小刘」发了一条像诈骗的消息：恭喜中奖")
	has(t, "prize", out, "不是本组村民的话，可以在微信里把「小刘」移出群")
	expect(t, "again", c.say("小刘", prize))
	expect(t, "forwarded by a villager", c.say("陈二", prize), "李四: "+grid3+"里「陈二」发了一条像诈骗的消息")
	c.now = c.now.Add(24 * time.Hour)
	expect(t, "next day", c.costs(t, 1, "next day", bot.Message{Chat: grid3, From: "小刘", Text: prize}), spam66Warning, "李四: ")
	for _, text := range []string{
		"医保卡异常 点击链接 http://yb.cc 处理",
		"国家发放补贴 请填银行卡号和验证码领取",
		"兼职刷单返利 日赚300 扫码进群",
		"您的社保账户已冻结 请转账到指定账户解冻",
		"这是真的吗 补贴领取 http://x.cn/b",
	} {
		out := c.costs(t, 1, text, bot.Message{Chat: grid3, From: "张三", Text: text})
		expect(t, text, out, spam66Warning, "李四: "+grid3+"里「张三」发了一条像诈骗的消息")
	}
	// the shopkeeper forwarding one is a villager here
	expect(t, "shopkeeper", c.say("周八", "您的医保卡已停用 请点击链接重新激活 http://yb.cc"), spam66Warning, "李四: "+grid3+"里「周八」发了一条像诈骗的消息")
}

// TestNoScamWarning: cadres' notices and messages (their words may name a
// link and a bank card), villagers warning each other, a question, one's
// own matter and an alarm of a scam get no warning; the alarm is still
// the alarm.
func TestNoScamWarning(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lacks(t, "notice", c.say("李四", "通知 耕地补贴领取 请点击链接 http://gov.cn 核对银行卡号"), "像诈骗")
	lacks(t, "worker", c.say("王五", "医保卡异常的请点击链接 http://gov.cn 更新信息"), "像诈骗")
	lacks(t, "officer", c.say("孙七", "退税补贴 请点击链接 http://gov.cn 填写银行卡号"), "像诈骗")
	for _, text := range []string{
		"大家小心 最近有冒充医保局的诈骗电话",
		"千万不要点陌生链接 说中奖的都是假的",
		"补贴领取要填银行卡吗",
		"我的银行卡冻结了 转账转不出去",
		"自家土鸡蛋 要的联系我",
	} {
		lacks(t, text, c.say("张三", text), "像诈骗", "李四: ")
	}
	out := c.say("张三", "我妈正在给骗子转账 快来人")
	has(t, "alarm", out, dutyChat+": 【突发事件】青山村三组 #R1")
	lacks(t, "alarm", out, "像诈骗")
}

// TestScamSentPrivately: a villager who sends the bot a scam's message
// privately is warned (it was 「我理解为：一般事项·其他…回复「1」登记」);
// no note to the leader, nothing filed. A scam he tells of privately
// (「我收到诈骗短信了」) is read as before.
func TestScamSentPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	out := c.private("张三", "恭喜中奖 点击链接领取 http://x.cn")
	expect(t, "scam", out, "张三: 这条消息像诈骗（要转账/点链接/给验证码），请不要点、不要转账。已经点了或转了钱的，马上打110或反诈专线 96110。拿不准的问网格员王五。")
	c.wantReports(0, "(a warning)")
	lacks(t, "told of", c.private("张三", "我收到诈骗短信了 说医保卡异常 要点链接"), "像诈骗")
}
