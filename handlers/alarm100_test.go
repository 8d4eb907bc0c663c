package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestDugOutTellsTheCollapse: 周八's 「人挖出来了」 after his own collapse
// alarm was silent, and his 「人救出来了」 went to another's fire that had
// nobody inside; it is the collapse's news, and the grid's cadres are @'d
// to see to the one dug out, as at a fire (alarm100).
func TestDugOutTellsTheCollapse(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "村口草垛着火了")
	c.say("周八", "快来人 雪把后院的房子压塌了 我爸埋在里面了")
	got := c.say("周八", "人挖出来了")
	has(t, "the collapse's", got, "【突发补充·进展】青山村三组 #R2", "周八（13900000008）说：人挖出来了", "@李四", "#R2 周八说「人挖出来了」", "请看看救出来的人有没有受伤")
	lacks(t, "not the fire's", got, "#R1")
}

// TestPinnedAnimalIsNoPerson: 「牛还在里面压着呢」 after 张三's shed
// collapse was silent, and with a fire open it went to that fire as 「有人
// 困在屋里」. It goes on with his shed (the question asked again on both
// messages), with the line to keep out from under the roof (alarm100).
func TestPinnedAnimalIsNoPerson(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "村口草垛着火了")
	c.say("张三", "雪把俺家牛棚压塌了")
	got := c.say("张三", "牛还在里面压着呢")
	lacks(t, "no person", got, "有人困在屋里", "#R1")
	has(t, "his shed", got, "雪把俺家牛棚压塌了 牛还在里面压着呢", "人先别钻进去救，棚顶还可能再塌")
}

// TestOthersRoomFullOfSmoke: a bystander's 「老王家屋里全是烟」 was noise;
// with his own gas alarm open it went to that alarm as his house's smoke.
// Another household's rooms full of smoke are a fire alarm of their own
// (alarm100).
func TestOthersRoomFullOfSmoke(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "老王家屋里全是烟")
	has(t, "an alarm", got, "【突发事件】青山村三组 #R1", "情况：老王家屋里全是烟")
	c.say("陈二", "快来人 我家煤气泄漏")
	got = c.say("陈二", "隔壁李婶家屋里都是烟")
	has(t, "not his own", got, "【突发事件】青山村三组 #R3")
	lacks(t, "not his own", got, "【突发补充·进展】青山村三组 #R2")
}

// TestSoakedAppliances: a burst pipe flooding a room where appliances
// stand in the water is offered as a general item with the line to throw
// the home's switch from dry ground first (alarm100).
func TestSoakedAppliances(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "水管冻裂了 屋里到处是水 电器都泡在水里了")
	has(t, "power off first", got, "一般事项·水电设施", "先在干的地方把家里的电闸拉下来断电")
}

// TestAlarmOfAnotherVillage: 「石桥村着火了 火很大」 in 青山村三组's group
// is filed there (the reporter and his cadres are here), and the duty
// chat is told it is 石桥村's, with that village's leader to phone
// (alarm100).
func TestAlarmOfAnotherVillage(t *testing.T) {
	c := twoVillagesChat(t)
	got := c.say("张三", "石桥村着火了 火很大")
	has(t, "its village", got, "【突发事件】青山村三组 #R1", "说的是石桥村（本镇另一个村）：请同时联系那边，网格长：石队长 13800009999")
	got = c.say("陈二", "王家庄着火了 火很大")
	lacks(t, "no gazetteer", got, "本镇另一个村")
}

// TestThroughTheIce: 「孩子在河上滑冰 冰裂了 掉下去了 快来人」 was an
// alarm of no hazard (「保护好现场」); it is someone in the water, with the
// drowning line. A car in a ditch with 「人还在里面」 minutes later was
// joined to it as the same; it is an alarm of its own with 122. A
// bystander's 「孩子拉上来了」 was silent; it is the drowning's news, its
// cadres @'d (alarm100).
func TestThroughTheIce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "孩子在河上滑冰 冰裂了 掉下去了 快来人")
	has(t, "a drowning", got, "【突发事件】青山村三组 #R1", "有人掉进冰窟窿请同时拨打110")
	got = c.say("陈二", "一辆车滑到沟里了 人还在里面")
	has(t, "the car's own", got, "【突发事件】青山村三组 #R2", "交通事故请拨打122")
	got = c.say("周八", "孩子拉上来了")
	has(t, "pulled out", got, "【突发补充·进展】青山村三组 #R1", "#R1 周八说「孩子拉上来了」")
	lacks(t, "pulled out", got, "#R2")
}

// TestDutyAsksOfAnOldAlarm: an emergency nobody confirmed for more than a
// day (the watchdog still re-posting it) was left out of 孙七's 「三组现在什
// 么情况」; every open one is listed (alarm100).
func TestDutyAsksOfAnOldAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "一辆车滑到沟里了 人还在里面")
	c.now = c.now.Add(25 * time.Hour)
	c.say("张三", "房檐的冰溜子掉下来 把路过的老人砸倒了")
	got := c.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "三组现在什么情况"})
	has(t, "both", got, "#R1", "#R2")
}
