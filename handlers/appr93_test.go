package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestFarmLossToldTwice (appr93): a villager telling a second loss within
// the policy's 72 hours hears that it is reported with the first, not
// the 报案 steps again, in one round trip as the first; a loss told later
// hears them again, and another villager's first loss is his own. On main
// the second loss got the whole steps again.
func TestFarmLossToldTwice(t *testing.T) {
	_, reader := exampleReader(t)
	c := newChat(t, reader)
	has(t, "first", c.say("张三", "昨晚冻死了三头猪"), "及时报案", "24小时内", "耳标")
	trips, got := c.counted(bot.Message{Chat: grid3, From: "张三", Text: "羊羔子也冻死了两个"})
	has(t, "second", got, "张三，这个也要尽快报案，跟您前面说的「昨晚冻死了三头猪」一起报就行", "「农业保险理赔怎么办」")
	lacks(t, "second: no steps again", got, "24小时内", "耳标")
	if trips != 1 {
		t.Errorf("second loss: %d round trips, want 1 (the reply's commit)", trips)
	}
	has(t, "another villager's own first", c.say("陈二", "寒潮冻死了俺家十几只鸡"), "陈二，上了农业保险的", "24小时内")
	has(t, "privately too, his memo", c.private("张三", "鸡也冻死了几只"), "跟您前面说的「昨晚冻死了三头猪」")
	c.now = c.now.Add(80 * time.Hour)
	has(t, "days later: a loss of its own", c.say("张三", "昨晚又冻死了一头猪"), "张三，上了农业保险的", "24小时内")
}

// TestFarmLossToldTwiceTwoProcesses: the second loss reaching a process
// that did not tell the first reads his memo (its copy says none, the
// reply's commit refuses it) and is still told it goes with the first.
func TestFarmLossToldTwiceTwoProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "first", a.say("张三", "昨晚冻死了三头猪"), "24小时内")
	b.now = a.now
	got := b.say("张三", "羊羔子也冻死了两个")
	has(t, "second, other process", got, "跟您前面说的「昨晚冻死了三头猪」一起报")
	lacks(t, "second, other process", got, "24小时内")
}

// TestGreenhouseCollapseInsurance (appr93): a greenhouse fallen in under
// snow, nobody hurt, is a farm loss first: the reply says the insurance
// 报案 steps and offers the hazard's registration for a road blocked or
// people at risk, 「1」 still filing it; fallen onto the road, the hazard
// is asked first with its hint, the steps after. A cadre's news and a
// bicycle shed get no steps. On main the reply was the bare confirm-back.
func TestGreenhouseCollapseInsurance(t *testing.T) {
	_, reader := exampleReader(t)
	c := newChat(t, reader)
	got := c.say("陈二", "俺家大棚叫雪压塌了")
	has(t, "greenhouse", got, "@陈二", "上了农业保险的，记得及时报案", "24小时内", "大棚先别拆",
		"要是还挡了路、可能伤到人，也可以登记（一般事项·安全隐患——俺家大棚叫雪压塌了），网格员来看。回复「1」登记，「2」不用。")
	lacks(t, "greenhouse: farm loss first", got, "我理解为")
	has(t, "1 files the hazard", c.say("陈二", "1"), "#R1")
	has(t, "then a loss goes with it", c.say("陈二", "棚里的蔬菜也冻坏了"), "跟您前面说的「俺家大棚叫雪压塌了」一起报")

	c = newChat(t, reader)
	got = c.say("陈二", "大棚叫雪压塌了 棚架子倒在路上了")
	has(t, "on the road: hazard first", got, "我理解为：一般事项·安全隐患", "回复「1」登记", "警示", "上了农业保险的，记得及时报案")
	if i, j := strings.Index(strings.Join(got, "\n"), "警示"), strings.Index(strings.Join(got, "\n"), "农业保险"); i > j {
		t.Errorf("on the road: the insurance before the hazard's hint: %q", got)
	}
	lacks(t, "a cadre's news", newChat(t, reader).say("王五", "三组张家的大棚叫雪压塌了"), "报案")
	lacks(t, "a bicycle shed", newChat(t, reader).say("陈二", "村口车棚叫雪压塌了"), "报案")
}

// TestAnimalDownTold (appr93): 倒了 of livestock with its death said, or
// counted in a cold snap, is a loss told (the 报案 steps); fell over and
// got up, or a bare 「牛倒了」, is not.
func TestAnimalDownTold(t *testing.T) {
	_, reader := exampleReader(t)
	for _, s := range []string{"俺家牛倒了 没气了", "寒潮 一头牛倒了"} {
		has(t, s, newChat(t, reader).say("张三", s), "及时报案")
	}
	for _, s := range []string{"牛倒了 又站起来了", "牛倒了"} {
		lacks(t, s, newChat(t, reader).say("张三", s), "报案")
	}
	if !understand.FarmLossAsked("牛倒了 保险能赔吗") {
		t.Error("牛倒了 保险能赔吗: not the farm insurance asked")
	}
}

// TestFarmLossAskedOn (appr93): within the hour after the 报案 steps, his
// 「保险公司电话多少」 in the group is asked of the bot, which passes it to
// the grid's leader (the guide names no number); small talk of insurance,
// another villager's question, and his question hours later stay silent
// as before.
func TestFarmLossAskedOn(t *testing.T) {
	_, reader := exampleReader(t)
	c := newChat(t, reader)
	c.say("张三", "昨晚冻死了三头猪")
	lacks(t, "small talk", c.say("张三", "你家保险上了没"), "转问")
	lacks(t, "another villager", c.say("陈二", "保险公司电话多少"), "转问")
	has(t, "his question", c.say("张三", "保险公司电话多少"), "已转问网格长李四", "答复 #R1")
	c.now = c.now.Add(2 * time.Hour)
	if got := c.say("张三", "协保员电话多少"); len(got) != 0 {
		t.Errorf("hours later: replied %q", got)
	}
}
