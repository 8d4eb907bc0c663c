package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestInCareToldAtOnce: 「俺爹突然脑溢血 送医院了」 is no emergency (no 120,
// no duty chat) but a general item its leader hears of at once, at night
// privately and urgent, to reach the family (alarm78); on the way to
// hospital it stays an alarm.
func TestInCareToldAtOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 10)
	has(t, "plain", c.say("陈二", "上报 村口垃圾桶倒了"), "先不打扰网格长")
	got := c.costs(t, 1, "night", bot.Message{Chat: grid3, From: "张三", Text: "俺爹突然脑溢血 送医院了"})
	expectLike(t, "night", got,
		like{start: "李四: 【村民反映·急病送医】张三在群里反映 #R2（一般事项）：俺爹突然脑溢血 送医院了\n人已送医院：请尽快打电话问候家属"},
		like{start: grid3 + ": 已登记 #R2（一般事项·其他）", has: "家里有人急病送医，虽是夜里，已马上私信告诉网格长李四，受理请回复「确认 #R2」。网格长会尽快联系家属",
			lacks: "先不打扰"})
	lacks(t, "night", got, "120", "【突发事件】", dutyChat)
	if reps := c.reports(); len(reps) != 2 || reps[1].Type != village.General || reps[1].Hazard != village.HazardNone {
		t.Fatalf("stored %+v, want a second general item", reps)
	}

	d := newChat(t, understand.Rules{})
	got = d.say("陈二", "我爸刚才突然中风了 120已经拉走了")
	has(t, "by day", got, "@李四\u2005请网格长受理：回复「确认 #R1」。家里有人急病送医，网格长会尽快联系家属")
	lacks(t, "by day", got, "李四: ", "【突发事件】", "拨打120")
	has(t, "on the way", d.say("周八", "刚才老王喝农药了 正在往镇医院送"), "【突发事件】青山村三组 #R2", "拨打120")
	// an injury stays an alarm: its scene may still need someone
	has(t, "hurt", d.say("赵六", "我妈摔倒了 腿断了 120已经拉走了"), "【突发事件】青山村三组 #R3")
}

// TestFlaresAreAlarms: high blood pressure or low blood sugar flaring and
// an allergy that chokes are medical alarms with their own first steps,
// in the group and in the duty chat's post, which the duty officer may
// pass on phoning the family; held, they are none (alarm78).
func TestFlaresAreAlarms(t *testing.T) {
	for _, k := range []struct{ text, step string }{
		{"我妈高血压犯了 头晕站不住", "别自己加量吃降压药"},
		{"我爸低血糖晕倒了", "马上喝点糖水或吃几块糖"},
		{"我儿子吃了药过敏 脸肿了 喘不上气", "让他坐着别平躺"},
		{"我爸心绞痛犯了 快来人", "心脏病犯了的让他坐下"},
	} {
		c := newChat(t, understand.Rules{})
		c.say("周八", "上报 村口垃圾桶倒了")
		got := c.costs(t, 1, k.text, bot.Message{Chat: grid3, From: "陈二", Text: k.text})
		expectLike(t, k.text, got,
			like{start: dutyChat + ": 【突发事件】青山村三组 #R2", has: "\n急救要点（给家属打电话时可转告）：", lacks: "拨打120"},
			like{start: grid3 + ": @李四", has: "拨打120"})
		for _, line := range got {
			if !strings.Contains(line, k.step) {
				t.Errorf("%s: lacks %q: %s", k.text, k.step, line)
			}
		}
	}
	c := newChat(t, understand.Rules{})
	lacks(t, "held", c.say("陈二", "我有高血压 在吃药"), "【突发事件】", "已登记")
	lacks(t, "a fall", c.say("周八", "王五从梯子上摔下来了"), "急救要点")
}

// TestUnnamedJoinsItsHousehold: with two medical alarms open, one naming
// a household by its family name (「老张家的 他爸晕倒了」) joins the alarm of
// that household, not the newest; a family name two households bear
// guesses none (alarm78).
func TestUnnamedJoinsItsHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("张三", "我爸心绞痛犯了 快来人"), "【突发事件】青山村三组 #R1")
	has(t, "second", c.say("陈二", "我妈晕倒了 叫不醒"), "【突发事件】青山村三组 #R2")
	got := c.costs(t, 1, "household", bot.Message{Chat: grid3, From: "周八", Text: "老张家的 他爸晕倒了"})
	has(t, "household", got, "【突发补充】青山村三组 #R1")
	lacks(t, "household", got, "#R2", "【突发事件】")
	// 王五's and 王奶奶's: no guess, the newest as before
	has(t, "two 王", c.say("周八", "老王家的 他妈晕倒了"), "【突发补充】青山村三组 #R2")
	if reps := c.reports(); len(reps) != 2 {
		t.Errorf("stored %d reports, want 2", len(reps))
	}
}
