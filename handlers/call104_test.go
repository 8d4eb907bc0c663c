package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestCall104BothParentsAway (call104): 「我爸我妈都去我姐家了」 paused
// nothing (one kin word had to name one person); now both of the
// household's elders are paused in one commit, and 「我爸妈」 names both.
func TestCall104BothParentsAway(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	got := c.send(bot.Message{Chat: grid1, From: "冯春生", Text: "我爸我妈都去我姐家了 过完年回来"})
	has(t, "two words", got, grid1+": 好的，已记下冯德才、许凤英不在家，已告诉何志强：例行回访电话先停，2027年2月13日（正月初八）起再打。",
		"何志强: 【回访暂停】冯春生说：「我爸我妈都去我姐家了 过完年回来」。冯德才、许凤英的例行回访先停")
	c.now = c.now.Add(3 * 24 * time.Hour)
	has(t, "back", c.send(bot.Message{Chat: grid1, From: "冯春生", Text: "我爸妈回来了"}), "欢迎冯德才、许凤英回家")
	c.now = c.now.Add(time.Hour)
	has(t, "one word", c.private("冯春生", "我爸妈去城里我哥家住了 开春再回来 电话先别打了"),
		"冯春生: 好的，已记下冯德才、许凤英不在家", "2027年2月21日（正月十六）起再打")
}

// TestCall104DaughterTakesHer (call104): a daughter married out (not on
// the elder's household) taking her home was read as the daughter's own
// stay: 「我闺女接我妈去她家住几天」 paused nothing, and was silent.
func TestCall104DaughterTakesHer(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	has(t, "fetched", c.say("金大海", "我闺女接我妈去她家住几天"), "已记下白凤兰不在家", "12月15日起再打",
		"王五: 【回访暂停】金大海说")
	c.now = c.now.Add(time.Hour)
	has(t, "worker", c.private("王五", "回访 王奶奶 已通 她嫁到外村的闺女把她接到她那去了 住到过年"),
		"王奶奶不在家的事已记在这次回访里", "1月30日（腊月二十三）起再提醒您打")
}

// TestCall104NoElderToPause (call104): 张三, with no phoned elder in his
// household, asking her calls to stop got silence; now a plain answer
// with whom to tell. A stay told in the group without asking stays chat.
func TestCall104NoElderToPause(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	has(t, "asked", c.say("张三", "我妈去我姐家住了 电话不用打了"),
		grid3+": 张三，名单上您家没有不用微信、要网格员打电话问候的老人，没有要停的回访电话。", "请私信王五说一声是哪位")
	lacks(t, "chat", c.say("张三", "我妈去我姐家住了 过完年再回来"), "名单上您家没有")
	has(t, "private", c.private("张三", "我妈去我姐家住了 过完年再回来"), "张三: 张三，名单上您家没有")
	lacks(t, "a need", c.say("张三", "我妈去我姐家住了 家里水管冻住了 电话不用打了"), "名单上您家没有")
}

// TestCall104SpringStay (call104): 「开春才回来」 paused her calls a week.
func TestCall104SpringStay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	has(t, "spring", c.say("金大海", "我妈去我哥家过冬了 开春才回来 电话先别打了"), "2027年2月21日（正月十六）起再打")
	has(t, "new year's day", c.say("金大海", "我妈回来了"), "欢迎白凤兰回家")
	c.now = c.now.Add(time.Hour)
	has(t, "new year's day", c.say("金大海", "我妈去县城我弟那了 元旦回来 电话先不用打"), "例行回访电话先停，1月1日起再打")
}

// TestCall104WarningCountsNoneAway (call104): the reply to a weather
// warning's poster counted among the elders to phone one her relative
// said is away (whom the scheduler phones not).
func TestCall104WarningCountsNoneAway(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	before := c.say("李四", "通知 寒潮预警：明天起降温10度，请大家注意保暖")
	has(t, "all", before, "不用微信的 10 位老人逐一打电话")
	c.now = c.now.Add(time.Hour)
	has(t, "away", c.say("金大海", "我妈去我姐家住了 过完年再回来 这段时间电话不用打了"), "已记下白凤兰不在家")
	c.now = c.now.Add(time.Hour)
	has(t, "less", c.say("李四", "通知 大风预警：今晚有大风，请大家收好晾晒的东西"), "不用微信的 9 位老人逐一打电话")
}
