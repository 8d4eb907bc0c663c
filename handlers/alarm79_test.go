package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestHouseholdNamedJoinsItsKin: 「张三家的 老爷子晕倒了」 tells of whom in
// 张三's household is hurt, not where: it joins 张三's own alarm about his
// father, not the newest nor a new one (alarm79).
func TestHouseholdNamedJoinsItsKin(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("张三", "我爸晕倒了 快来人"), "【突发事件】青山村三组 #R1")
	has(t, "second", c.say("陈二", "我妈晕倒了 叫不醒"), "【突发事件】青山村三组 #R2")
	got := c.costs(t, 1, "named", bot.Message{Chat: grid3, From: "周八", Text: "张三家的 老爷子晕倒了"})
	has(t, "named", got, "【突发补充】青山村三组 #R1")
	lacks(t, "named", got, "#R2", "#R3", "【突发事件】")
	if reps := c.reports(); len(reps) != 2 {
		t.Errorf("stored %d reports, want 2", len(reps))
	}
}

// TestFamilyNamedHomeOnFire: a fire or gas alarm at 「老张家」 is at 张三's
// home (the only head of household named 张): it joins the alarm there and
// stays apart from another household's (alarm79).
func TestFamilyNamedHomeOnFire(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "chen", c.say("陈二", "我家着火了 快来人"), "【突发事件】青山村三组 #R1")
	got := c.say("周八", "老张家着火了")
	has(t, "zhang", got, "【突发事件】青山村三组 #R2")
	lacks(t, "zhang", got, "#R1")
	got = c.costs(t, 1, "named", bot.Message{Chat: grid3, From: "赵六", Text: "张三家着火了 火好大"})
	has(t, "named", got, "【突发补充】青山村三组 #R2")
	lacks(t, "named", got, "#R1", "#R3")

	g := newChat(t, understand.Rules{})
	has(t, "gas", g.say("张三", "家里煤气味好大"), "【突发事件】青山村三组 #R1")
	got = g.say("陈二", "老张家煤气泄漏了")
	has(t, "gas join", got, "【突发补充】青山村三组 #R1")
	lacks(t, "gas join", got, "#R2", "【突发事件】")
}

// TestUnnamedAlarmsOfTwoFamilies: an alarm that tells of no one
// (「低血糖晕倒了 快来人」) is of its sender's household: another family's
// alarm after it is a second emergency, while a witness's 「有人晕倒了」
// and the sender's own next words still join (alarm79).
func TestUnnamedAlarmsOfTwoFamilies(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("张三", "低血糖晕倒了 快来人"), "【突发事件】青山村三组 #R1")
	got := c.costs(t, 1, "other family", bot.Message{Chat: grid3, From: "陈二", Text: "我妈晕倒了 叫不醒"})
	has(t, "other family", got, "【突发事件】青山村三组 #R2")
	has(t, "same sender", c.say("张三", "我爸晕倒了 叫不醒 快点"), "#R1")
	has(t, "witness", c.say("周八", "有人晕倒了"), "【突发补充】")
	// two unnamed alarms of two households are two too
	d := newChat(t, understand.Rules{})
	has(t, "d first", d.say("张三", "低血糖晕倒了 快来人"), "#R1")
	has(t, "d second", d.say("陈二", "晕倒了 快来人啊"), "【突发事件】青山村三组 #R2")
}
