package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// Emergencies as villagers tell them in the grid group, in their own
// words: two homes, two people, a child by his pet name.

// TestTwoHomesOnFire: 老王家 burning and then 老李家 "也着火了" are two
// homes, two items, each with its own alarm; more words of 老王家 still
// join the first.
func TestTwoHomesOnFire(t *testing.T) {
	c := oldWangOnFire(t)
	has(t, "another home", c.say("陈二", "老李家也着火了"), dutyChat+": 【突发事件】青山村三组 #R2", "火情请立即拨打119")
	c.wantReports(2, "(two homes burning)")
	c.now = c.now.Add(time.Minute)
	has(t, "the first home again", c.say("周八", "老王家火越来越大了"), dutyChat+": 【突发补充】青山村三组 #R1")
	c.wantReports(2, "(more of 老王家)")
}

// TestTwoFallsTwoPeople: two people who fell, each named, are two items
// (the same way of harm or not); a witness naming the first joins it.
func TestTwoFallsTwoPeople(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first fall", c.say("张三", "老王摔倒了 起不来"), dutyChat+": 【突发事件】青山村三组 #R1")
	c.now = c.now.Add(5 * time.Minute)
	has(t, "another person", c.say("陈二", "刘奶奶也摔了 头破了"), dutyChat+": 【突发事件】青山村三组 #R2", "120")
	c.wantReports(2, "(two people fell)")
	c.now = c.now.Add(time.Minute)
	has(t, "witness of the first", c.say("周八", "老王摔得很重 流血了"), dutyChat+": 【突发补充】青山村三组 #R1")
	c.wantReports(2, "(a witness of 老王's fall)")
}

// TestChildMissingByPetName: a child named by his pet name, gone and
// searched for all afternoon, is a missing-person alarm; a puppy searched
// for is not.
func TestChildMissingByPetName(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "pet name", c.say("张三", "小龙不见了 找了一下午"), dutyChat+": 【突发事件】青山村三组 #R1", "找人请立即拨打110")
	c.now = c.now.Add(time.Hour)
	lacks(t, "a puppy", c.say("陈二", "小狗不见了 找了一下午"), "【突发")
}

// TestFireSpreadToAPlace: while 老王家 burns, "大火烧到后山了" is #R1
// spread there, not a new fire: the duty chat hears 【突发补充·蔓延】 with
// the place, the cadres are @'d, nobody is told to leave a home; a second
// word of the hill is a witness's line, and a worry is nothing.
func TestFireSpreadToAPlace(t *testing.T) {
	c := oldWangOnFire(t)
	expectLike(t, "spread to the hill", c.say("陈二", "大火烧到后山了"),
		like{start: dutyChat + ": 【突发补充·蔓延】青山村三组 #R1（待受理）", has: "蔓延到：后山\n"},
		like{start: grid3 + ": @李四\u2005@王五\u2005#R1 已蔓延到后山，已报告镇应急值班。", lacks: "离开屋子"})
	c.wantReports(1, "(the fire spread, not a new one)")
	if got := c.reports()[0].Spread(); len(got) != 1 || got[0] != "后山" {
		t.Errorf("R1 spread to %q, want 后山", got)
	}
	c.now = c.now.Add(time.Minute)
	expectLike(t, "the hill again", c.say("赵六", "火烧到后山了 好大"),
		like{start: dutyChat + ": 【突发补充】青山村三组 #R1", has: "赵六", lacks: "蔓延"})
	lacks(t, "a worry", c.say("周八", "会不会烧到村口"), "蔓延", "【突发")
	c.wantReports(1, "(no new item)")
}

// TestVillagersTellHowItGoes: a villager's "火基本灭了" of the group's open
// fire, and another's a second time, is its news for the duty chat
// (【突发补充·进展】, not 也报告 of a new alarm, even where 大火 and 冒烟
// read as one) noted on the item, with
// nothing filed and nothing ended; "后山那边还有明火" 47 minutes after the
// alarm, past the half hour in which alarms join it, is news too.
func TestVillagersTellHowItGoes(t *testing.T) {
	c := oldWangOnFire(t)
	expectLike(t, "in part out", c.say("陈二", "火基本灭了"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R1（待受理）\n陈二（13900000002）说：火基本灭了", lacks: "也报告"})
	c.now = c.now.Add(2 * time.Minute)
	expectLike(t, "in part out, again", c.say("周八", "火基本灭了"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R1（待受理）\n周八", lacks: "也报告"})
	c.now = c.now.Add(time.Minute)
	expectLike(t, "read as an alarm, in part out", c.say("赵六", "大火基本灭了 还在冒烟"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R1（待受理）\n赵六", lacks: "也报告"})
	c.now = c.now.Add(41 * time.Minute)
	expectLike(t, "still burning", c.say("陈二", "后山那边还有明火"),
		like{start: dutyChat + ": 【突发补充·进展】青山村三组 #R1", has: "后山那边还有明火"})
	c.wantReports(1, "(news of #R1)")
	rep := c.reports()[0]
	if rep.Status != village.StatusNew || !rep.OverSaid.IsZero() || len(rep.History) != 5 {
		t.Errorf("R1 %s, over said %v, history %+v: want it open, not said over, four notes", rep.Status, rep.OverSaid, rep.History)
	}
}

// TestEmergencyPhotosToDutyChat: photos its reporter posts after an alarm,
// and a witness's (one who joined it), are attached to the emergency and
// the duty chat, which sees no group, hears 【突发补充·照片】 once each;
// later photos, past the evidence window, are attached silently; a
// bystander's are no photos of the scene.
func TestEmergencyPhotosToDutyChat(t *testing.T) {
	c := oldWangOnFire(t)
	expectLike(t, "reporter's photo", c.send(bot.Message{Chat: grid3, From: "张三", Images: []string{"a.jpg"}}),
		like{start: dutyChat + ": 【突发补充·照片】青山村三组 #R1（待受理）\n张三（13900000003）发来现场照片1张", has: "照片在青山村三组网格群"},
		like{start: grid3 + ": 已把照片附到 #R1"})
	has(t, "a witness", c.say("陈二", "老王家着火了 火好大"), dutyChat+": 【突发补充】青山村三组 #R1")
	expectLike(t, "witness's photos", c.send(bot.Message{Chat: grid3, From: "陈二", Images: []string{"b.jpg", "c.jpg"}}),
		like{start: dutyChat + ": 【突发补充·照片】青山村三组 #R1", has: "陈二（13900000002）发来现场照片2张"},
		like{start: grid3 + ": 已把照片附到 #R1"})
	c.now = c.now.Add(40 * time.Minute)
	lacks(t, "reporter's later photo", c.send(bot.Message{Chat: grid3, From: "张三", Images: []string{"d.jpg"}}), "【突发")
	lacks(t, "a bystander's photo", c.send(bot.Message{Chat: grid3, From: "周八", Images: []string{"e.jpg"}}), "【突发", "#R1")
	if got := c.reports()[0].Images; len(got) != 4 {
		t.Errorf("R1 images %q, want a, b, c and d", got)
	}
	c.wantReports(1, "(photos file nothing)")
}

// TestAlarmCorrectedNotRetracted: its reporter's "不是车撞的 是自己骑车摔的"
// corrects the crash he raised: the duty chat hears 【突发补充·更正】, the
// item notes it, the watchdog goes on, and nobody is offered 驳回 误报; his
// "搞错了" before a correction that still tells harm is no retraction
// either (nor a second item of a fall); "搞错了 不是着火 是烧秸秆" still is.
func TestAlarmCorrectedNotRetracted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "crash", c.say("张三", "村口有人被车撞了 躺在地上"), dutyChat+": 【突发事件】青山村三组 #R1", "122")
	c.now = c.now.Add(5 * time.Minute)
	expectLike(t, "correction", c.say("张三", "不是车撞的 是自己骑车摔的"),
		like{start: dutyChat + ": 【突发补充·更正】青山村三组 #R1（待受理）\n张三（13900000003）更正：不是车撞的 是自己骑车摔的", has: "原报告：村口有人被车撞了"},
		like{start: grid3 + ": 张三，已把更正记到 #R1", lacks: "驳回"})
	c.now = c.now.Add(time.Minute)
	expectLike(t, "搞错了 and still hurt", c.say("张三", "搞错了 不是车撞的 是从房顶摔下来的 流了好多血"),
		like{start: dutyChat + ": 【突发补充·更正】青山村三组 #R1", lacks: "误报"},
		like{start: grid3 + ": 张三，已把更正记到 #R1", lacks: "驳回"})
	c.wantReports(1, "(corrected, not a new fall)")
	if rep := c.reports()[0]; rep.Status != village.StatusNew || !rep.OverSaid.IsZero() {
		t.Errorf("R1 %s, over said %v: want it open, the watchdog on", rep.Status, rep.OverSaid)
	}
	c.now = c.now.Add(time.Hour)
	has(t, "fire", c.say("陈二", "后山着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
	c.now = c.now.Add(5 * time.Minute)
	has(t, "retraction", c.say("陈二", "搞错了 不是着火 是烧秸秆"), "误报")
}

// TestDutyOfficerNoteIsProgress: the duty officer's "#R1 派出所和120已经过去了"
// in the duty chat is recorded as the emergency's 进展 (both chats told),
// not answered with the command to type again; his question about it is
// still 镇里问.
func TestDutyOfficerNoteIsProgress(t *testing.T) {
	c := oldWangOnFire(t)
	expectLike(t, "officer's note", c.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "#R1 派出所和120已经过去了"}),
		like{start: dutyChat + ": 按孙七的话，#R1 已受理，由李四负责，进展已记录：派出所和120已经过去了", lacks: "请发「进展"},
		like{start: grid3 + ": 按孙七的话，#R1 已受理，由李四负责，进展已记录：派出所和120已经过去了"})
	rep := c.reports()[0]
	if e, ok := rep.LastStep(); !ok || e.Action != village.ActProgress || e.Note != "派出所和120已经过去了" {
		t.Errorf("R1 last step %+v, want the officer's 进展", e)
	}
	has(t, "officer's question", c.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "#R1 火灭了吗"}), "【镇里问】")
}

// TestDutyOfficerNoteStartsWithServiceNumber: "#R1 120已经到了" begins its
// note with a number, which read as no note ("R1 23" is no report's note):
// it fell to the hint to 确认 the others waiting, and "#R1 120已经过去了" to
// nothing at all. An emergency service's number begins a note.
func TestDutyOfficerNoteStartsWithServiceNumber(t *testing.T) {
	c := oldWangOnFire(t)
	has(t, "another alarm", c.say("陈二", "王奶奶在路口被车撞了 流了好多血"), dutyChat+": 【突发事件】青山村三组 #R2")
	for i, note := range []string{"120已经到了", "120已经过去了", "110也到了"} {
		took := "" // the first confirms it: the township acts on it (rep64)
		if i == 0 {
			took = "已受理，由李四负责，"
		}
		expectLike(t, note, c.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "#R2 " + note}),
			like{start: dutyChat + ": 按孙七的话，#R2 " + took + "进展已记录：" + note, lacks: "还没人确认"},
			like{start: grid3 + ": 按孙七的话，#R2 " + took + "进展已记录：" + note})
	}
	c.say("李四", "R1 23") // no number of a service
	if e, ok := c.reports()[0].LastStep(); ok && e.Action == village.ActProgress {
		t.Errorf("R1 last step %+v: 「R1 23」 noted", e)
	}
}
